/**
 * The limits of `ref-limits.ts` at their edges: a `$ref` chain of MAX_REF_CHAIN hops and nesting of
 * MAX_NESTING levels load, one more is refused at its pointer; recursive schemas (a cycle through
 * a schema) load; GitHub's large document is within every limit.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostics.js';
import { loadSpec } from '../../src/load/load-spec.js';
import { MAX_REF_CHAIN } from '../../src/load/ref-follower.js';
import { MAX_NESTING, refLimitProblems } from '../../src/load/ref-limits.js';
import { loadReferencedDocuments } from '../../src/load/referenced-documents.js';
import { SpecResolver } from '../../src/load/spec-resolver.js';
import { ROOT } from '../run-cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ref-limits-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const HEAD = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n";

async function load(name: string, text: string): Promise<UserError | undefined> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return loadSpec(file).then(
    () => undefined,
    (error: unknown) => {
      if (error instanceof UserError) return error;
      throw error;
    },
  );
}

/** `hops` schemas, each a `$ref` to the next, then a string: `A0` is `hops` `$ref`s from a string. */
const chain = (hops: number): string =>
  `${HEAD}components:\n  schemas:\n${Array.from({ length: hops }, (_, i) => `    A${i}: {$ref: '#/components/schemas/A${i + 1}'}\n`).join('')}    A${hops}: {type: string}\n`;

describe('ref limits', () => {
  it(`loads a $ref chain of ${MAX_REF_CHAIN} hops and refuses ${MAX_REF_CHAIN + 1}`, async () => {
    expect(await load('chain-ok.yaml', chain(MAX_REF_CHAIN))).toBeUndefined();
    const error = await load('chain-long.yaml', chain(MAX_REF_CHAIN + 1));
    expect(error?.diagnostics).toEqual([expect.objectContaining({ code: 'ref-chain-too-long', pointer: '#/components/schemas/A0', line: 6 })]);
  });

  it(`loads nesting of ${MAX_NESTING} levels and refuses ${MAX_NESTING + 1}`, async () => {
    // `x-deep`, the outer array, is level 1: `depth` arrays reach level `depth`.
    const nested = (depth: number): string => `${HEAD}x-deep: ${'['.repeat(depth)}x${']'.repeat(depth)}\n`;
    expect(await load('nest-ok.yaml', nested(MAX_NESTING))).toBeUndefined();
    const error = await load('nest-deep.yaml', nested(MAX_NESTING + 1));
    expect(error?.diagnostics).toEqual([expect.objectContaining({ code: 'nesting-too-deep', pointer: `#/x-deep${'/0'.repeat(MAX_NESTING)}` })]);
  });

  it('loads recursive schemas (a cycle through a schema)', async () => {
    const tree = `${HEAD}components:\n  schemas:\n    Tree: {type: object, properties: {children: {type: array, items: {$ref: '#/components/schemas/Tree'}}, self: {$ref: '#/components/schemas/Tree'}}}\n`;
    expect(await load('tree.yaml', tree)).toBeUndefined();
  });

  it("finds nothing to refuse in GitHub's document", async () => {
    const file = path.join(ROOT, 'node_modules/@octokit/openapi/generated/api.github.com.json');
    const resolver = new SpecResolver();
    const root = await resolver.resolveDocument(null, file, true);
    if (root instanceof Error) throw root;
    const set = await loadReferencedDocuments(resolver, file, root.parsed);
    expect(set.refs.length).toBeGreaterThan(1000);
    expect(refLimitProblems(set, resolver, (f) => f)).toEqual([]);
  }, 60_000);
});

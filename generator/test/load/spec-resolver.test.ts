/**
 * SpecResolver reads JSON with JSON.parse and everything else with Redocly's YAML parser: the same
 * data either way, and a located error for text that is neither.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BaseResolver } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostics.js';
import { loadSpec } from '../../src/load/load-spec.js';
import { SpecResolver } from '../../src/load/spec-resolver.js';
import { ROOT } from '../run-cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'spec-resolver-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function parsedBy(resolver: BaseResolver, file: string): Promise<unknown> {
  const document = await resolver.resolveDocument(null, file, true);
  if (document instanceof Error) throw document;
  return document.parsed;
}

describe('SpecResolver', () => {
  it("gives the YAML parser's data for a JSON document", async () => {
    const file = path.join(ROOT, 'node_modules/@octokit/openapi/generated/api.github.com.json');
    const fast = await parsedBy(new SpecResolver(), file);
    expect((fast as { openapi?: string }).openapi).toMatch(/^3\./);
    expect(fast).toEqual(await parsedBy(new BaseResolver(), file));
  }, 60_000);

  it('reads a YAML flow mapping that is not JSON with the YAML parser', async () => {
    const file = path.join(dir, 'flow.yaml');
    await writeFile(file, '{openapi: 3.1.0, info: {title: t, version: "1"}, paths: {}}\n');
    expect(await parsedBy(new SpecResolver(), file)).toEqual({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {} });
  });

  it('reports broken JSON with its file and line', async () => {
    const file = path.join(dir, 'broken.json');
    await writeFile(file, '{\n  "openapi": "3.1.0",\n  "info": {\n    "title": "t",\n  \n');
    const error = await loadSpec(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const [diagnostic] = (error as UserError).diagnostics;
    expect(diagnostic?.file).toBe(file);
    expect(diagnostic?.line).toBeGreaterThan(0);
  });
});

/**
 * SpecResolver reads JSON with JSON.parse and YAML with the `yaml` library: the data of Redocly's
 * parser either way, and a located error for text that is neither.
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

describe('SpecResolver on YAML', () => {
  it.each(['spec/payquicker.yaml', 'spec/abconnect.yaml'])("gives Redocly's YAML parser's data for %s", async (file) => {
    const absolute = path.join(ROOT, file);
    expect(await parsedBy(new SpecResolver(), absolute)).toEqual(await parsedBy(new BaseResolver(), absolute));
  });

  it('reads merge keys and anchors used many times', async () => {
    const file = path.join(dir, 'aliases.yaml');
    const uses = Array.from({ length: 200 }, (_, i) => `  u${i}: *e`).join('\n');
    await writeFile(file, `base: &b {type: string}\nmerged: {<<: *b, format: uuid}\nerror: &e {description: failed}\nuses:\n${uses}\n`);
    const parsed = (await parsedBy(new SpecResolver(), file)) as Record<string, Record<string, unknown>>;
    expect(parsed['merged']).toEqual({ type: 'string', format: 'uuid' });
    expect(parsed['uses']?.['u199']).toEqual({ description: 'failed' });
  });
});

/**
 * The layout of a generated module does not depend on its size: the types, client and index
 * modules are prettier's output (formatting them again changes nothing) and the validators module
 * keeps its writer's layout (double-quoted literals, which prettier would make single), both for a
 * document whose modules are small and for one whose modules are over 64 KB, the size above which
 * prettier used to be skipped.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTypeScript } from '../../src/emit/format.js';
import { generateInto } from './generate-into.js';

/** A document of `count` operations, each answering its own object schema with a pattern. */
function document(count: number): object {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    const properties = Object.fromEntries(
      Array.from({ length: 12 }, (_, p) => [`field${p}`, { type: 'string', pattern: `^item-${i}-${p}-[a-z]+$`, description: `Field ${p} of item ${i}.` }]),
    );
    schemas[`Item${i}`] = { type: 'object', required: ['field0'], properties };
    paths[`/items${i}/{id}`] = {
      get: {
        operationId: `getItem${i}`,
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'The item.', content: { 'application/json': { schema: { $ref: `#/components/schemas/Item${i}` } } } } },
      },
    };
  }
  return { openapi: '3.1.0', info: { title: 'Items', version: '1' }, paths, components: { schemas } };
}

describe.each([
  ['small modules', 1, false],
  ['modules over 64 KB', 80, true],
])('a document with %s', (_, count, large) => {
  it('gets the same layout: prettier for types, client and index; the writer for validators', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'api-contracts-layout-'));
    const spec = path.join(dir, 'items.json');
    await writeFile(spec, JSON.stringify(document(count)));
    const result = await generateInto(spec, 'items');
    const file = (name: string): string => result.files.find((f) => f.path === name)?.contents ?? '';
    for (const name of ['types.gen.ts', 'client.gen.ts', 'validators.gen.ts']) {
      expect(file(name).length > 64 * 1024, name).toBe(large);
    }
    for (const name of ['types.gen.ts', 'client.gen.ts', 'index.gen.ts']) {
      expect(await formatTypeScript(file(name)), name).toBe(file(name));
    }
    expect(file('validators.gen.ts')).toMatch(/new RegExp\("\^item-0-0-\[a-z\]\+\$"/);
  }, 120_000);
});

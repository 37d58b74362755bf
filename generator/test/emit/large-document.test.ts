/**
 * Issue 15 item 3: a very large document still gives modules that type-check strictly. A
 * document of 600 operations (half under one tag, half untagged, so both the tag class and the
 * root client carry hundreds of methods) and as many component schemas is built here, generated,
 * and `client.gen.ts`, `types.gen.ts` and `index.gen.ts` are type-checked under the strict consumer
 * settings: no module body may be too large for control-flow analysis (TS2563) or otherwise fail.
 * (`validators.gen.ts` is compiled in the same program, since the client imports it; its own
 * diagnostics are the validator tests' business and are left out here.) The same document with
 * 5,000 operations, or 3,000 tags, type-checked too when this was written (a minute of tsc, too
 * slow for the suite); GitHub's document does, except for its validators module.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateInto } from '../generate/generate-into.js';
import { typecheck } from '../typecheck.js';

const OPERATIONS = 600;

function largeDocument(): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < OPERATIONS; i++) {
    schemas[`Item${i}`] = {
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'string' }, count: { type: 'integer' }, state: { type: 'string', enum: ['open', 'closed'] } },
    };
    paths[`/items${i}/{item-id}`] = {
      put: {
        operationId: `putItem${i}`,
        ...(i % 2 === 0 ? { tags: ['items'] } : {}),
        parameters: [
          { name: 'item-id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'page', in: 'query', schema: { type: 'integer' } },
        ],
        requestBody: { content: { 'application/json': { schema: { $ref: `#/components/schemas/Item${i}` } } } },
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: { $ref: `#/components/schemas/Item${i}` } } } },
          '404': { description: 'missing' },
        },
      },
    };
  }
  return { openapi: '3.1.0', info: { title: 'Large', version: '1' }, servers: [{ url: 'https://large.example' }], paths, components: { schemas } };
}

describe('a document of 600 operations', () => {
  it('generates a client, types and index that type-check strictly', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'api-contracts-large-'));
    const spec = path.join(dir, 'large.json');
    await writeFile(spec, JSON.stringify(largeDocument()));
    const result = await generateInto(spec, 'large');
    const client = result.files.find((f) => f.path === 'client.gen.ts')?.contents ?? '';
    expect(client.match(/^ {2}putItem\d+\(/gm)).toHaveLength(OPERATIONS);

    const sources = result.files.filter((f) => f.path.endsWith('.ts')).map((f) => path.join(result.out, f.path));
    const errors = typecheck(sources).filter((e) => !e.includes('validators.gen.ts:'));
    expect(errors).toEqual([]);
  }, 600_000);
});

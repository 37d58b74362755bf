/**
 * Issue 15 item 4: the layout of generated code does not flip with the size of the module. The
 * same operation and schema are generated alone (every module a few KB) and among enough filler
 * operations to take `types.gen.ts` and `client.gen.ts` past 64 KB (where prettier used to stop
 * running); their text must be the same in both, and laid out as layout.ts says (2-space indent,
 * single quotes, long unions and literals broken one item per line).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInto } from '../generate/generate-into.js';
import type { GeneratedApi } from '../../src/generate/generate-api.js';

const COLOURS = Array.from({ length: 20 }, (_, i) => `colour-number-${i}`);

/** One tagged operation with a long enum, a nested object and a body: the part compared. */
function document(fillers: number): Record<string, unknown> {
  const paths: Record<string, unknown> = {
    '/things/{thing-id}': {
      put: {
        operationId: 'putThing',
        tags: ['widgets'],
        parameters: [
          { name: 'thing-id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'colour', in: 'query', schema: { $ref: '#/components/schemas/Colour' } },
        ],
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
        responses: { '200': { description: 'The thing.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
      },
    },
  };
  const schemas: Record<string, unknown> = {
    Colour: { type: 'string', enum: COLOURS },
    Thing: {
      type: 'object',
      required: ['id', 'colour'],
      properties: {
        id: { type: 'string', description: "The thing's \"id\"." },
        colour: { $ref: '#/components/schemas/Colour' },
        size: { type: 'object', properties: { width: { type: 'number' }, height: { type: 'number' } } },
      },
    },
  };
  for (let i = 0; i < fillers; i++) {
    schemas[`Filler${i}`] = { type: 'object', properties: { name: { type: 'string' }, count: { type: 'integer' } } };
    paths[`/fillers/${i}`] = {
      get: {
        operationId: `getFiller${i}`,
        tags: ['fillers'],
        parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: `#/components/schemas/Filler${i}` } } } } },
      },
    };
  }
  return { openapi: '3.1.0', info: { title: 'Things', version: '1' }, servers: [{ url: 'https://things.example' }], paths, components: { schemas } };
}

async function generate(fillers: number): Promise<GeneratedApi> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'api-contracts-layout-'));
  const spec = path.join(dir, 'things.json');
  await writeFile(spec, JSON.stringify(document(fillers)));
  return generateInto(spec, 'things');
}

function contents(api: GeneratedApi, file: string): string {
  const found = api.files.find((f) => f.path === file);
  if (!found) throw new Error(`no ${file}`);
  return found.contents;
}

/**
 * The lines from the first one matching `start` to the next one that closes it: `}` or `};` at
 * the same indentation, or the first line ending in `;` after a union's `name:`.
 */
function block(text: string, start: RegExp): string {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => start.test(l));
  if (first < 0) throw new Error(`no line matches ${String(start)}`);
  const indent = /^ */.exec(lines[first] ?? '')?.[0] ?? '';
  const union = lines[first]?.endsWith(':') === true;
  const last = lines.findIndex((l, i) => i > first && (union ? l.endsWith(';') : l === `${indent}}` || l === `${indent}};`));
  return lines.slice(first, last + 1).join('\n');
}

/** The parts of the output that describe `putThing`, `Thing` and `Colour`. */
const PARTS: [string, RegExp][] = [
  ['types.gen.ts', /^ {4}Thing: \{$/],
  ['types.gen.ts', /^ {4}Colour:$/],
  ['types.gen.ts', /^ {2}putThing: \{$/],
  ['types.gen.ts', /^export interface PutThingParams \{$/],
  ['client.gen.ts', /^const putThingOperation: OperationDescriptor = \{$/],
  ['client.gen.ts', /^export class WidgetsClient \{$/],
];

describe('the layout of generated modules, small and over 64 KB', () => {
  let small: GeneratedApi;
  let large: GeneratedApi;
  beforeAll(async () => {
    [small, large] = await Promise.all([generate(0), generate(150)]);
  }, 120_000);

  it('compares a small document with one whose types and client modules pass 64 KB', () => {
    for (const file of ['types.gen.ts', 'client.gen.ts']) {
      expect(contents(small, file).length, file).toBeLessThan(64 * 1024);
      expect(contents(large, file).length, file).toBeGreaterThan(64 * 1024);
    }
  });

  it.each(PARTS)('%s: the block starting %s is the same text in both', (file, start) => {
    const part = block(contents(small, file), start);
    expect(part.split('\n').length).toBeGreaterThan(2);
    expect(block(contents(large, file), start)).toBe(part);
  });

  it('lays the parts out in 2-space indentation and single quotes, long unions one member per line', () => {
    const types = contents(large, 'types.gen.ts');
    expect(block(types, /^ {4}Colour:$/).split('\n')).toEqual([
      '    Colour:',
      ...COLOURS.map((c, i) => `      | '${c}'${i === COLOURS.length - 1 ? ';' : ''}`),
    ]);
    expect(block(types, /^ {4}Thing: \{$/)).toContain(`      /** @description The thing's "id". */\n      id: string;`);
    expect(types).not.toMatch(/^ {4}"/m);
    const client = contents(large, 'client.gen.ts');
    expect(block(client, /^const putThingOperation/)).toContain("\n  path: '/things/{thing-id}',\n");
    for (const file of ['types.gen.ts', 'client.gen.ts']) {
      const code = contents(large, file).split('\n').filter((l) => l.trim() !== '' && !/^\s*(\*|\/\*\*|\/\/)/.test(l));
      expect(code.filter((l) => !/^( {2})*\S/.test(l)), `${file}: lines off the 2-space grid`).toEqual([]);
    }
  });
});

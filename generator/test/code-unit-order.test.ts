/**
 * Names are ordered by UTF-16 code unit, not by locale, wherever the order reaches output: the
 * comparator itself, and server variables in the generated client options (ordered by
 * `localeCompare` before).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { byCodeUnit } from '../src/code-unit-order.js';
import { generateInto } from './generate/generate-into.js';

/** Names whose locale order (`_x a B é`) and code-unit order (`B _x a é`) differ. */
const NAMES = ['é', 'a', '_x', 'B'];
const CODE_UNIT_ORDER = ['B', '_x', 'a', 'é'];

describe('byCodeUnit', () => {
  it('orders by UTF-16 code unit, not by locale', () => {
    expect([...NAMES].sort(byCodeUnit)).toEqual(CODE_UNIT_ORDER);
    expect(byCodeUnit('a', 'a')).toBe(0);
    expect(byCodeUnit('a', 'ab')).toBeLessThan(0);
  });
});

describe('generated output', () => {
  it('lists server variables in code-unit order', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'api-contracts-order-'));
    const spec = path.join(dir, 'order.json');
    const variables = Object.fromEntries(NAMES.map((n) => [n, { default: 'v' }]));
    await writeFile(spec, JSON.stringify({
      openapi: '3.1.0',
      info: { title: 'Order', version: '1' },
      servers: [{ url: `https://${NAMES.map((n) => `{${n}}`).join('.')}.example.com`, variables }],
      paths: { '/ping': { get: { operationId: 'ping', responses: { '204': { description: 'pong' } } } } },
    }));
    const result = await generateInto(spec, 'order');
    const client = result.files.find((f) => f.path === 'client.gen.ts')?.contents ?? '';
    const documented = [...client.matchAll(/Server variable `([^`]+)`/g)].map((m) => m[1]);
    expect(documented).toEqual(CODE_UNIT_ORDER);
  });
});

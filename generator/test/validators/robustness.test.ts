/**
 * Validators never throw: random JSON values (deep nesting, huge strings, odd keys) against a
 * schema using every keyword family, and `validate`/`is` always agree.
 */
import { describe, expect, it } from 'vitest';
import { loadSchema } from './load-validators.js';

/** Deterministic PRNG (mulberry32) so a failure reproduces. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['id', 'name', 'tags', 'kind', '__proto__', 'constructor', 'a/b', '~', 'x-1', ''];

function randomValue(r: () => number, depth: number): unknown {
  const pick = Math.floor(r() * (depth > 6 ? 5 : 8));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return r() < 0.5;
    case 2:
      return [0, -0, 1.5, -1e308, 1e308, 2 ** 53, 0.1 + 0.2, Math.floor(r() * 100)][Math.floor(r() * 8)];
    case 3:
      return ['', 'a', '😀', '2024-01-01T00:00:00Z', 'x'.repeat(100_000), '\u0000', 'jobs-1'][Math.floor(r() * 7)];
    case 4:
      return 'abc';
    case 5:
      return Array.from({ length: Math.floor(r() * 5) }, () => randomValue(r, depth + 1));
    default: {
      const entries = Array.from({ length: Math.floor(r() * 5) }, () => [KEYS[Math.floor(r() * KEYS.length)] ?? 'k', randomValue(r, depth + 1)]);
      return JSON.parse(JSON.stringify(Object.fromEntries(entries))) as unknown;
    }
  }
}

const schema = {
  $defs: {
    node: {
      type: ['object', 'array', 'string', 'number', 'null', 'boolean'],
      properties: { id: { type: 'integer', minimum: 0, multipleOf: 0.5 }, name: { type: 'string', maxLength: 10, pattern: '^[a-z]+$', format: 'email' } },
      patternProperties: { '^x-': { $ref: '#/$defs/node' } },
      additionalProperties: { $ref: '#/$defs/node' },
      propertyNames: { maxLength: 20 },
      items: { $ref: '#/$defs/node' },
      uniqueItems: true,
      contains: { type: 'string' },
      minLength: 1,
      format: 'date-time',
      anyOf: [{ type: 'object' }, { not: { type: 'null' } }],
      oneOf: [{ type: 'array' }, { required: ['id'] }, { type: ['string', 'number', 'boolean', 'null'] }],
      if: { required: ['kind'] },
      then: { properties: { kind: { enum: ['a', 'b', 'c', 'd', 'e', { o: 1 }] } } },
      else: { dependentRequired: { tags: ['id'] } },
    },
  },
  $ref: '#/$defs/node',
};

describe('robustness', () => {
  const v = loadSchema(schema);
  it('never throws on 3000 random JSON values and validate agrees with is', () => {
    const r = rng(12345);
    for (let i = 0; i < 3000; i++) {
      const value = randomValue(r, 0);
      const result = v.validate(value);
      expect(v.is(value)).toBe(result.valid);
      if (!result.valid) expect(result.errors.length).toBeGreaterThan(0);
    }
  });

  it('compiles malformed schemas without throwing and reports each problem with its pointer', () => {
    const bad = loadSchema({
      properties: { a: null, b: { type: 'text' }, c: { pattern: 5, enum: 'x', items: 5, required: 'a', minimum: '5' }, d: { $ref: 5 } },
      required: [1, 'a'],
      additionalProperties: 'no',
    });
    expect(bad.diagnostics).toMatchObject([
      { code: 'invalid-schema', severity: 'error', pointer: '#/properties/a' },
      { code: 'invalid-schema-type', severity: 'error', pointer: '#/properties/b/type' },
      { code: 'invalid-schema', severity: 'error', pointer: '#/properties/c/items' },
      { code: 'invalid-schema', severity: 'error', pointer: '#/additionalProperties' },
    ]);
    expect(bad.is({ a: 1 })).toBe(true);
    expect(bad.is({})).toBe(false);
  });

  it('reports nesting deeper than the call stack as an error instead of throwing', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(v.is(deep)).toBe(false);
    expect(() => v.validate(deep)).not.toThrow();
    expect(v.validate(deep)).toMatchObject({ valid: false, errors: [{ keyword: 'maxDepth', schemaPath: '#' }] });
  });

  it('rethrows every exception that is not the call stack running out (a throwing getter, a Proxy trap)', () => {
    const object = loadSchema({ type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 2 } } });
    const boom = new Error('getter failed');
    const getter = Object.defineProperty({}, 'id', { enumerable: true, get: () => { throw boom; } });
    expect(() => object.is(getter)).toThrow(boom);
    expect(() => object.validate(getter)).toThrow(boom);
    expect(() => object.assert(getter)).toThrow(boom);
    const trap = new Proxy({}, { ownKeys: () => { throw new TypeError('trap failed'); }, get: () => { throw new TypeError('trap failed'); } });
    expect(() => object.is(trap)).toThrow(TypeError);
    expect(() => object.validate(trap)).toThrow(TypeError);
    const ranged = Object.defineProperty({}, 'id', { enumerable: true, get: () => { throw new RangeError('Invalid array length'); } });
    expect(() => object.is(ranged)).toThrow('Invalid array length');
    expect(() => object.validate(ranged)).toThrow('Invalid array length');
  });
});

/**
 * Behaviour of the scalar keywords at their boundaries, and the error objects they produce.
 */
import { describe, expect, it } from 'vitest';
import { accepts, errorsOf } from './agreement.js';
import { loadSchema } from './load-validators.js';

describe('type', () => {
  it('3.1 type arrays with null', () => {
    const v = loadSchema({ type: ['string', 'null'] });
    expect([accepts(v, 'a'), accepts(v, null), accepts(v, 1), accepts(v, {})]).toEqual([true, true, false, false]);
    expect(errorsOf(v, 1)).toEqual([
      { instancePath: '', schemaPath: '#/type', keyword: 'type', params: { type: 'string,null' }, message: 'must be string,null' },
    ]);
  });

  it('integer means Number.isInteger; number excludes NaN and Infinity', () => {
    const int = loadSchema({ type: 'integer' });
    expect([accepts(int, 3), accepts(int, 3.5), accepts(int, '3'), accepts(int, 1e300)]).toEqual([true, false, false, true]);
    const num = loadSchema({ type: 'number' });
    expect([accepts(num, 0.5), accepts(num, Number.NaN), accepts(num, Infinity)]).toEqual([true, false, false]);
  });

  it('3.0 nullable adds null only next to an explicit type (in a 3.1 document too), enum still restricts', () => {
    const v = loadSchema({ type: 'string', nullable: true }, 'openapi-3.0');
    expect([accepts(v, null), accepts(v, 'x'), accepts(v, 2)]).toEqual([true, true, false]);
    const e = loadSchema({ type: 'string', nullable: true, enum: ['a'] }, 'openapi-3.0');
    expect([accepts(e, 'a'), accepts(e, null)]).toEqual([true, false]);
    const bare = loadSchema({ nullable: true }, 'openapi-3.0');
    expect(accepts(bare, null)).toBe(true);
    const in31 = loadSchema({ type: 'string', nullable: true });
    expect([accepts(in31, null), accepts(in31, 'x'), accepts(in31, 2)]).toEqual([true, true, false]);
  });
});

describe('enum and const', () => {
  it('enum with many values, objects and no type coercion', () => {
    const v = loadSchema({ enum: ['a', 'b', 'c', 'd', 'e', 1, null, { k: [1, 2] }] });
    expect([accepts(v, 'e'), accepts(v, 1), accepts(v, null), accepts(v, { k: [1, 2] })]).toEqual([true, true, true, true]);
    expect([accepts(v, 'f'), accepts(v, '1'), accepts(v, { k: [2, 1] }), accepts(v, false)]).toEqual([false, false, false, false]);
    expect(errorsOf(v, 'f')).toMatchObject([{ keyword: 'enum', schemaPath: '#/enum', message: 'must be equal to one of the allowed values' }]);
  });

  it('const compares objects deeply regardless of key order', () => {
    const v = loadSchema({ const: { a: 1, b: [true, null] } });
    expect(accepts(v, { b: [true, null], a: 1.0 })).toBe(true);
    expect(accepts(v, { a: 1, b: [true] })).toBe(false);
    expect(errorsOf(v, 2)).toMatchObject([{ keyword: 'const', params: { allowedValue: { a: 1, b: [true, null] } } }]);
  });
});

describe('string lengths count code points', () => {
  const v = loadSchema({ type: 'string', minLength: 2, maxLength: 3 });
  it('accepts and rejects at both boundaries, astral characters count once', () => {
    expect([accepts(v, 'a'), accepts(v, 'ab'), accepts(v, 'abc'), accepts(v, 'abcd')]).toEqual([false, true, true, false]);
    expect([accepts(v, '😀'), accepts(v, '😀😀'), accepts(v, '😀😀😀'), accepts(v, '😀😀😀😀')]).toEqual([false, true, true, false]);
    expect(errorsOf(v, 'abcd')).toEqual([
      { instancePath: '', schemaPath: '#/maxLength', keyword: 'maxLength', params: { limit: 3 }, message: 'must NOT have more than 3 characters' },
    ]);
    expect(errorsOf(v, 'a')).toMatchObject([{ keyword: 'minLength', params: { limit: 2 }, message: 'must NOT have fewer than 2 characters' }]);
  });
});

describe('pattern', () => {
  it('is an unanchored ECMAScript search with the u flag', () => {
    const v = loadSchema({ type: 'string', pattern: 'b+\\p{Lu}' });
    expect([accepts(v, 'abbX!'), accepts(v, 'abbx'), accepts(v, 'ÀbÉ')]).toEqual([true, false, true]);
    expect(errorsOf(v, 'x')).toEqual([
      { instancePath: '', schemaPath: '#/pattern', keyword: 'pattern', params: { pattern: 'b+\\p{Lu}' }, message: 'must match pattern "b+\\p{Lu}"' },
    ]);
  });

  it('reports an invalid pattern as an error diagnostic with its pointer', () => {
    const v = loadSchema({ properties: { a: { pattern: '(' } } });
    expect(v.diagnostics).toMatchObject([{ code: 'invalid-pattern', severity: 'error', pointer: '#/properties/a/pattern', file: 'test.yaml' }]);
  });

  it('hoists each regex once at module level', () => {
    const v = loadSchema({ properties: { a: { pattern: '^x' }, b: { pattern: '^x' } } });
    expect(v.code.match(/new RegExp\(/g)).toHaveLength(1);
  });
});

describe('numeric bounds', () => {
  it('3.1 numeric exclusive bounds and inclusive bounds', () => {
    const v = loadSchema({ minimum: 1, exclusiveMaximum: 5 });
    expect([accepts(v, 0.9), accepts(v, 1), accepts(v, 4.99), accepts(v, 5), accepts(v, 'x')]).toEqual([false, true, true, false, true]);
    expect(errorsOf(v, 5)).toEqual([
      { instancePath: '', schemaPath: '#/exclusiveMaximum', keyword: 'exclusiveMaximum', params: { comparison: '<', limit: 5 }, message: 'must be < 5' },
    ]);
    expect(errorsOf(v, 0)).toMatchObject([{ keyword: 'minimum', params: { comparison: '>=', limit: 1 }, message: 'must be >= 1' }]);
  });

  it('3.0 boolean exclusiveMinimum/exclusiveMaximum make minimum/maximum exclusive', () => {
    const v = loadSchema({ minimum: 1, exclusiveMinimum: true, maximum: 5, exclusiveMaximum: false }, 'openapi-3.0');
    expect([accepts(v, 1), accepts(v, 1.01), accepts(v, 5), accepts(v, 5.01)]).toEqual([false, true, true, false]);
    expect(errorsOf(v, 1)).toMatchObject([{ keyword: 'exclusiveMinimum', message: 'must be > 1' }]);
  });

  it('boolean exclusive bounds in a 3.1 document are read as 3.0 did', () => {
    const v = loadSchema({ minimum: 1, exclusiveMinimum: true, maximum: 5, exclusiveMaximum: true });
    expect([accepts(v, 1), accepts(v, 1.01), accepts(v, 4.99), accepts(v, 5)]).toEqual([false, true, true, false]);
  });

  it('multipleOf is float-safe', () => {
    const v = loadSchema({ multipleOf: 0.01 });
    expect([accepts(v, 0.07), accepts(v, 19.99), accepts(v, 0.075), accepts(v, 1e-3)]).toEqual([true, true, false, false]);
    expect(errorsOf(v, 0.075)).toMatchObject([{ keyword: 'multipleOf', params: { multipleOf: 0.01 }, message: 'must be multiple of 0.01' }]);
    const int = loadSchema({ multipleOf: 3 });
    expect([accepts(int, 9), accepts(int, 10)]).toEqual([true, false]);
  });
});

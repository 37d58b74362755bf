/**
 * Object and array keywords: required, properties, additionalProperties (false/schema),
 * patternProperties, propertyNames, property counts, items/prefixItems, uniqueItems, contains.
 */
import { describe, expect, it } from 'vitest';
import { accepts, errorsOf } from './agreement.js';
import { loadSchema } from './load-validators.js';

describe('objects', () => {
  const v = loadSchema({
    type: 'object',
    required: ['id', 'constructor'],
    properties: { id: { type: 'integer' }, constructor: { type: 'string' }, 'a/b': { type: 'string' } },
    patternProperties: { '^x-': { type: 'number' } },
    additionalProperties: false,
  });

  it('required uses own properties only (prototype names are ordinary)', () => {
    expect(accepts(v, { id: 1, constructor: 'c' })).toBe(true);
    expect(accepts(v, { id: 1 })).toBe(false);
    expect(errorsOf(v, {})).toEqual([
      { instancePath: '', schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'id' }, message: "must have required property 'id'" },
      { instancePath: '', schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'constructor' }, message: "must have required property 'constructor'" },
    ]);
  });

  it('additionalProperties false allows declared and pattern-matched names only', () => {
    expect(accepts(v, { id: 1, constructor: 'c', 'x-rate': 2 })).toBe(true);
    expect(errorsOf(v, { id: 1, constructor: 'c', extra: true })).toEqual([
      { instancePath: '', schemaPath: '#/additionalProperties', keyword: 'additionalProperties', params: { additionalProperty: 'extra' }, message: 'must NOT have additional properties' },
    ]);
    expect(errorsOf(v, { id: 1, constructor: 'c', 'x-rate': 'no' })).toMatchObject([
      { instancePath: '/x-rate', schemaPath: '#/patternProperties/^x-/type', keyword: 'type' },
    ]);
  });

  it('escapes property names in instancePath', () => {
    expect(errorsOf(v, { id: 1, constructor: 'c', 'a/b': 3 })).toMatchObject([{ instancePath: '/a~1b', keyword: 'type' }]);
  });

  it('additionalProperties as a schema, propertyNames and property counts', () => {
    const m = loadSchema({ additionalProperties: { type: 'integer' }, propertyNames: { maxLength: 3 }, minProperties: 1, maxProperties: 2 });
    expect([accepts(m, { a: 1 }), accepts(m, {}), accepts(m, { a: 1, b: 2, c: 3 }), accepts(m, { abcd: 1 }), accepts(m, { a: 'x' })]).toEqual([
      true, false, false, false, false,
    ]);
    expect(errorsOf(m, { abcd: 1 })).toMatchObject([{ keyword: 'propertyNames', params: { propertyName: 'abcd' } }]);
    expect(errorsOf(m, { a: 'x' })).toMatchObject([{ instancePath: '/a', schemaPath: '#/additionalProperties/type' }]);
  });

  it('dependentRequired', () => {
    const d = loadSchema({ dependentRequired: { card: ['cvc'] } });
    expect([accepts(d, { card: 1, cvc: 2 }), accepts(d, { cvc: 2 }), accepts(d, { card: 1 })]).toEqual([true, true, false]);
    expect(errorsOf(d, { card: 1 })).toMatchObject([{ keyword: 'dependentRequired', params: { property: 'card', missingProperty: 'cvc' } }]);
  });
});

describe('arrays', () => {
  it('items and prefixItems with item paths', () => {
    const v = loadSchema({ prefixItems: [{ type: 'string' }], items: { type: 'integer' }, minItems: 1, maxItems: 3 });
    expect([accepts(v, ['a']), accepts(v, ['a', 1, 2]), accepts(v, []), accepts(v, ['a', 1, 2, 3]), accepts(v, [1])]).toEqual([
      true, true, false, false, false,
    ]);
    expect(errorsOf(v, ['a', 1, 'z'])).toEqual([
      { instancePath: '/2', schemaPath: '#/items/type', keyword: 'type', params: { type: 'integer' }, message: 'must be integer' },
    ]);
  });

  it('3.0 items schema applies to every item', () => {
    const v = loadSchema({ type: 'array', items: { type: 'string', nullable: true } }, 'openapi-3.0');
    expect([accepts(v, ['a', null]), accepts(v, [1])]).toEqual([true, false]);
  });

  it('uniqueItems uses deep equality (1 equals 1.0, key order irrelevant)', () => {
    const v = loadSchema({ uniqueItems: true });
    expect(accepts(v, [{ a: 1, b: 2 }, { b: 2, a: 1.0 }])).toBe(false);
    expect(accepts(v, [[1], [true], 1, '1', null, {}])).toBe(true);
    const many = Array.from({ length: 40 }, (_, i) => ({ id: i }));
    expect(accepts(v, many)).toBe(true);
    expect(errorsOf(v, [...many, { id: 7 }])).toMatchObject([{ keyword: 'uniqueItems', params: { i: 40, j: 7 } }]);
  });

  it('contains with minContains/maxContains', () => {
    const v = loadSchema({ contains: { const: 1 }, minContains: 2, maxContains: 3 });
    expect([accepts(v, [1]), accepts(v, [1, 2, 1]), accepts(v, [1, 1, 1, 1])]).toEqual([false, true, false]);
    expect(errorsOf(v, [1])).toMatchObject([{ keyword: 'contains', params: { minContains: 2, maxContains: 3 } }]);
  });
});

describe('unevaluated keywords', () => {
  it('unevaluatedProperties sees properties of allOf/$ref and of valid anyOf branches only', () => {
    const v = loadSchema({
      $defs: { named: { properties: { name: { type: 'string' } } } },
      allOf: [{ $ref: '#/$defs/named' }],
      anyOf: [{ properties: { a: { const: 1 } }, required: ['a'] }, { properties: { b: true }, required: ['b'] }],
      unevaluatedProperties: false,
    });
    expect([accepts(v, { name: 'n', a: 1 }), accepts(v, { b: 2, name: 'n' }), accepts(v, { a: 1, b: 2 })]).toEqual([true, true, true]);
    expect(accepts(v, { a: 2, b: 1 })).toBe(false);
    expect(errorsOf(v, { a: 1, extra: true })).toEqual([
      {
        instancePath: '',
        schemaPath: '#/unevaluatedProperties',
        keyword: 'unevaluatedProperties',
        params: { unevaluatedProperty: 'extra' },
        message: 'must NOT have unevaluated properties',
      },
    ]);
  });

  it('unevaluatedItems after prefixItems and contains matches', () => {
    const v = loadSchema({ prefixItems: [{ type: 'integer' }], contains: { type: 'string' }, unevaluatedItems: { type: 'boolean' } });
    expect([accepts(v, [1, 'a', true]), accepts(v, [1, 'a', 'b']), accepts(v, [1, 'a', 2])]).toEqual([true, true, false]);
    expect(errorsOf(v, [1, 'a', 2])).toMatchObject([{ instancePath: '/2', schemaPath: '#/unevaluatedItems/type' }]);
  });
});

/**
 * The error cap of generated validators (`validateX(value, { maxErrors })`, default 100): a huge
 * invalid value yields at most the cap plus one final `maxErrors` error, and the work stops there.
 * Work is asserted by counting element reads through a Proxy, never by timing.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_ERRORS, SchemaValidationError, type ValidationError, type ValidationResult } from '../../runtime/validation.js';
import { loadSchema } from './load-validators.js';

const MILLION = 1_000_000;

/** `{ items: [null × n] }` whose array counts the reads of its elements. */
function countedNulls(n: number): { value: { items: unknown[] }; reads: () => number } {
  let reads = 0;
  const items = new Proxy(new Array<unknown>(n).fill(null), {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { value: { items }, reads: () => reads };
}

function errors(result: ValidationResult): ValidationError[] {
  if (result.valid) throw new Error('expected an invalid result');
  return result.errors;
}

/** The final error of a list cut at `limit`. */
function marker(limit: number, schemaPath = '#'): ValidationError {
  return {
    instancePath: '',
    schemaPath,
    keyword: 'maxErrors',
    params: { limit },
    message: `validation stopped after ${limit} error(s); further errors are not reported`,
  };
}

// Three errors per null item, as ajv reports them: the `type` error of each anyOf branch, then `anyOf`.
const schema = {
  type: 'object',
  properties: { items: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'integer' }] } } },
};

describe('maxErrors', () => {
  const v = loadSchema(schema);

  it('stops a million invalid items at the default cap of 100 plus one marker', () => {
    const { value, reads } = countedNulls(MILLION);
    const found = errors(v.validate(value));
    expect(DEFAULT_MAX_ERRORS).toBe(100);
    expect(found).toHaveLength(DEFAULT_MAX_ERRORS + 1);
    expect(found[DEFAULT_MAX_ERRORS]).toEqual(marker(DEFAULT_MAX_ERRORS));
    // Three errors per item: the 101st error is found at item 33 (index 33), where work stops.
    expect(reads()).toBe(34);
  });

  it('keeps the errors of the uncapped run, in order, before the marker', () => {
    const small = { items: new Array<unknown>(50).fill(null) };
    const all = errors(v.validate(small, { maxErrors: Infinity }));
    expect(all).toHaveLength(150);
    expect(all.every((e) => e.keyword !== 'maxErrors')).toBe(true);
    const capped = errors(v.validate(small, { maxErrors: 7 }));
    expect(capped).toEqual([...all.slice(0, 7), marker(7)]);
  });

  it('takes a configured cap and reads only as far as the first error beyond it', () => {
    const { value, reads } = countedNulls(MILLION);
    const found = errors(v.validate(value, { maxErrors: 1 }));
    expect(found).toEqual([
      { instancePath: '/items/0', schemaPath: '#/properties/items/items/anyOf/0/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      marker(1),
    ]);
    expect(reads()).toBe(1);
  });

  it('stops just as early when the items are checked through a $ref (fast check first, then collection)', () => {
    const viaRef = loadSchema({
      $defs: { text: { type: 'string' } },
      type: 'object',
      properties: { items: { type: 'array', items: { $ref: '#/$defs/text' } } },
    });
    const { value, reads } = countedNulls(MILLION);
    const found = errors(viaRef.validate(value, { maxErrors: 10 }));
    expect(found).toHaveLength(11);
    expect(found[0]).toMatchObject({ instancePath: '/items/0', schemaPath: '#/$defs/text/type' });
    expect(reads()).toBe(11);
  });

  it('stops in the key loop of an object with too many undocumented properties', () => {
    const closed = loadSchema({ type: 'object', properties: { id: { type: 'integer' } }, additionalProperties: false });
    const wide = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));
    const found = errors(closed.validate(wide));
    expect(found).toHaveLength(DEFAULT_MAX_ERRORS + 1);
    expect(found[0]).toMatchObject({ keyword: 'additionalProperties', params: { additionalProperty: 'k0' } });
    expect(found[DEFAULT_MAX_ERRORS]).toEqual(marker(DEFAULT_MAX_ERRORS));
  });

  it('adds no marker when the errors fit the cap exactly', () => {
    const found = errors(v.validate({ items: [null, null] }, { maxErrors: 6 }));
    expect(found).toHaveLength(6);
    expect(found.some((e) => e.keyword === 'maxErrors')).toBe(false);
  });

  it('collects every error with Infinity', () => {
    expect(errors(v.validate({ items: new Array<unknown>(400).fill(null) }, { maxErrors: Infinity }))).toHaveLength(1200);
  });

  it.each([0, -1, 1.5, Number.NaN, '5' as unknown as number])('rejects maxErrors %s with a RangeError naming it', (bad) => {
    expect(() => v.validate({ items: [] }, { maxErrors: bad })).toThrow(RangeError);
    expect(() => v.validate({ items: [] }, { maxErrors: bad })).toThrow(/maxErrors/);
  });

  it('assertX takes the same cap', () => {
    const { value } = countedNulls(MILLION);
    let thrown: unknown;
    try {
      v.assert(value, { maxErrors: 4 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SchemaValidationError);
    expect((thrown as SchemaValidationError).errors).toHaveLength(5);
    expect((thrown as SchemaValidationError).errors[4]).toEqual(marker(4));
  });

  it('a validation started from inside another (a getter) keeps its own cap', () => {
    let inner: ValidationResult | undefined;
    const value = {
      get items(): unknown[] {
        inner = v.validate({ items: new Array<unknown>(10).fill(null) }, { maxErrors: 2 });
        return new Array<unknown>(10).fill(null);
      },
    };
    const outer = errors(v.validate(value, { maxErrors: 20 }));
    expect(errors(inner ?? { valid: true })).toHaveLength(3);
    expect(outer).toHaveLength(21);
    expect(outer[20]).toEqual(marker(20));
  });

  it('a cut inside a schema on a same-instance $ref cycle leaves no stale re-entry guard', () => {
    const cyclic = loadSchema({ $ref: '#', type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } } });
    const value = { a: 1, b: 2 };
    const first = errors(cyclic.validate(value, { maxErrors: 1 }));
    expect(first).toEqual([
      { instancePath: '/a', schemaPath: '#/properties/a/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      marker(1),
    ]);
    expect(cyclic.validate(value, { maxErrors: 1 })).toEqual({ valid: false, errors: first });
    expect(errors(cyclic.validate(value))).toHaveLength(2);
  });
});

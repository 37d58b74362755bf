/** Plain data written as TypeScript source: escaping of document text, raw code, left-out undefined. */
import { describe, expect, it } from 'vitest';
import { code, literal } from '../../src/emit/literal.js';

describe('literal', () => {
  it('writes scalars, arrays and objects in insertion order, leaving out undefined properties', () => {
    expect(literal({ b: 1, a: [true, null, 'x'], skipped: undefined })).toBe("{ b: 1, a: [true, null, 'x'] }");
  });

  it('quotes keys that are not identifiers and escapes quotes and line breaks of document text', () => {
    const source = literal({ 'X-Api-Key': "it's", plain: 'a\nb', '': '*/' });
    expect(source).toBe(`{ 'X-Api-Key': "it's", plain: 'a\\nb', '': '*/' }`);
    // The source evaluates back to the same data.
    expect(new Function(`return ${source};`)()).toEqual({ 'X-Api-Key': "it's", plain: 'a\nb', '': '*/' });
  });

  it('embeds code() verbatim, but never document data that looks like it', () => {
    expect(literal({ validate: code('v.validateThing') })).toBe('{ validate: v.validateThing }');
    expect(literal({ code: 'alert(1)' })).toBe("{ code: 'alert(1)' }");
  });

  it('refuses values that have no literal', () => {
    expect(() => literal(() => undefined)).toThrow(TypeError);
    expect(() => literal(1n)).toThrow(/bigint/);
  });
});

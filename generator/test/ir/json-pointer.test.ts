/** JSON pointers (RFC 6901) over the bundled document: reading, building and following `$ref`s. */
import { describe, expect, it } from 'vitest';
import { childPointer, componentSchemaName, getByPointer, isRef, resolveRef } from '../../src/ir/json-pointer.js';

const document = {
  components: {
    schemas: {
      'a/b': { type: 'string' },
      'x~y': { type: 'integer' },
      Alias: { $ref: '#/components/schemas/Target' },
      Target: { type: 'object' },
      Loop1: { $ref: '#/components/schemas/Loop2' },
      Loop2: { $ref: '#/components/schemas/Loop1' },
    },
  },
  '': { '': 'empty keys' },
  list: ['zero', 'one'],
};

describe('getByPointer', () => {
  it('reads the root, nested keys, array indexes and ~1 / ~0 escapes', () => {
    expect(getByPointer(document, '#')).toBe(document);
    expect(getByPointer(document, '#/list/1')).toBe('one');
    expect(getByPointer(document, '#/components/schemas/a~1b')).toEqual({ type: 'string' });
    expect(getByPointer(document, '#/components/schemas/x~0y')).toEqual({ type: 'integer' });
  });

  it('reads empty-string keys and percent-encoded tokens of a URI fragment', () => {
    expect(getByPointer(document, '#//')).toBe('empty keys');
    expect(getByPointer(document, '#/components/schemas/a%2Fb')).toEqual({ type: 'string' });
  });

  it('is undefined for a missing key or a path through a scalar', () => {
    expect(getByPointer(document, '#/components/schemas/Nope')).toBeUndefined();
    expect(getByPointer(document, '#/list/0/length/x')).toBeUndefined();
  });
});

describe('childPointer', () => {
  it('escapes each token, so getByPointer finds the child again', () => {
    const pointer = childPointer('#/paths', '/orders/{id}', 'get', 0);
    expect(pointer).toBe('#/paths/~1orders~1{id}/get/0');
    expect(childPointer('#/components/schemas', 'x~y')).toBe('#/components/schemas/x~0y');
    expect(getByPointer(document, childPointer('#/components/schemas', 'a/b'))).toEqual({ type: 'string' });
  });
});

describe('resolveRef', () => {
  it('follows a chain of internal $refs and returns where the value is written', () => {
    expect(resolveRef(document, { $ref: '#/components/schemas/Alias' }, '#/here')).toEqual({
      value: { type: 'object' },
      pointer: '#/components/schemas/Target',
    });
  });

  it('returns a value that is not a $ref with its own pointer', () => {
    expect(resolveRef(document, { type: 'string' }, '#/here')).toEqual({ value: { type: 'string' }, pointer: '#/here' });
  });

  it('stops at the first repeat of a pure $ref cycle instead of looping', () => {
    const { value, pointer } = resolveRef(document, { $ref: '#/components/schemas/Loop1' }, '#/here');
    expect(value).toEqual({ $ref: '#/components/schemas/Loop1' });
    expect(isRef(value)).toBe(true);
    expect(pointer).toBe('#/components/schemas/Loop2');
  });
});

describe('componentSchemaName', () => {
  it('names the component of a direct $ref, unescaped', () => {
    expect(componentSchemaName({ $ref: '#/components/schemas/Target' })).toBe('Target');
    expect(componentSchemaName({ $ref: '#/components/schemas/a~1b' })).toBe('a/b');
  });

  it('is undefined for a deeper pointer, another component kind or no $ref', () => {
    expect(componentSchemaName({ $ref: '#/components/schemas/Target/properties/id' })).toBeUndefined();
    expect(componentSchemaName({ $ref: '#/components/responses/Target' })).toBeUndefined();
    expect(componentSchemaName({ type: 'string' })).toBeUndefined();
  });
});

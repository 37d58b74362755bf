/**
 * allOf/anyOf/oneOf/not/if, the OpenAPI discriminator, and $ref recursion.
 */
import { describe, expect, it } from 'vitest';
import { accepts, errorsOf } from './agreement.js';
import { loadSchema, loadValidators } from './load-validators.js';

describe('applicators', () => {
  it('allOf requires every branch', () => {
    const v = loadSchema({ allOf: [{ type: 'string' }, { maxLength: 2 }] });
    expect([accepts(v, 'ab'), accepts(v, 'abc'), accepts(v, 1)]).toEqual([true, false, false]);
    expect(errorsOf(v, 'abc')).toMatchObject([{ schemaPath: '#/allOf/1/maxLength' }]);
  });

  it('anyOf reports branch errors then anyOf', () => {
    const v = loadSchema({ anyOf: [{ type: 'string' }, { type: 'integer' }] });
    expect([accepts(v, 'a'), accepts(v, 1), accepts(v, 1.5)]).toEqual([true, true, false]);
    expect(errorsOf(v, 1.5)).toMatchObject([
      { schemaPath: '#/anyOf/0/type' },
      { schemaPath: '#/anyOf/1/type' },
      { keyword: 'anyOf', schemaPath: '#/anyOf', message: 'must match a schema in anyOf' },
    ]);
  });

  it('oneOf fails when ambiguous and names the passing branches', () => {
    const v = loadSchema({ oneOf: [{ type: 'number' }, { type: 'integer' }, { type: 'string' }] });
    expect([accepts(v, 1.5), accepts(v, 's'), accepts(v, 2), accepts(v, null)]).toEqual([true, true, false, false]);
    expect(errorsOf(v, 2)).toEqual([
      { instancePath: '', schemaPath: '#/oneOf', keyword: 'oneOf', params: { passingSchemas: [0, 1] }, message: 'must match exactly one schema in oneOf' },
    ]);
  });

  it('not and if/then/else', () => {
    const n = loadSchema({ not: { type: 'string' } });
    expect([accepts(n, 1), accepts(n, 'a')]).toEqual([true, false]);
    expect(errorsOf(n, 'a')).toMatchObject([{ keyword: 'not', message: 'must NOT be valid' }]);
    const c = loadSchema({ if: { type: 'string' }, then: { minLength: 2 }, else: { type: 'integer' } });
    expect([accepts(c, 'ab'), accepts(c, 'a'), accepts(c, 3), accepts(c, 3.5)]).toEqual([true, false, true, false]);
    expect(errorsOf(c, 'a')).toMatchObject([{ keyword: 'minLength' }, { keyword: 'if', params: { failingKeyword: 'then' } }]);
  });

  it('boolean schemas', () => {
    expect(loadSchema(true).is(Symbol.iterator)).toBe(true);
    expect(errorsOf(loadSchema(false), 1)).toEqual([
      { instancePath: '', schemaPath: '#', keyword: 'false schema', params: {}, message: 'boolean schema is false' },
    ]);
  });
});

describe('discriminator', () => {
  const document = {
    openapi: '3.1.0',
    components: {
      schemas: {
        Pet: {
          oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
          discriminator: { propertyName: 'kind', mapping: { kitty: '#/components/schemas/Cat' } },
        },
        Cat: { type: 'object', required: ['kind', 'lives'], properties: { kind: { type: 'string' }, lives: { type: 'integer' } } },
        Dog: { type: 'object', required: ['kind'], properties: { kind: { type: 'string' }, bark: { type: 'boolean' } } },
      },
    },
  };
  const pet = loadValidators({
    document,
    dialect: 'openapi-3.1',
    targets: [{ name: 'Pet', schema: document.components.schemas.Pet, pointer: '#/components/schemas/Pet', direction: 'neutral', typeExpression: 'unknown' }],
  }).validators['Pet'];
  if (pet === undefined) throw new Error('Pet validator missing');

  it('selects the branch by mapping or by implicit schema name', () => {
    expect([accepts(pet, { kind: 'kitty', lives: 9 }), accepts(pet, { kind: 'Dog' }), accepts(pet, { kind: 'Dog', bark: 1 })]).toEqual([
      true, true, false,
    ]);
    expect(errorsOf(pet, { kind: 'kitty' })).toEqual([
      { instancePath: '', schemaPath: '#/components/schemas/Cat/required', keyword: 'required', params: { missingProperty: 'lives' }, message: "must have required property 'lives'" },
    ]);
  });

  it('reports a missing or unmapped tag with keyword discriminator', () => {
    expect(errorsOf(pet, {})).toMatchObject([{ keyword: 'discriminator', params: { error: 'tag', tag: 'kind', tagValue: undefined } }]);
    expect(errorsOf(pet, { kind: 'Cow' })).toEqual([
      { instancePath: '', schemaPath: '#/components/schemas/Pet/discriminator', keyword: 'discriminator', params: { error: 'mapping', tag: 'kind', tagValue: 'Cow' }, message: 'value of tag "kind" must be in oneOf' },
    ]);
    expect(accepts(pet, 'not an object')).toBe(false);
  });
});

describe('$ref recursion', () => {
  const tree = {
    $defs: { node: { type: 'object', required: ['value'], properties: { value: { type: 'integer' }, children: { type: 'array', items: { $ref: '#/$defs/node' } } } } },
    $ref: '#/$defs/node',
  };
  const v = loadSchema(tree);
  function deep(levels: number, leaf: unknown): unknown {
    let node: unknown = { value: leaf };
    for (let i = 0; i < levels; i++) node = { value: i, children: [node] };
    return node;
  }

  it('validates a 1000-level tree without stack overflow and finds a deep error', () => {
    expect(accepts(v, deep(1000, 1))).toBe(true);
    const errors = errorsOf(v, deep(1000, 'x')) as { instancePath: string; schemaPath: string }[];
    expect(errors).toHaveLength(1);
    expect(errors[0]?.instancePath).toBe(`${'/children/0'.repeat(1000)}/value`);
    expect(errors[0]?.schemaPath).toBe('#/$defs/node/properties/value/type');
  });

  it('terminates on $ref cycles that do not descend into the value', () => {
    const self = loadSchema({ $ref: '#', type: 'string' });
    expect([accepts(self, 'a'), accepts(self, 1)]).toEqual([true, false]);
    const document = {
      openapi: '3.1.0',
      components: {
        schemas: {
          Pet: { type: 'object', required: ['kind'], properties: { kind: { type: 'string' }, name: { type: 'string' } }, oneOf: [{ $ref: '#/components/schemas/Cat' }], discriminator: { propertyName: 'kind' } },
          Cat: { allOf: [{ $ref: '#/components/schemas/Pet' }, { properties: { lives: { type: 'integer' } } }] },
        },
      },
    };
    const targets = (['Pet', 'Cat'] as const).map((name) => ({
      name,
      schema: document.components.schemas[name],
      pointer: `#/components/schemas/${name}`,
      direction: 'neutral' as const,
      typeExpression: 'unknown',
    }));
    const { validators } = loadValidators({ document, dialect: 'openapi-3.1', targets });
    const [pet, cat] = [validators['Pet'], validators['Cat']];
    if (pet === undefined || cat === undefined) throw new Error('validators missing');
    expect([accepts(pet, { kind: 'Cat', lives: 1 }), accepts(pet, { kind: 'Cat', lives: 'x' }), accepts(pet, { kind: 'Dog' })]).toEqual([true, false, false]);
    expect(errorsOf(cat, { kind: 'Cat', name: 1, lives: 2 })).toMatchObject([{ instancePath: '/name', schemaPath: '#/components/schemas/Pet/properties/name/type' }]);
  });

  it('3.0 ignores siblings of $ref, 3.1 applies them', () => {
    const schema = { definitions: { s: { type: 'string' } }, properties: { a: { $ref: '#/definitions/s', maxLength: 1 } } };
    expect(loadSchema(schema, 'openapi-3.0').is({ a: 'long' })).toBe(true);
    expect(loadSchema(schema, 'openapi-3.1').is({ a: 'long' })).toBe(false);
  });

  it('reports an unresolvable $ref with its pointer', () => {
    expect(loadSchema({ properties: { a: { $ref: '#/nope' } } }).diagnostics).toMatchObject([
      { code: 'unresolved-ref', severity: 'error', pointer: '#/properties/a/$ref' },
    ]);
  });
});

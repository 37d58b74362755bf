/** Warnings about component schemas and `required` names that are valid but likely not what was meant. */
import { describe, expect, it } from 'vitest';
import { checkRequired } from '../../src/ir/check-required.js';
import { checkSchemas } from '../../src/ir/check-schemas.js';

describe('checkSchemas', () => {
  it('flags an array whose items are the array itself, and nothing else', () => {
    const schemas = [
      { name: 'JToken', identifier: 'JToken', pointer: '#/components/schemas/JToken', schema: { type: 'array', items: { $ref: '#/components/schemas/JToken' } } },
      { name: 'List', identifier: 'List', pointer: '#/components/schemas/List', schema: { type: 'array', items: { $ref: '#/components/schemas/JToken' } } },
      { name: 'Tree', identifier: 'Tree', pointer: '#/components/schemas/Tree', schema: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Tree' } } } } },
    ];
    expect(checkSchemas(schemas, 'spec.yaml')).toEqual([
      expect.objectContaining({ code: 'self-referencing-schema', severity: 'warning', file: 'spec.yaml', pointer: '#/components/schemas/JToken/items' }),
    ]);
  });
});

describe('checkRequired', () => {
  const document = {
    components: {
      schemas: {
        Base: { type: 'object', properties: { id: { type: 'string' } } },
        Thing: {
          allOf: [{ $ref: '#/components/schemas/Base' }, { type: 'object', required: ['id', 'name', 'ghost'], properties: { name: { type: 'string' } } }],
        },
        Open: { type: 'object', required: ['anything'], additionalProperties: { type: 'string' } },
        Patterned: { type: 'object', required: ['x-a'], patternProperties: { '^x-': {} } },
        Example: { type: 'object', properties: { a: {} }, example: { required: ['not-a-schema'] } },
      },
    },
  };

  it('warns once per name nothing in reach defines, at the required entry', () => {
    expect(checkRequired(document, 'spec.yaml').map((d) => [d.code, d.severity, d.pointer])).toEqual([
      ['required-without-property', 'warning', '#/components/schemas/Thing/allOf/1/required/2'],
    ]);
  });
});

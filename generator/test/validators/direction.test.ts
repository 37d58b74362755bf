/**
 * readOnly/writeOnly per validator direction (OAS 3.1 §4.8.24.3): request validators reject
 * readOnly properties and do not require them; response validators do the same for writeOnly.
 */
import { describe, expect, it } from 'vitest';
import { accepts, errorsOf } from './agreement.js';
import { loadValidators } from './load-validators.js';

const document = {
  openapi: '3.1.0',
  components: {
    schemas: {
      Id: { type: 'string', readOnly: true },
      Account: {
        type: 'object',
        required: ['id', 'password', 'name'],
        properties: { id: { $ref: '#/components/schemas/Id' }, password: { type: 'string', writeOnly: true }, name: { type: 'string' } },
      },
    },
  },
};
const schema = document.components.schemas.Account;
const { validators } = loadValidators({
  document,
  dialect: 'openapi-3.1',
  targets: (['request', 'response', 'neutral'] as const).map((direction) => ({
    name: direction,
    schema,
    pointer: '#/components/schemas/Account',
    direction,
    typeExpression: 'unknown',
  })),
});

function get(name: string) {
  const v = validators[name];
  if (v === undefined) throw new Error(`missing ${name}`);
  return v;
}

describe('readOnly / writeOnly', () => {
  it('request: readOnly (also through $ref) is forbidden and not required', () => {
    const v = get('request');
    expect(accepts(v, { password: 'p', name: 'n' })).toBe(true);
    expect(errorsOf(v, { id: 'x', password: 'p', name: 'n' })).toEqual([
      {
        instancePath: '/id',
        schemaPath: '#/components/schemas/Id/readOnly',
        keyword: 'readOnly',
        params: { property: 'id' },
        message: "must NOT be present in a request: property 'id' is readOnly",
      },
    ]);
    expect(errorsOf(v, { name: 'n' })).toMatchObject([{ keyword: 'required', params: { missingProperty: 'password' } }]);
  });

  it('response: writeOnly is forbidden and not required', () => {
    const v = get('response');
    expect(accepts(v, { id: 'x', name: 'n' })).toBe(true);
    expect(errorsOf(v, { id: 'x', name: 'n', password: 'p' })).toMatchObject([
      { instancePath: '/password', keyword: 'writeOnly', schemaPath: '#/components/schemas/Account/properties/password/writeOnly' },
    ]);
  });

  it('neutral: both ignored, required as written', () => {
    const v = get('neutral');
    expect(accepts(v, { id: 'x', password: 'p', name: 'n' })).toBe(true);
    expect(accepts(v, { name: 'n' })).toBe(false);
  });
});

/**
 * The validators `validators.gen.ts` holds agree with what the client's operation descriptors
 * refer to: every `v.validate<Name>` a descriptor uses is a target, and every operation target is used.
 */
import { describe, expect, it } from 'vitest';
import { literal } from '../../src/emit/literal.js';
import { operationDescriptor } from '../../src/emit/operation-descriptor.js';
import { validatorTargets } from '../../src/emit/validator-targets.js';
import { buildIr } from '../../src/ir/build-ir.js';

const document = {
  openapi: '3.1.0',
  info: { title: 'Shop', version: '1' },
  paths: {
    '/items/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
      put: {
        operationId: 'putItem',
        parameters: [{ name: 'id', in: 'query', schema: { type: 'string' } }],
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } } },
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } } },
          '204': { description: 'none' },
          '4XX': { description: 'text', content: { 'text/plain': { schema: { type: 'string' } } } },
          default: { description: 'problem', content: { 'application/problem+json': { schema: { type: 'object' } } } },
        },
      },
    },
    '/ping': { get: { operationId: 'ping', responses: { '200': { description: 'pong' } } } },
  },
  components: { schemas: { Item: { type: 'object', properties: { id: { type: 'integer', readOnly: true } } } } },
};

const spec = { file: 'shop.yaml', absolutePath: '/shop.yaml', document, version: '3.1' as const, hash: 'sha256:0', diagnostics: [], lineOf: () => undefined };
const api = buildIr({ spec, name: 'shop', envPrefix: 'SHOP' });
const targets = validatorTargets(api);

describe('validatorTargets', () => {
  it('holds the component schemas, then per operation its parameters, body and JSON responses, with directions', () => {
    expect(targets.map((t) => [t.name, t.direction, t.pointer])).toEqual([
      ['Item', 'neutral', '#/components/schemas/Item'],
      ['PutItemParameters', 'request', '#/paths/~1items~1{id}/put/parameters'],
      ['PutItemRequestBody', 'request', '#/paths/~1items~1{id}/put/requestBody/content/application~1json/schema'],
      ['PutItemResponse200', 'response', '#/paths/~1items~1{id}/put/responses/200/content/application~1json/schema'],
      ['PutItemResponseDefault', 'response', '#/paths/~1items~1{id}/put/responses/default/content/application~1problem+json/schema'],
    ]);
  });

  it('keys the parameters object by wire name, a name used again in a later location by location', () => {
    expect(targets[1]?.schema).toEqual({
      type: 'object',
      properties: { id: { type: 'integer' }, 'query:id': { type: 'string' } },
      required: ['id'],
    });
  });

  it('agrees with the validators the operation descriptors refer to', () => {
    const referenced = api.operations.flatMap((o) => [...literal(operationDescriptor(api, o)).matchAll(/\bv\.validate(\w+)/g)].map((m) => m[1]));
    const operationTargets = targets.filter((t) => t.direction !== 'neutral').map((t) => t.name);
    expect(referenced.sort()).toEqual(operationTargets.sort());
  });
});

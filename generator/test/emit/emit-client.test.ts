/**
 * The client module of small documents: operation descriptors with their validator references,
 * the validators import only when a descriptor uses it, error classes and the class layout.
 */
import { describe, expect, it } from 'vitest';
import { emitClient } from '../../src/emit/emit-client.js';
import { operationDescriptor, usesValidators } from '../../src/emit/operation-descriptor.js';
import { buildIr } from '../../src/ir/build-ir.js';
import type { IrApi } from '../../src/ir/types.js';

function irOf(document: Record<string, unknown>): IrApi {
  const spec = { file: 'shop.yaml', absolutePath: '/shop.yaml', document, version: '3.1' as const, hash: 'sha256:0', diagnostics: [], lineOf: () => undefined };
  return buildIr({ spec, name: 'shop', envPrefix: 'SHOP' });
}

const base = { openapi: '3.1.0', info: { title: 'Shop', version: '1' }, servers: [{ url: 'https://api.shop.test' }] };

describe('operation descriptors', () => {
  const api = irOf({
    ...base,
    paths: {
      '/orders/{id}': {
        get: {
          operationId: 'getOrder',
          tags: ['orders'],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Order' } } } },
            '404': { description: 'missing', content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } } },
          },
        },
      },
      '/ping': { get: { operationId: 'ping', responses: { '200': { description: 'pong', content: { 'text/plain': { schema: { type: 'string' } } } } } } },
    },
    components: { schemas: { Order: { type: 'object' }, Problem: { type: 'object' } } },
  });
  const [getOrder, ping] = api.operations;

  it('refer to the validators of parameters and of each JSON response', () => {
    if (getOrder === undefined) throw new Error('getOrder missing');
    const descriptor = operationDescriptor(api, getOrder) as { responses: Record<string, { validate?: { code: string }; schema?: string }>; validateParameters?: { code: string } };
    expect(descriptor.validateParameters?.code).toBe(`v.validate${getOrder.names.parametersValidator}`);
    expect(descriptor.responses['200']).toMatchObject({ validate: { code: 'v.validateGetOrderResponse200' }, schema: 'Order' });
    expect(descriptor.responses['404']).toMatchObject({ validate: { code: 'v.validateGetOrderResponse404' }, schema: 'Problem' });
  });

  it('use no validator for an operation without parameters, body or JSON response', () => {
    expect(getOrder && usesValidators(getOrder)).toBe(true);
    expect(ping && usesValidators(ping)).toBe(false);
    expect(ping && operationDescriptor(api, ping)).toMatchObject({ validateParameters: undefined, responses: { '200': { json: false, validate: undefined } } });
  });

  it('emit a tag class, an untagged method on the top-level client and an error class per error body', () => {
    const source = emitClient(api);
    expect(source).toContain('import * as v from "./validators.gen.js";');
    expect(source).toMatch(/export class OrdersClient \{/);
    expect(source).toMatch(/export class ShopClient \{[\s\S]*readonly orders: OrdersClient;[\s\S]*ping\(/);
    expect(source).toMatch(/export class ProblemError extends ApiError<Problem> \{/);
    expect(source).toContain('const ERRORS: Readonly<Record<string, ApiErrorClass>> = { "Problem": ProblemError };');
  });
});

describe('the validators import', () => {
  it('is left out when no descriptor refers to a validator (noUnusedLocals)', () => {
    const api = irOf({ ...base, paths: { '/ping': { get: { operationId: 'ping', responses: { '204': { description: 'none' } } } } } });
    const source = emitClient(api);
    expect(source).not.toContain('validators.gen.js');
    expect(source).not.toMatch(/\bv\./);
  });
});

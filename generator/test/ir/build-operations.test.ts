/**
 * Operations and their parameters: path item `$ref`s, inherited and overridden path-level
 * parameters, `$ref`d parameters and request bodies, security inheritance, derived operationIds,
 * and the diagnostics about servers and duplicate operationIds.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { buildOperations } from '../../src/ir/build-operations.js';

function build(document: Record<string, unknown>): { operations: ReturnType<typeof buildOperations>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  return { operations: buildOperations(document, 'spec.yaml', diagnostics), diagnostics };
}

const ok = { '200': { description: 'ok' } };

describe('buildOperations', () => {
  it('reads a path item $ref where it is written, with the path-level servers warning located there', () => {
    const { operations, diagnostics } = build({
      paths: { '/items/{id}': { $ref: '#/components/pathItems/Item' } },
      components: {
        pathItems: {
          Item: {
            servers: [{ url: 'https://other.test' }],
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
            get: { operationId: 'getItem', responses: ok },
          },
        },
      },
    });
    expect(operations.map((o) => [o.operationId, o.method, o.path, o.pointer])).toEqual([['getItem', 'GET', '/items/{id}', '#/components/pathItems/Item/get']]);
    expect(operations[0]?.parameters.map((p) => [p.name, p.in, p.pointer])).toEqual([['id', 'path', '#/components/pathItems/Item/parameters/0/schema']]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'own-servers-ignored', severity: 'warning', pointer: '#/components/pathItems/Item/servers' })]);
  });

  it('inherits path-level parameters unless the operation overrides the same name and location', () => {
    const { operations } = build({
      paths: {
        '/items': {
          parameters: [
            { name: 'limit', in: 'query', schema: { type: 'integer' } },
            { name: 'X-Trace', in: 'header', schema: { type: 'string' } },
          ],
          get: { operationId: 'list', parameters: [{ name: 'limit', in: 'query', required: true, schema: { type: 'string' } }], responses: ok },
        },
      },
    });
    const params = operations[0]?.parameters ?? [];
    expect(params.map((p) => [p.name, p.in, p.required, p.key])).toEqual([
      ['limit', 'query', true, 'limit'],
      ['X-Trace', 'header', false, 'xTrace'],
    ]);
    expect(params[0]?.schema).toEqual({ type: 'string' });
  });

  it('resolves $ref\'d parameters and request bodies, choosing the JSON media type', () => {
    const { operations } = build({
      paths: {
        '/items': {
          post: {
            operationId: 'create',
            parameters: [{ $ref: '#/components/parameters/Key' }],
            requestBody: { $ref: '#/components/requestBodies/Item' },
            responses: ok,
          },
        },
      },
      components: {
        parameters: { Key: { name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string' } } },
        requestBodies: { Item: { required: true, content: { 'text/plain': { schema: { type: 'string' } }, 'application/json': { schema: { type: 'object' } } } } },
      },
    });
    const [op] = operations;
    expect(op?.parameters.map((p) => [p.name, p.in, p.required, p.pointer])).toEqual([['Idempotency-Key', 'header', true, '#/components/parameters/Key/schema']]);
    expect(op?.requestBody).toEqual({
      contentType: 'application/json',
      required: true,
      schema: { type: 'object' },
      pointer: '#/components/requestBodies/Item/content/application~1json/schema',
    });
  });

  it('keeps a non-JSON request body media type when it is the only one', () => {
    const { operations } = build({
      paths: { '/u': { post: { operationId: 'upload', requestBody: { content: { 'multipart/form-data': { schema: { type: 'object' } } } }, responses: ok } } },
    });
    expect(operations[0]?.requestBody).toMatchObject({ contentType: 'multipart/form-data', required: false });
  });

  it('takes the document security unless the operation declares its own (an empty list included)', () => {
    const { operations } = build({
      security: [{ bearer: [] }],
      paths: {
        '/a': {
          get: { operationId: 'inherits', responses: ok },
          put: { operationId: 'own', security: [{ oauth: ['write'] }, {}], responses: ok },
          post: { operationId: 'none', security: [], responses: ok },
        },
      },
    });
    expect(Object.fromEntries(operations.map((o) => [o.operationId, o.security]))).toEqual({
      inherits: [{ bearer: [] }],
      own: [{ oauth: ['write'] }, {}],
      none: [],
    });
  });

  it('derives a missing operationId from method and path, with a warning', () => {
    const { operations, diagnostics } = build({ paths: { '/orders/{id}/lines': { get: { responses: ok } } } });
    expect(operations[0]).toMatchObject({ operationId: 'getOrdersIdLines', declaredId: false, methodName: 'getOrdersIdLines' });
    expect(diagnostics.map((d) => [d.code, d.pointer])).toEqual([
      ['missing-operation-id', '#/paths/~1orders~1{id}~1lines/get'],
      ['missing-path-parameter', '#/paths/~1orders~1{id}~1lines/get'],
    ]);
    expect(diagnostics[0]?.message).toContain('assumed "getOrdersIdLines"');
  });

  it('reports a duplicate declared operationId as an error at the second operation', () => {
    const { diagnostics } = build({
      paths: { '/a': { get: { operationId: 'same', responses: ok } }, '/b': { get: { operationId: 'same', responses: ok } } },
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'duplicate-operation-id', severity: 'error', pointer: '#/paths/~1b/get/operationId', message: expect.stringContaining('#/paths/~1a/get') }),
    ]);
  });
});

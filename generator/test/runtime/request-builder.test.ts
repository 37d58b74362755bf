import { describe, expect, it } from 'vitest';
import type { OperationDescriptor } from '../../runtime/index.js';
import { prepareRequest } from '../../runtime/request-builder.js';
import { AB_API, createPaymentJobOperation, PQ_API } from './support/fixtures.js';

const formOperation: OperationDescriptor = {
  operationId: 'submitForm',
  method: 'POST',
  path: '/forms',
  parameters: [],
  requestBody: { contentType: 'application/x-www-form-urlencoded', required: true },
  responses: {},
  security: [],
};

describe('prepareRequest', () => {
  it('sends JSON bodies as application/json with Accept: application/json', () => {
    const body = { items: [{ amount: 1.5, clientPaymentId: 'p-1' }] };
    const prepared = prepareRequest({
      api: PQ_API,
      baseUrl: 'https://h/api/v2',
      op: createPaymentJobOperation,
      params: { body },
      clientHeaders: undefined,
      requestHeaders: undefined,
      mode: 'warn',
    });
    expect(prepared.url).toBe('https://h/api/v2/payments/jobs');
    expect(prepared.headers.get('content-type')).toBe('application/json');
    expect(prepared.headers.get('accept')).toBe('application/json');
    expect(JSON.parse(prepared.body ?? '')).toEqual(body);
  });

  it('form-encodes form bodies, repeating array keys', () => {
    const prepared = prepareRequest({
      api: AB_API,
      baseUrl: 'https://h',
      op: formOperation,
      params: { body: { name: 'a b', tags: ['x', 'y'], skipped: undefined } },
      clientHeaders: undefined,
      requestHeaders: undefined,
      mode: 'warn',
    });
    expect(prepared.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(prepared.body).toBe('name=a+b&tags=x&tags=y');
  });

  it('refuses a missing required body even with validation off', () => {
    const prepare = () =>
      prepareRequest({
        api: AB_API,
        baseUrl: 'https://h',
        op: formOperation,
        params: {},
        clientHeaders: undefined,
        requestHeaders: undefined,
        mode: 'off',
      });
    expect(prepare).toThrow(/submitForm: invalid request: request body \/ is required/);
  });
});

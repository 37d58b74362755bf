import { describe, expect, it } from 'vitest';
import type { OperationDescriptor } from '../../runtime/index.js';
import { mergeHeaders } from '../../runtime/header-record.js';
import { prepareRequest, type PrepareInit } from '../../runtime/request-builder.js';
import {
  AB_API,
  createPaymentJobOperation,
  JOB_TOKEN,
  PQ_API,
  retrievePaymentJobOperation,
} from './support/fixtures.js';

const formOperation: OperationDescriptor = {
  operationId: 'submitForm',
  method: 'POST',
  path: '/forms',
  parameters: [],
  requestBody: {
    contentType: 'application/x-www-form-urlencoded',
    required: true,
  },
  responses: {},
  security: [],
};

function init(overrides: Partial<PrepareInit> & Pick<PrepareInit, 'op' | 'params'>): PrepareInit {
  return {
    baseUrl: 'https://h/api/v2',
    baseHeaders: mergeHeaders(PQ_API.fixedHeaders),
    requestHeaders: undefined,
    mode: 'warn',
    validateOptions: {},
    ...overrides,
  };
}

describe('prepareRequest', () => {
  it('sends JSON bodies as application/json with Accept: application/json', () => {
    const body = { items: [{ amount: 1.5, clientPaymentId: 'p-1' }] };
    const prepared = prepareRequest(init({ op: createPaymentJobOperation, params: { body } }));
    expect(prepared.url).toBe('https://h/api/v2/payments/jobs');
    expect(prepared.headers['content-type']).toBe('application/json');
    expect(prepared.headers['accept']).toBe('application/json');
    expect(JSON.parse(String(prepared.body))).toEqual(body);
  });

  it('form-encodes form bodies, repeating array keys', () => {
    const prepared = prepareRequest(
      init({
        baseUrl: 'https://h',
        baseHeaders: mergeHeaders(AB_API.fixedHeaders),
        op: formOperation,
        params: { body: { name: 'a b', tags: ['x', 'y'], skipped: undefined } },
      }),
    );
    expect(prepared.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(prepared.body).toBe('name=a+b&tags=x&tags=y');
  });

  it('refuses a missing required body even with validation off', () => {
    const prepare = () =>
      prepareRequest(
        init({
          baseUrl: 'https://h',
          op: formOperation,
          params: {},
          mode: 'off',
        }),
      );
    expect(prepare).toThrow(/submitForm: invalid request: request body \/ is required/);
  });

  it('lets later header sources win whatever their spelling: fixed < client < parameter < request', () => {
    const baseHeaders = mergeHeaders(PQ_API.fixedHeaders, {
      'x-mypayquicker-version': '2025.01.01',
      'X-Team': 'a',
    });
    const fromParam = prepareRequest(
      init({
        baseHeaders,
        op: retrievePaymentJobOperation,
        params: { jobToken: JOB_TOKEN, xMyPayQuickerVersion: '2024.06.01' },
      }),
    );
    expect(fromParam.headers['x-mypayquicker-version']).toBe('2024.06.01');
    const fromRequest = prepareRequest(
      init({
        baseHeaders,
        op: retrievePaymentJobOperation,
        params: { jobToken: JOB_TOKEN, xMyPayQuickerVersion: '2024.06.01' },
        requestHeaders: {
          'X-MYPAYQUICKER-VERSION': '2023.01.01',
          ACCEPT: 'text/plain',
        },
      }),
    );
    expect(fromRequest.headers).toEqual({
      'x-mypayquicker-version': '2023.01.01',
      'x-team': 'a',
      accept: 'text/plain',
    });
  });

  it('builds the same URL on every call of one descriptor, with the values of that call', () => {
    const first = prepareRequest(
      init({
        op: retrievePaymentJobOperation,
        params: { jobToken: 'jobs-a/b', language: 'en' },
        mode: 'off',
      }),
    );
    const second = prepareRequest(
      init({
        op: retrievePaymentJobOperation,
        params: { jobToken: 'jobs-c d' },
        mode: 'off',
      }),
    );
    expect(first.url).toBe('https://h/api/v2/payments/jobs/jobs-a%2Fb?language=en');
    expect(second.url).toBe('https://h/api/v2/payments/jobs/jobs-c%20d');
  });

  it('refuses a header value that would split the request, without echoing the value', () => {
    const prepare = () =>
      prepareRequest(
        init({
          op: retrievePaymentJobOperation,
          params: { jobToken: JOB_TOKEN },
          requestHeaders: { 'X-Note': 'secret-value\r\nX-Injected: 1' },
        }),
      );
    expect(prepare).toThrow(TypeError);
    expect(prepare).toThrow(/X-Note/);
    expect(prepare).not.toThrow(/secret-value/);
  });
});

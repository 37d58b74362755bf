/**
 * Local warnings (`x-api-contracts-warn`): a rule of ours stricter than the vendor logs a warning and
 * the request is sent anyway; `localWarnings: false` silences it.
 */
import { describe, expect, it } from 'vitest';
import { ClientCore, type OperationDescriptor } from '../../runtime/index.js';
import { localWarningsFor } from '../../runtime/local-warnings.js';
import { createPaymentJobOperation, PQ_API } from './support/fixtures.js';

const op: OperationDescriptor = {
  ...createPaymentJobOperation,
  localWarnings: [{ nonEmpty: '/items', message: 'the payment job has no items' }],
};

describe('localWarningsFor', () => {
  it('names the operation when the array is absent, empty or not an array, or there is no body', () => {
    for (const body of [undefined, {}, { items: [] }, { items: 'x' }]) {
      expect(localWarningsFor(op, body), JSON.stringify(body)).toEqual(['createPaymentJob: the payment job has no items']);
    }
  });

  it('is silent for a non-empty array and for operations without local rules', () => {
    expect(localWarningsFor(op, { items: [{}] })).toEqual([]);
    expect(localWarningsFor(createPaymentJobOperation, {})).toEqual([]);
  });
});

describe('ClientCore', () => {
  async function send(options: { localWarnings?: boolean }): Promise<{ warnings: string[]; sent: string[] }> {
    const warnings: string[] = [];
    const sent: string[] = [];
    const logger = { debug: () => undefined, info: () => undefined, warn: (m: string) => warnings.push(m), error: () => undefined };
    const fetch = (async (_url: string | URL | Request, init?: RequestInit) => {
      sent.push(String(init?.body));
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    }) as typeof globalThis.fetch;
    const core = new ClientCore(PQ_API, {
      baseUrl: 'https://pq.invalid/api/v2',
      credentials: { accessToken: 'jwt' },
      fetch,
      logger,
      validation: 'off',
      ...options,
    });
    await core.request(op, { body: { items: [] } });
    return { warnings, sent };
  }

  it('warns about a job without items and still sends it, since the vendor accepts it', async () => {
    const { warnings, sent } = await send({});
    expect(warnings).toEqual(['createPaymentJob: the payment job has no items']);
    expect(sent).toEqual(['{"items":[]}']);
  });

  it('stays silent with localWarnings: false', async () => {
    const { warnings, sent } = await send({ localWarnings: false });
    expect(warnings).toEqual([]);
    expect(sent).toEqual(['{"items":[]}']);
  });
});

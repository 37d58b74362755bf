/** Hand-made exchanges and a classification context over the real specs, for unit tests of the drift checker. */
import { descriptorsOf } from '../../core/descriptors.js';
import type { ApiName, Exchange } from '../../core/types.js';
import type { ClassifyContext } from '../classify.js';
import { loadSpec } from '../spec-document.js';

/** A context for `api` with the repository's spec and generated descriptors. */
export async function contextFor(api: ApiName): Promise<ClassifyContext> {
  return { api, cassette: `contract-tests/cassettes/${api}/fixture.har`, spec: await loadSpec(api), descriptors: descriptorsOf(api) };
}

/** An exchange of `operationId` answering `status` with `body` (JSON unless a string is given). */
export function exchange(operationId: string, status: number, body: unknown, contentType = 'application/json; charset=utf-8'): Exchange {
  return {
    operationId,
    request: { method: 'GET', url: 'http://127.0.0.1/x', path: '/x', headers: {} },
    response: { status, headers: { 'content-type': contentType }, body: typeof body === 'string' ? body : JSON.stringify(body) },
  };
}

/** A valid PayQuicker portal job (PaymentJobResult), as the sandbox would answer it. */
export function portalJob(): Record<string, unknown> {
  return {
    token: 'jobs-2bbfc967-d12e-4647-a887-d905172fb4bc',
    portalId: 'tjvbh',
    filename: 'february-payouts.csv',
    created: '2026-02-07T22:23:09.9667010Z',
    count: 1,
    type: 'PAYMENTS',
    status: 'SUBMITTED',
    items: [
      {
        token: 'pmnt-37be18b6-301a-4a37-8723-ddf645abcdb7',
        amount: 25.5,
        currency: 'USD',
        programUserId: 'pdekt',
        purpose: 'EXPENSE',
        status: 'SCHEDULED',
      },
    ],
    links: [{ href: '/payquicker/api/v2/payments/jobs/jobs-2bbfc967-d12e-4647-a887-d905172fb4bc', params: { rel: 'self' } }],
    meta: { timezone: 'GMT', requestRef: '20260207T231757Z-r1' },
  };
}

/** A valid PayQuicker list page (PaymentJobListResult) holding `jobs` (list items carry no `meta`). */
export function jobList(jobs: readonly Record<string, unknown>[]): Record<string, unknown> {
  return {
    payload: jobs.map(({ meta: _meta, ...job }) => job),
    meta: { pageNo: '1', pageSize: '10', pageCount: '1', recordCount: String(jobs.length), timezone: 'GMT', requestRef: 'r-1' },
    links: [{ href: '/payquicker/api/v2/payments/jobs?page=1&pageSize=10', params: { rel: 'self' } }],
  };
}

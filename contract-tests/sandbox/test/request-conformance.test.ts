/**
 * The sandbox refuses a request that breaks the spec with 400 naming the part that breaks it (the
 * parameter or header, or the JSON pointer inside the body), on every endpoint, the token endpoints
 * included. Each bad request is first confirmed as breaking the spec by validate-request.ts, so the
 * table cannot drift into requests the spec allows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relativePath } from '../../core/capture-fetch.js';
import { descriptorsOf } from '../../core/descriptors.js';
import type { ApiName } from '../../core/types.js';
import { validateRequest } from '../../core/validate-request.js';
import { startSandbox, type Sandbox } from '../index.js';
import { abconnectToken, basic, call, passwordForm, payquickerToken, VERSION } from './helpers.js';

let sandbox: Sandbox;
let pqToken: string;
let abToken: string;
beforeAll(async () => {
  sandbox = await startSandbox({ seed: 5 });
  pqToken = await payquickerToken(sandbox);
  abToken = await abconnectToken(sandbox);
});
afterAll(() => sandbox.close());

/** One request that breaks the spec, and the text the sandbox's 400 must name. */
interface BadRequest {
  api: ApiName;
  operationId: string;
  method: string;
  /** Path relative to the API base. */
  path: string;
  headers: (auth: { pq: string; ab: string }) => Record<string, string>;
  body?: string;
  names: string;
}

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };
const JSON_TYPE = { 'Content-Type': 'application/json' };
const PQ_BASIC = basic('sandbox-client', 'sandbox-secret');
const JOB = 'jobs-2bbfc967-d12e-4647-a887-d905172fb4bc';

const BAD: BadRequest[] = [
  { api: 'payquicker', operationId: 'requestToken', method: 'POST', path: '/auth/connect/token', headers: () => ({ Authorization: PQ_BASIC, ...FORM }), body: 'grant_type=client_credentials', names: 'X-MyPayQuicker-Version' },
  { api: 'payquicker', operationId: 'requestToken', method: 'POST', path: '/auth/connect/token', headers: () => ({ Authorization: PQ_BASIC, 'X-MyPayQuicker-Version': VERSION, ...FORM }), body: 'scope=readonly', names: 'grant_type' },
  { api: 'payquicker', operationId: 'listPaymentJobs', method: 'GET', path: '/payments/jobs?page=1&pageSize=51', headers: (a) => ({ Authorization: `Bearer ${a.pq}`, 'X-MyPayQuicker-Version': VERSION }), names: 'pageSize' },
  { api: 'payquicker', operationId: 'createPaymentJob', method: 'POST', path: '/payments/jobs', headers: (a) => ({ Authorization: `Bearer ${a.pq}`, 'X-MyPayQuicker-Version': VERSION, ...JSON_TYPE }), body: JSON.stringify({ items: [{ amount: 'ten' }] }), names: '/items/0/amount' },
  { api: 'payquicker', operationId: 'retrievePaymentJob', method: 'GET', path: '/payments/jobs/jobs-1', headers: (a) => ({ Authorization: `Bearer ${a.pq}`, 'X-MyPayQuicker-Version': VERSION }), names: 'job-token' },
  { api: 'payquicker', operationId: 'cancelPaymentJob', method: 'DELETE', path: `/payments/jobs/${JOB}`, headers: (a) => ({ Authorization: `Bearer ${a.pq}` }), names: 'X-MyPayQuicker-Version' },
  { api: 'abconnect', operationId: 'requestIdentityToken', method: 'POST', path: '/connect/token', headers: () => FORM, body: passwordForm({ scope: 'openid' }).toString(), names: '/scope' },
  ...(
    [
      ['createAchPaymentSession', '/payment/ACHPaymentSession'],
      ['createAchCreditTransfer', '/payment/ACHCreditTransfer'],
      ['cancelJobAchVerification', '/payment/cancelJobACHVerification'],
    ] as const
  ).map(([operationId, path]): BadRequest => ({ api: 'abconnect', operationId, method: 'POST', path: `/api/job/2000000${path}`, headers: (a) => ({ Authorization: `Bearer ${a.ab}`, ...JSON_TYPE }), body: '{}', names: 'request body' })),
  { api: 'abconnect', operationId: 'getPayment', method: 'GET', path: '/api/job/2000000/payment?jobSubKey=a&jobSubKey=b', headers: (a) => ({ Authorization: `Bearer ${a.ab}` }), names: 'jobSubKey' },
  ...(
    [
      ['attachCustomerBank', '/payment/attachCustomerBank', '/bankTokenId'],
      ['verifyJobAchSource', '/payment/verifyJobACHSource', '/values'],
      ['payBySource', '/payment/bysource', '(root)'],
      ['addBankSource', '/payment/banksource', '/accountNumber'],
    ] as const
  ).map(([operationId, path, names]): BadRequest => ({
    api: 'abconnect', operationId, method: 'POST', path: `/api/job/2000000${path}`, headers: (a) => ({ Authorization: `Bearer ${a.ab}`, ...JSON_TYPE }),
    body: operationId === 'payBySource' ? '"abc"' : JSON.stringify({ bankTokenId: 7, values: 'none', accountNumber: 5 }), names,
  })),
];

describe('the sandbox refuses requests that break the spec', () => {
  it('covers every operation of both specs that a request can reach breaking the spec', () => {
    const covered = new Set(BAD.map((b) => `${b.api} ${b.operationId}`));
    // getPaymentCreate and listPaymentSources take only jobDisplayId, a string without constraints, and
    // no body; a GET cannot carry one through fetch, so no request reaching them breaks the spec.
    const unreachable = ['abconnect getPaymentCreate', 'abconnect listPaymentSources'];
    const every = [...(['payquicker', 'abconnect'] as const).flatMap((api) => Object.keys(descriptorsOf(api)).map((id) => `${api} ${id}`)), 'abconnect requestIdentityToken'];
    expect([...covered].sort()).toEqual(every.filter((op) => !unreachable.includes(op)).sort());
  });

  it.each(BAD.map((b) => [`${b.api} ${b.operationId} (${b.names})`, b] as const))('%s: 400 naming it', async (_label, bad) => {
    const base = bad.api === 'payquicker' ? sandbox.payquickerUrl : sandbox.abconnectUrl;
    const headers = bad.headers({ pq: pqToken, ab: abToken });
    const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    const verdict = validateRequest(bad.api, { method: bad.method, path: relativePath(`${base}${bad.path}`, base), headers: lower, ...(bad.body === undefined ? {} : { body: bad.body }) });
    expect(verdict.operationId).toBe(bad.operationId);
    expect(verdict.problems.length).toBeGreaterThan(0);
    const res = await call(`${base}${bad.path}`, { method: bad.method, headers, ...(bad.body === undefined ? {} : { body: bad.body }) });
    expect(res.status).toBe(400);
    expect(res.text).toContain(bad.names);
  });
});

/**
 * Bad input never crashes the sandbox or earns a 500: garbage bodies, wrong media types, huge
 * numbers, arrays for objects, deep nesting and bad query strings sent to every operation of both
 * APIs all get a 4xx. Also the 1 MiB body limit (413) and the job cap (oldest evicted).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateApiErrorResult } from '../../../generated/payquicker/index.gen.js';
import { validateServiceBaseResponse } from '../../../generated/abconnect/index.gen.js';
import { startSandbox, type Sandbox } from '../index.js';
import { MAX_JOBS } from '../payquicker/state.js';
import { abconnectToken, call, payquickerToken, pq, type Exchange } from './helpers.js';

const JOB = 'jobs-2bbfc967-d12e-4647-a887-d905172fb4bc';
const DEST = 'dest-631b200f-665d-4dbe-bd01-3063c9dec97d';

/** Bodies and media types no operation should accept. */
const GARBAGE: readonly [string, string][] = [
  ['application/json', '{bad json'],
  ['application/json', '[1, 2, 3]'],
  ['application/json', '{"items": [{"amount": 1e400, "destinationToken": "dest-631b200f-665d-4dbe-bd01-3063c9dec97d"}], "values": [1e400]}'],
  ['application/json', '99999999999999999999999999'],
  ['application/json', 'null'],
  ['application/json', '"text"'],
  ['application/json', `${'['.repeat(50_000)}${']'.repeat(50_000)}`],
  ['application/json', '{"__proto__": {"polluted": true}, "constructor": {"prototype": {}}}'],
  ['text/plain', 'hello'],
  ['application/xml', '<job/>'],
  ['application/x-www-form-urlencoded', 'grant_type=client_credentials&grant_type=password'],
];

function expectClientError(res: Exchange, what: string): void {
  expect(res.status, `${what} → ${res.status} ${res.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
  expect(res.status, what).toBeLessThan(500);
}

describe('robustness', () => {
  let sandbox: Sandbox;
  let pqToken: string;
  let abToken: string;
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 9 });
    pqToken = await payquickerToken(sandbox);
    abToken = await abconnectToken(sandbox);
  });
  afterAll(() => sandbox.close());

  it('answers garbage bodies with 4xx on every operation that reads or refuses a body', async () => {
    const pqHeaders = { Authorization: `Bearer ${pqToken}`, 'X-MyPayQuicker-Version': '2026.02.01' };
    const abHeaders = { Authorization: `Bearer ${abToken}` };
    const targets: [string, string, Record<string, string>][] = [
      ['POST', `${sandbox.payquickerUrl}/auth/connect/token`, { Authorization: `Basic ${btoa('sandbox-client:sandbox-secret')}`, 'X-MyPayQuicker-Version': '2026.02.01' }],
      ['POST', `${sandbox.payquickerUrl}/payments/jobs`, pqHeaders],
      ['DELETE', `${sandbox.payquickerUrl}/payments/jobs/${JOB}`, pqHeaders],
      ['POST', `${sandbox.abconnectUrl}/connect/token`, {}],
      ...['ACHPaymentSession', 'ACHCreditTransfer', 'attachCustomerBank', 'verifyJobACHSource', 'cancelJobACHVerification', 'bysource', 'banksource'].map(
        (op): [string, string, Record<string, string>] => ['POST', `${sandbox.abconnectUrl}/api/job/2000001/payment/${op}`, abHeaders],
      ),
    ];
    for (const [method, url, headers] of targets) {
      for (const [type, body] of GARBAGE) {
        if (url.endsWith('/token') && type === 'application/x-www-form-urlencoded' && !body.includes('grant_type=client_credentials&grant_type')) continue;
        // Unknown members only: a valid, empty PayQuicker job (every field optional, objects open); nothing may be polluted.
        if (url.endsWith('/payments/jobs') && body.startsWith('{"__proto__"')) {
          const res = await call(url, { method, headers: { ...headers, 'Content-Type': type }, body });
          expect(res.status, res.text).toBe(200);
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
          continue;
        }
        expectClientError(await call(url, { method, headers: { ...headers, 'Content-Type': type }, body }), `${method} ${url} ${type} ${body.slice(0, 40)}`);
      }
    }
  });

  it('answers garbage parameters with 4xx on the read operations', async () => {
    const queries = ['page=1e400&pageSize=5', 'page=99999999999999999999&pageSize=5', 'page=1&page=2&pageSize=5', 'page=-1&pageSize=5.5', 'page=%zz&pageSize=5', 'page=1&pageSize=5&language=xx'];
    for (const query of queries) expectClientError(await pq(sandbox, pqToken, 'GET', `/payments/jobs?${query}`), query);
    for (const path of ['/payments/jobs/%00', `/payments/jobs/${'j'.repeat(5000)}`, `/payments/jobs/${JOB}?language=klingon`]) {
      const res = await pq(sandbox, pqToken, 'GET', path);
      expectClientError(res, path);
      expect(validateApiErrorResult(res.body)).toEqual({ valid: true });
    }
    for (const path of ['/api/job/%zz/payment', '/api/job/2000001/payment?jobSubKey=a&jobSubKey=b', '/api/job/../payment/sources']) {
      expectClientError(await call(`${sandbox.abconnectUrl}${path}`, { headers: { Authorization: `Bearer ${abToken}` } }), path);
    }
  });

  it('refuses bodies over 1 MiB with 413 in each API\'s error shape', async () => {
    const big = JSON.stringify({ items: [{ destinationToken: DEST, note: 'x'.repeat(1024 * 1024) }] });
    // No body at all is a job without payments: the vendor marks the create body optional.
    const payquicker = await pq(sandbox, pqToken, 'POST', '/payments/jobs', undefined, { 'Content-Type': 'application/json' });
    expect(payquicker.status).toBe(200);
    const tooLarge = await call(`${sandbox.payquickerUrl}/payments/jobs`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${pqToken}`, 'X-MyPayQuicker-Version': '2026.02.01', 'Content-Type': 'application/json' },
      body: big,
    });
    expect(tooLarge.status).toBe(413);
    expect(validateApiErrorResult(tooLarge.body)).toEqual({ valid: true });
    const abconnect = await call(`${sandbox.abconnectUrl}/api/job/2000001/payment/banksource`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${abToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ friendlyName: 'x'.repeat(1024 * 1024) }),
    });
    expect(abconnect.status).toBe(413);
    expect(validateServiceBaseResponse(abconnect.body)).toEqual({ valid: true });
  });

  it('answers unknown paths with 404 in each API\'s error shape', async () => {
    const payquicker = await pq(sandbox, pqToken, 'GET', '/payments/unknown');
    expect(payquicker.status).toBe(404);
    expect(validateApiErrorResult(payquicker.body)).toEqual({ valid: true });
    const abconnect = await call(`${sandbox.abconnectUrl}/api/job/2000001/nothing`);
    expect(abconnect.status).toBe(404);
    expect(validateServiceBaseResponse(abconnect.body)).toEqual({ valid: true });
  });

  it(`keeps at most ${MAX_JOBS} jobs, evicting the oldest first`, async () => {
    const capped = await startSandbox({ seed: 1 });
    try {
      const token = await payquickerToken(capped);
      for (let i = 0; i < MAX_JOBS; i++) {
        const res = await pq(capped, token, 'POST', '/payments/jobs', { items: [{ destinationToken: DEST, clientPaymentId: `cap-${i}` }] });
        expect(res.status).toBe(200);
      }
      const list = await pq(capped, token, 'GET', '/payments/jobs?page=1&pageSize=1');
      expect((list.body as { meta: { recordCount: string } }).meta.recordCount).toBe(String(MAX_JOBS));
      expect((await pq(capped, token, 'GET', `/payments/jobs/${JOB}`)).status).toBe(404);
      // The evicted job's clientPaymentId is forgotten with it, so reusing it creates a new job.
      const reuse = await pq(capped, token, 'POST', '/payments/jobs', { items: [{ destinationToken: DEST, clientPaymentId: 'd4b6f130-1d1c-4ce2-903a-0c1ad128f55e' }] });
      expect((reuse.body as { token: string }).token).not.toBe(JOB);
    } finally {
      await capped.close();
    }
  });
});

import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientCore, REDACTED } from '../../runtime/index.js';
import { capture } from './support/capture.js';
import {
  AB_API,
  addBankSourceOperation,
  apiErrorResult,
  JOB_TOKEN,
  PQ_API,
  retrievePaymentJobOperation,
} from './support/fixtures.js';
import { PayQuickerClient } from './support/generated-client.js';
import { formOf, sendJson, tokenBody } from './support/http-server.js';
import { startScenario, TOKEN_PATH, type Scenario } from './support/scenario.js';

const CLIENT_SECRET = 'cs-Zq9-do-not-leak';
const PASSWORD = 'pw-Zq9-do-not-leak';
const AB_CLIENT_SECRET = 'ab-Zq9-do-not-leak';
const ACCOUNT_NUMBER = '000123456789';
const tokenValue = (n: number) => `at-Zq9-token-${n}`;
const refreshValue = (n: number) => `rt-Zq9-refresh-${n}`;
const SECRETS = [
  CLIENT_SECRET,
  PASSWORD,
  AB_CLIENT_SECRET,
  ...[1, 2, 3, 4, 5].flatMap((n) => [tokenValue(n), refreshValue(n)]),
];

let scenario: Scenario | undefined;

afterEach(async () => {
  await scenario?.close();
  scenario = undefined;
});

/** Every way an error can be shown to a person or a log pipeline. */
function renderings(value: unknown): string {
  const error = value as Error;
  return [
    String(value),
    error.message,
    error.stack,
    JSON.stringify(value),
    inspect(value, { depth: 10, showHidden: true }),
  ].join('\n');
}

function expectNoSecrets(text: string): void {
  for (const secret of SECRETS) expect(text, `leaked ${secret}`).not.toContain(secret);
}

describe('credentials and tokens never leak', () => {
  it('PayQuicker: across success, 401 replay, retry, drift, API errors and token endpoint errors', async () => {
    let apiCalls = 0;
    scenario = await startScenario({
      token: (req, res, n) => {
        const basic = Buffer.from((req.headers.authorization ?? '').slice('Basic '.length), 'base64').toString();
        if (basic.startsWith('client-two:'))
          return sendJson(res, 400, {
            error: 'invalid_client',
            error_description: `client secret ${CLIENT_SECRET} rejected`,
          });
        return sendJson(
          res,
          200,
          tokenBody(tokenValue(n), 3600, { refresh_token: refreshValue(n), scope: formOf(req)['scope'] }),
        );
      },
      api: (req, res) => {
        apiCalls++;
        const headers = { 'set-cookie': `session=${tokenValue(1)}`, 'x-echo-authorization': 'see below' };
        if (apiCalls === 2) return sendJson(res, 401, {}, headers);
        if (apiCalls === 4) return sendJson(res, 503, {}, { 'retry-after': '0' });
        if (apiCalls === 6)
          return sendJson(res, 200, { token: JOB_TOKEN, status: 'PENDING', access_token: req.headers.authorization });
        if (apiCalls === 7) return sendJson(res, 400, apiErrorResult({ requestRef: 'r-1' }), headers);
        return sendJson(res, 200, { token: JOB_TOKEN, status: 'PENDING' }, headers);
      },
    });
    const cap = capture();
    const client = new PayQuickerClient({
      baseUrl: scenario.baseUrl,
      credentials: { clientId: 'client-id', clientSecret: CLIENT_SECRET, scopes: ['readonly'] },
      logger: cap.logger,
      hooks: cap.hooks,
      retry: { baseDelayMs: 1 },
    });
    const errors: unknown[] = [];
    const call = () =>
      client.jobs.retrievePaymentJob({ jobToken: JOB_TOKEN }).catch((e: unknown) => void errors.push(e));
    for (let i = 0; i < 6; i++) await call(); // success, 401+replay, 503+retry, drift (echoed token in body)
    await call(); // 400 ApiError
    const second = new PayQuickerClient({
      baseUrl: scenario.baseUrl,
      credentials: { clientId: 'client-two', clientSecret: CLIENT_SECRET },
      logger: cap.logger,
      retry: false,
    });
    await second.jobs.retrievePaymentJob({ jobToken: JOB_TOKEN }).catch((e: unknown) => void errors.push(e)); // token endpoint refuses
    await scenario.close();
    await client.jobs
      .retrievePaymentJob({ jobToken: JOB_TOKEN }, { retry: false })
      .catch((e: unknown) => void errors.push(e)); // network error

    expect(errors.map((e) => (e as Error).name)).toEqual(['ApiErrorResultError', 'AuthError', 'NetworkError']);
    expect(cap.lines.some((l) => l.level === 'debug')).toBe(true);
    expect(cap.hookCalls.map((c) => c.hook)).toEqual(
      expect.arrayContaining(['beforeRequest', 'afterResponse', 'onRetry', 'onDrift']),
    );
    expectNoSecrets(cap.dump());
    for (const error of errors) expectNoSecrets(renderings(error));
    expectNoSecrets(renderings(client) + renderings(client.core) + inspect(client.jobs, { showHidden: true }));
    const before = cap.hookCalls.find((c) => c.hook === 'beforeRequest')?.payload as {
      headers: Record<string, string>;
    };
    expect(before.headers.authorization).toBe(REDACTED);
  });

  it('ABConnect: password grant secrets stay hidden and account numbers are masked in logs', async () => {
    scenario = await startScenario({
      token: (_req, res, n) => sendJson(res, 200, tokenBody(tokenValue(n), 3600, { refresh_token: refreshValue(n) })),
      api: (_req, res) => sendJson(res, 200, { success: false, errorMessage: `account ${ACCOUNT_NUMBER} exists` }),
    });
    const cap = capture();
    const core = new ClientCore(AB_API, {
      baseUrl: `${scenario.origin}/ab`,
      tokenUrl: `${scenario.origin}${TOKEN_PATH}`,
      credentials: {
        username: 'ops@example.com',
        password: PASSWORD,
        clientId: 'portal',
        clientSecret: AB_CLIENT_SECRET,
      },
      logger: cap.logger,
      hooks: cap.hooks,
    });
    const error = await core
      .request(addBankSourceOperation, {
        jobDisplayId: '2000000',
        body: { id: 1, bankName: 'First', accountNumber: ACCOUNT_NUMBER },
      })
      .catch((e: unknown) => e);
    expect((error as Error).name).toBe('FailureEnvelopeError');
    expectNoSecrets(cap.dump() + renderings(error) + renderings(core));
    const logged = JSON.stringify(cap.lines);
    expect(logged).toContain('****6789');
    expect(logged).not.toContain(ACCOUNT_NUMBER);
  });
});

describe('debug log of a request', () => {
  it('lists the headers sent with Authorization redacted, for every attempt, without hooks', async () => {
    scenario = await startScenario({
      api: (_req, res, n) => sendJson(res, n === 1 ? 503 : 200, { token: JOB_TOKEN, status: 'PENDING' }),
    });
    const cap = capture();
    const core = new ClientCore(PQ_API, {
      baseUrl: scenario.baseUrl,
      credentials: { accessToken: 'static-token-value' },
      logger: cap.logger,
      retry: { baseDelayMs: 1 },
    });
    await core.request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN });
    const sent = cap.lines.filter((l) => l.level === 'debug' && l.message.includes(' GET '));
    expect(sent.map((l) => l.fields?.['attempt'])).toEqual([0, 1]);
    for (const line of sent) {
      expect(line.fields?.['headers']).toMatchObject({ authorization: REDACTED, accept: 'application/json' });
    }
    expect(scenario.apiRequests().map((r) => r.headers['authorization'])).toEqual([
      'Bearer static-token-value',
      'Bearer static-token-value',
    ]);
    expect(cap.dump()).not.toContain('static-token-value');
  });
});

describe('hooks', () => {
  it('headers a beforeRequest hook adds apply to that attempt only', async () => {
    scenario = await startScenario({
      api: (_req, res, n) => sendJson(res, n === 1 ? 503 : 200, { token: JOB_TOKEN, status: 'PENDING' }),
    });
    let attempts = 0;
    const core = new ClientCore(PQ_API, {
      baseUrl: scenario.baseUrl,
      credentials: { accessToken: 'static-token-value' },
      retry: { baseDelayMs: 1 },
      hooks: { beforeRequest: () => (++attempts === 1 ? { 'X-First-Attempt': 'yes' } : undefined) },
    });
    await core.request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN });
    expect(scenario.apiRequests().map((r) => r.headers['x-first-attempt'])).toEqual(['yes', undefined]);
  });

  it('beforeRequest may add headers; afterResponse reports status and duration', async () => {
    scenario = await startScenario({
      api: (_req, res) => sendJson(res, 200, { token: JOB_TOKEN, status: 'PENDING' }, { 'x-request-id': 'q-1' }),
    });
    const cap = capture();
    const core = new ClientCore(PQ_API, {
      baseUrl: scenario.baseUrl,
      credentials: { accessToken: 'static-token-value' },
      logger: cap.logger,
      hooks: {
        ...cap.hooks,
        beforeRequest: (ctx) => ({ 'X-Trace': `trace-${ctx.operationId}` }),
        afterResponse: cap.hooks.afterResponse,
      },
    });
    await core.request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN });
    expect(scenario.apiRequests()[0]?.headers['x-trace']).toBe('trace-retrievePaymentJob');
    const after = cap.hookCalls.find((c) => c.hook === 'afterResponse')?.payload as {
      status: number;
      durationMs: number;
      headers: Record<string, string>;
    };
    expect(after.status).toBe(200);
    expect(after.durationMs).toBeGreaterThanOrEqual(0);
    expect(after.headers['x-request-id']).toBe('q-1');
  });
});

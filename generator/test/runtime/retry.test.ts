import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, ClientCore, NetworkError, type RetryContext } from '../../runtime/index.js';
import {
  backoffDelay,
  DEFAULT_RETRY,
  isRetrySafe,
  parseRetryAfter,
  resolveRetryPolicy,
  retryDelay,
} from '../../runtime/retry.js';
import {
  cancelPaymentJobOperation,
  createPaymentJobOperation,
  JOB_TOKEN,
  PQ_API,
  retrievePaymentJobOperation,
} from './support/fixtures.js';
import { sendJson } from './support/http-server.js';
import { startScenario, type Scenario } from './support/scenario.js';

const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
let scenario: Scenario | undefined;

afterEach(async () => {
  vi.useRealTimers();
  await scenario?.close();
  scenario = undefined;
});

describe('retry policy (pure)', () => {
  it('draws full-jitter backoff below min(maxDelayMs, baseDelayMs * 2 ** attempt)', () => {
    const policy = { maxRetries: 5, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffDelay(0, policy, () => 0.999)).toBe(99);
    expect(backoffDelay(2, policy, () => 0.5)).toBe(200);
    expect(backoffDelay(10, policy, () => 0.999)).toBe(999);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
  });

  it('parses Retry-After as delta seconds or HTTP date', () => {
    const now = Date.parse('2026-02-07T12:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Sat, 07 Feb 2026 12:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Sat, 07 Feb 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(retryDelay(0, DEFAULT_RETRY, '2')).toBe(2000);
    expect(retryDelay(0, DEFAULT_RETRY, '21')).toBeUndefined();
  });

  it('merges request over client options over defaults; false disables', () => {
    expect(resolveRetryPolicy(undefined, undefined)).toEqual({ maxRetries: 2, baseDelayMs: 500, maxDelayMs: 20_000 });
    expect(resolveRetryPolicy({ maxRetries: 4 }, { baseDelayMs: 1 })).toEqual({
      maxRetries: 4,
      baseDelayMs: 1,
      maxDelayMs: 20_000,
    });
    expect(resolveRetryPolicy(false, undefined).maxRetries).toBe(0);
    expect(resolveRetryPolicy({ maxRetries: 4 }, false).maxRetries).toBe(0);
  });

  it('treats a POST as safe only when every item carries a non-empty clientPaymentId', () => {
    const item = (clientPaymentId?: string) => ({
      amount: 1,
      ...(clientPaymentId === undefined ? {} : { clientPaymentId }),
    });
    expect(isRetrySafe(createPaymentJobOperation, { items: [item('a'), item('b')] })).toBe(true);
    expect(isRetrySafe(createPaymentJobOperation, { items: [item('a'), item()] })).toBe(false);
    expect(isRetrySafe(createPaymentJobOperation, { items: [item(' ')] })).toBe(false);
    expect(isRetrySafe(createPaymentJobOperation, { items: [] })).toBe(false);
    expect(isRetrySafe(createPaymentJobOperation, undefined)).toBe(false);
    expect(isRetrySafe(cancelPaymentJobOperation, undefined)).toBe(true);
  });
});

function client(s: Scenario, retries: RetryContext[], extra: object = {}): ClientCore {
  return new ClientCore(PQ_API, {
    baseUrl: s.baseUrl,
    credentials: { clientId: 'id', clientSecret: 'secret-value' },
    retry: { baseDelayMs: 10, maxDelayMs: 2000 },
    hooks: { onRetry: (ctx) => void retries.push(ctx) },
    logger: silent,
    ...extra,
  });
}

describe('retries against a real server', () => {
  // Fake timers (setTimeout only: the server and the sockets keep real I/O): the second attempt is
  // sent when the 1 s Retry-After has passed on the client's clock, not a millisecond earlier.
  it('waits for Retry-After: 1 after a 503, then succeeds', async () => {
    scenario = await startScenario({
      api: (_req, res, n) =>
        n === 1
          ? sendJson(res, 503, { message: 'busy' }, { 'retry-after': '1' })
          : sendJson(res, 200, { token: JOB_TOKEN, status: 'PENDING' }),
    });
    const retries: RetryContext[] = [];
    let retried!: () => void;
    const retryDecided = new Promise<void>((resolve) => (retried = resolve));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const sent: string[] = [];
    const core = client(scenario, retries, {
      hooks: { onRetry: (ctx: RetryContext) => void (retries.push(ctx), retried()) },
      // Counts attempts as the client makes them, before any I/O.
      fetch: (input: string | URL | Request, init?: RequestInit) => (sent.push(String(input)), fetch(input, init)),
    });
    const call = core.request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN });
    await retryDecided;
    await vi.advanceTimersByTimeAsync(999);
    expect(sent.filter((url) => url.includes(JOB_TOKEN))).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.filter((url) => url.includes(JOB_TOKEN))).toHaveLength(2);
    vi.useRealTimers();
    expect(await call).toEqual({ token: JOB_TOKEN, status: 'PENDING' });
    expect(retries).toEqual([{ operationId: 'retrievePaymentJob', attempt: 1, delayMs: 1000, reason: 'HTTP 503' }]);
    expect(scenario.apiRequests()).toHaveLength(2);
  });

  it('gives up after maxRetries and raises the last ApiError', async () => {
    scenario = await startScenario({ api: (_req, res) => sendJson(res, 502, { message: 'bad gateway' }) });
    const retries: RetryContext[] = [];
    const error = await client(scenario, retries)
      .request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN })
      .catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(502);
    expect(scenario.apiRequests()).toHaveLength(3);
    expect(retries.map((r) => r.attempt)).toEqual([1, 2]);
    expect(retries.every((r) => r.delayMs >= 0 && r.delayMs < 10 * 2 ** r.attempt)).toBe(true);
  });

  it('does not retry when Retry-After exceeds maxDelayMs', async () => {
    scenario = await startScenario({ api: (_req, res) => sendJson(res, 429, {}, { 'retry-after': '120' }) });
    const error = await client(scenario, [])
      .request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN })
      .catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(429);
    expect((error as ApiError).headers['retry-after']).toBe('120');
    expect(scenario.apiRequests()).toHaveLength(1);
  });

  it('never retries a POST without clientPaymentId, but retries one with it', async () => {
    scenario = await startScenario({
      api: (_req, res, n) =>
        n <= 2 ? sendJson(res, 503, {}) : sendJson(res, 200, { token: JOB_TOKEN, status: 'PENDING' }),
    });
    const retries: RetryContext[] = [];
    const core = client(scenario, retries);
    const unsafe = await core
      .request(createPaymentJobOperation, { body: { items: [{ amount: 5 }] } })
      .catch((e: unknown) => e);
    expect((unsafe as ApiError).status).toBe(503);
    expect(scenario.apiRequests()).toHaveLength(1);
    const safe = await core.request(createPaymentJobOperation, {
      body: { items: [{ amount: 5, clientPaymentId: 'pay-1' }] },
    });
    expect(safe).toEqual({ token: JOB_TOKEN, status: 'PENDING' });
    expect(scenario.apiRequests()).toHaveLength(3);
    expect(
      scenario
        .apiRequests()
        .map((r) => JSON.parse(r.body) as unknown)
        .slice(1),
    ).toEqual([
      { items: [{ amount: 5, clientPaymentId: 'pay-1' }] },
      { items: [{ amount: 5, clientPaymentId: 'pay-1' }] },
    ]);
  });

  it('retries network errors for idempotent operations only', async () => {
    scenario = await startScenario({
      api: (req, res, n) => {
        if (n === 1 || req.method === 'POST') res.socket?.destroy();
        else sendJson(res, 200, { token: JOB_TOKEN, status: 'CANCELLED' });
      },
    });
    const retries: RetryContext[] = [];
    const core = client(scenario, retries);
    expect(await core.request(cancelPaymentJobOperation, { jobToken: JOB_TOKEN })).toEqual({
      token: JOB_TOKEN,
      status: 'CANCELLED',
    });
    expect(retries[0]?.reason).toMatch(/^network error/);
    const postError = await core
      .request(createPaymentJobOperation, { body: { items: [{ amount: 1 }] } })
      .catch((e: unknown) => e);
    expect(postError).toBeInstanceOf(NetworkError);
    expect(scenario.apiRequests().filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('retries a transient token endpoint failure even for a POST (the API call was not sent yet)', async () => {
    scenario = await startScenario({
      token: (_req, res, n) =>
        n === 1 ? sendJson(res, 503, {}) : sendJson(res, 200, { access_token: 'ok-token', token_type: 'Bearer' }),
      api: (_req, res) => sendJson(res, 200, { token: JOB_TOKEN, status: 'PENDING' }),
    });
    const retries: RetryContext[] = [];
    await client(scenario, retries).request(createPaymentJobOperation, { body: { items: [{ amount: 1 }] } });
    expect(scenario.tokenRequests()).toHaveLength(2);
    expect(scenario.apiRequests()).toHaveLength(1);
    expect(retries[0]?.reason).toBe('token endpoint: HTTP 503');
  });

  it('honours retry: false per request', async () => {
    scenario = await startScenario({ api: (_req, res) => sendJson(res, 503, {}) });
    await client(scenario, [])
      .request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN }, { retry: false })
      .catch(() => undefined);
    expect(scenario.apiRequests()).toHaveLength(1);
  });
});

import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { AbortError, ClientCore, TimeoutError } from '../../runtime/index.js';
import { createPaymentJobOperation, JOB_TOKEN, PQ_API, retrievePaymentJobOperation } from './support/fixtures.js';
import { delay, sendJson } from './support/http-server.js';
import { startScenario, type Scenario } from './support/scenario.js';

const silent = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
let scenario: Scenario | undefined;

afterEach(async () => {
  await scenario?.close();
  scenario = undefined;
});

/** A server that never answers the API: only a timer or an abort can end a call to it. */
function silentServer(): Promise<Scenario> {
  return startScenario({ api: () => new Promise<void>(() => undefined) });
}

function slowServer(ms: number): Promise<Scenario> {
  return startScenario({
    api: async (_req, res) => {
      await delay(ms);
      if (!res.destroyed) sendJson(res, 200, { token: JOB_TOKEN, status: 'PENDING' });
    },
  });
}

function client(s: Scenario, extra: object = {}): ClientCore {
  return new ClientCore(PQ_API, {
    baseUrl: s.baseUrl,
    credentials: { accessToken: 'static' },
    retry: { maxRetries: 1, baseDelayMs: 10 },
    logger: silent,
    ...extra,
  });
}

describe('timeouts', () => {
  it('raises TimeoutError after timeoutMs and retries it for an idempotent operation', async () => {
    scenario = await silentServer();
    const error = await client(scenario, { timeoutMs: 100 })
      .request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(100);
    expect(scenario.apiRequests()).toHaveLength(2);
  });

  it('does not retry a timed-out POST that is not retry-safe', async () => {
    scenario = await silentServer();
    const error = await client(scenario, { timeoutMs: 100 })
      .request(createPaymentJobOperation, { body: { items: [{ amount: 1 }] } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(scenario.apiRequests()).toHaveLength(1);
  });

  it('lets a per-request timeoutMs override the client one', async () => {
    scenario = await slowServer(300);
    const core = client(scenario, { timeoutMs: 50 });
    expect(await core.request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN }, { timeoutMs: 30_000 })).toEqual({
      token: JOB_TOKEN,
      status: 'PENDING',
    });
  });
});

/** The `signal` of every request init the client hands to fetch. */
function recordingFetch(signals: unknown[]): typeof fetch {
  return (input, init) => {
    signals.push(init?.signal);
    return fetch(input, init);
  };
}

describe('timeoutMs: 0', () => {
  it('arms no timer and hands fetch no signal: a slow answer still arrives', async () => {
    scenario = await slowServer(150);
    const signals: unknown[] = [];
    const core = client(scenario, { timeoutMs: 0, fetch: recordingFetch(signals) });
    expect(await core.request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN })).toEqual({ token: JOB_TOKEN, status: 'PENDING' });
    expect(signals).toEqual([undefined]);
  });

  it('hands fetch the caller’s signal as it is, which still aborts the call', async () => {
    scenario = await silentServer();
    const signals: unknown[] = [];
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await client(scenario, { timeoutMs: 0, fetch: recordingFetch(signals) })
      .request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN }, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(signals).toEqual([controller.signal]);
  });
});

describe('caller abort', () => {
  it('raises AbortError and never retries', async () => {
    const controller = new AbortController();
    // The server aborts the call once the request has arrived, and never answers it.
    scenario = await startScenario({ api: () => (controller.abort(), new Promise<void>(() => undefined)) });
    const retries: unknown[] = [];
    const error = await client(scenario, { hooks: { onRetry: (ctx: unknown) => void retries.push(ctx) } })
      .request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN }, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(retries).toEqual([]);
    expect(scenario.apiRequests()).toHaveLength(1);
  });

  // The server asks for an hour's wait: only a sleep cut short by the abort ends the call within
  // the test's timeout. The abort comes once the sleep has started (after the onRetry hook).
  it('cuts a pending backoff sleep short', async () => {
    scenario = await startScenario({
      api: (_req, res) => sendJson(res, 503, {}, { 'retry-after': '3600' }),
    });
    const controller = new AbortController();
    const core = client(scenario, {
      retry: { maxRetries: 3, maxDelayMs: 3_600_000 },
      hooks: { onRetry: () => void setImmediate(() => controller.abort()) },
    });
    const error = await core
      .request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN }, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(scenario.apiRequests()).toHaveLength(1);
  });

  it('stops following the caller signal once the call is over', async () => {
    scenario = await slowServer(0);
    const controller = new AbortController();
    const core = client(scenario);
    for (let i = 0; i < 3; i++) {
      await core.request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN }, { signal: controller.signal });
    }
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    controller.abort();
    expect(scenario.apiRequests()).toHaveLength(3);
  });

  it('sends nothing when the signal is already aborted', async () => {
    scenario = await slowServer(0);
    const error = await client(scenario)
      .request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN }, { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(scenario.requests).toHaveLength(0);
  });
});

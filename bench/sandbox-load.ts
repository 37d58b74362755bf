/**
 * Benchmark 6, sandbox load test (issue 5): 10,000 requests from 50 concurrent clients against
 * `startSandbox()` on loopback: `listPaymentJobs` and `retrievePaymentJob` alternately, with
 * bearer tokens from a small shared pool, each fetched once and reused until shortly before its
 * `expires_in` runs out, as a real client caches its token (the sandbox keeps at most
 * `MAX_TOKENS` tokens and evicts the oldest, so a client that requested a token every few calls
 * would lose tokens it still holds). Token requests count as requests. Reports requests/s, latency
 * percentiles, the status classes seen (the target is zero 5xx, zero 401 and no transport
 * errors), the tokens issued, and the process RSS before and after, each read after a full GC.
 * Load generator and sandbox share this process, so requests/s is a floor. Bounded by count and
 * by a deadline.
 *
 * Run alone: `npx tsx bench/sandbox-load.ts [--quick]`.
 */
import { performance } from 'node:perf_hooks';
import { startSandbox } from '../contract-tests/sandbox/index.js';
import { collectGarbage } from './lib/gc.js';
import { runIfMain, type BenchOptions } from './lib/standalone.js';
import { fixed, grouped, kibToMib, summarize } from './lib/stats.js';
import { atMost, type Section } from './report.js';

const CONCURRENCY = 50;
const DEADLINE_MS = 120_000;
const API_VERSION = '2026.02.01';
const JOB_TOKEN = 'jobs-2bbfc967-d12e-4647-a887-d905172fb4bc';
const BASIC = `Basic ${Buffer.from('sandbox-client:sandbox-secret').toString('base64')}`;

/** Tokens shared by the 50 clients; virtual client `i` uses slot `i % TOKEN_POOL_SIZE`. */
const TOKEN_POOL_SIZE = 5;
/** A cached token is replaced this long before its `expires_in` runs out (at most half its lifetime), in milliseconds. */
const REFRESH_MARGIN_MS = 30_000;

interface Tally {
  readonly statuses: Map<number, number>;
  readonly latenciesMs: number[];
  transportErrors: number;
  firstTransportError: string | undefined;
  tokensIssued: number;
}

/** Sends one request and records its status and latency; returns the body text, or undefined after a transport error. */
async function timed(tally: Tally, send: () => Promise<Response>): Promise<{ status: number; body: string } | undefined> {
  const started = performance.now();
  try {
    const res = await send();
    const body = await res.text();
    tally.statuses.set(res.status, (tally.statuses.get(res.status) ?? 0) + 1);
    return { status: res.status, body };
  } catch (error) {
    tally.transportErrors++;
    tally.firstTransportError ??= error instanceof Error ? error.message : String(error);
    return undefined;
  } finally {
    tally.latenciesMs.push(performance.now() - started);
  }
}

interface PooledToken {
  readonly token: string;
  /** performance.now() after which the token is replaced. */
  readonly refreshAtMs: number;
}

/**
 * A small pool of bearer tokens, each requested on first use and reused until shortly before it
 * expires; concurrent users of an empty slot share one token request. Every token request takes
 * one request number, so the total stays bounded.
 */
class TokenPool {
  readonly #slots: (Promise<PooledToken | undefined> | undefined)[] = Array.from({ length: TOKEN_POOL_SIZE }, () => undefined);
  readonly #base: string;
  readonly #tally: Tally;

  constructor(base: string, tally: Tally) {
    this.#base = base;
    this.#tally = tally;
  }

  /**
   * The token of `slot`. An empty or due slot gets a new token, which takes a request number from
   * `take`; undefined when none is left (or the token request failed).
   */
  async get(slot: number, take: () => number | undefined): Promise<string | undefined> {
    const pending = this.#slots[slot];
    const cached = pending === undefined ? undefined : await pending;
    if (cached !== undefined && performance.now() < cached.refreshAtMs) return cached.token;
    // Another client may have started the replacement while this one waited.
    if (this.#slots[slot] !== pending) return this.get(slot, take);
    if (take() === undefined) return undefined;
    const fetching = this.#request();
    this.#slots[slot] = fetching;
    return (await fetching)?.token;
  }

  async #request(): Promise<PooledToken | undefined> {
    const requested = performance.now();
    const res = await timed(this.#tally, () => fetch(`${this.#base}/auth/connect/token`, {
      method: 'POST',
      headers: { Authorization: BASIC, 'Content-Type': 'application/x-www-form-urlencoded', 'X-MyPayQuicker-Version': API_VERSION },
      body: 'grant_type=client_credentials&scope=readonly',
    }));
    if (res?.status !== 200) return undefined;
    this.#tally.tokensIssued++;
    const body = JSON.parse(res.body) as { access_token: string; expires_in: number };
    const lifetimeMs = body.expires_in * 1000;
    return { token: body.access_token, refreshAtMs: requested + Math.max(lifetimeMs / 2, lifetimeMs - REFRESH_MARGIN_MS) };
  }
}

/** One virtual client: takes request numbers from the shared counter until `total` or the deadline, list and retrieve alternately. */
async function virtualClient(index: number, base: string, pool: TokenPool, next: () => number | undefined, tally: Tally): Promise<void> {
  for (;;) {
    const bearer = await pool.get(index % TOKEN_POOL_SIZE, next);
    const n = next();
    if (n === undefined) return;
    const headers = { Authorization: `Bearer ${bearer ?? ''}`, 'X-MyPayQuicker-Version': API_VERSION };
    await timed(tally, () => fetch(n % 2 === 0 ? `${base}/payments/jobs?page=1&pageSize=20` : `${base}/payments/jobs/${JOB_TOKEN}`, { headers }));
  }
}

function rssKib(): number {
  collectGarbage();
  return process.memoryUsage().rss / 1024;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Runs benchmark 6 and returns its section. */
export async function runSandboxLoad(options: BenchOptions): Promise<Section> {
  const started = performance.now();
  const total = options.quick ? 2_000 : 10_000;
  const sandbox = await startSandbox();
  const before = rssKib();
  const tally: Tally = { statuses: new Map(), latenciesMs: [], transportErrors: 0, firstTransportError: undefined, tokensIssued: 0 };
  let issued = 0;
  const loadStarted = performance.now();
  const next = () => (issued < total && performance.now() - loadStarted < DEADLINE_MS ? issued++ : undefined);
  const pool = new TokenPool(sandbox.payquickerUrl, tally);
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => virtualClient(i, sandbox.payquickerUrl, pool, next, tally)));
  const loadMs = performance.now() - loadStarted;
  const after = rssKib();
  await sandbox.close();
  const sorted = [...tally.latenciesMs].sort((a, b) => a - b);
  const done = sorted.length;
  const fiveXx = [...tally.statuses].reduce((sum, [status, n]) => sum + (status >= 500 ? n : 0), 0);
  const unauthorized = tally.statuses.get(401) ?? 0;
  const statusText = [...tally.statuses].sort(([a], [b]) => a - b).map(([k, v]) => `${k}: ${v}`).join(', ');
  const lat = summarize(sorted);
  return {
    id: 'sandbox-load',
    title: '6. Sandbox load test: 50 concurrent clients on loopback',
    tables: [{
      columns: ['requests', 'concurrency', 'seconds', 'requests/s', 'latency p50 / p99 / max ms', 'statuses', 'tokens issued', 'transport errors', 'RSS before → after MiB (after GC)'],
      rows: [[grouped(done), String(CONCURRENCY), fixed(loadMs / 1000), grouped(done / (loadMs / 1000)),
        `${fixed(percentile(sorted, 50))} / ${fixed(percentile(sorted, 99))} / ${fixed(lat.max)}`, statusText, String(tally.tokensIssued),
        tally.transportErrors === 0 ? '0' : `${tally.transportErrors} (${tally.firstTransportError})`, `${kibToMib(before)} → ${kibToMib(after)}`]],
    }],
    targets: [
      atMost('5xx responses (count)', fiveXx, 0, 0),
      atMost('401 responses (count)', unauthorized, 0, 0),
      atMost('transport errors (count)', tally.transportErrors, 0, 0),
    ],
    notes: [
      `Mix: GET /payments/jobs?page=1&pageSize=20 and GET /payments/jobs/${JOB_TOKEN} alternately; the ${CONCURRENCY} clients share ${TOKEN_POOL_SIZE} bearer tokens (POST /auth/connect/token), each requested once and reused until ${REFRESH_MARGIN_MS / 1000} s before its expires_in, as a client caches its token; the token requests are counted among the requests.`,
      `Bounded: ${grouped(total)} requests or ${DEADLINE_MS / 1000} s, whichever comes first. Load generator and sandbox share one Node process, so requests/s is a lower bound for the sandbox alone.`,
    ],
    data: { total, done, concurrency: CONCURRENCY, loadMs, statuses: Object.fromEntries(tally.statuses), tokensIssued: tally.tokensIssued, transportErrors: tally.transportErrors, rssBeforeKib: before, rssAfterKib: after, latencyMs: { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: lat.max } },
    elapsedMs: performance.now() - started,
  };
}

runIfMain(import.meta.url, runSandboxLoad);

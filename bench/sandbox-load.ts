/**
 * Benchmark 6, sandbox load test (issue 5): 10,000 requests from 50 concurrent clients against
 * `startSandbox()` on loopback, a mix of token requests, `listPaymentJobs` and
 * `retrievePaymentJob`. Reports requests/s, latency percentiles, the status classes seen (the
 * target is zero 5xx and no transport errors) and the process RSS before and after, each read
 * after a full GC. Load generator and sandbox share this process, so requests/s is a floor.
 * Bounded by count and by a deadline.
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

type Kind = 'token' | 'list' | 'retrieve';

/** Every 10th request is a token request, the rest alternate between list and retrieve. */
function kindOf(n: number): Kind {
  if (n % 10 === 0) return 'token';
  return n % 2 === 0 ? 'list' : 'retrieve';
}

interface Tally {
  readonly statuses: Map<number, number>;
  readonly latenciesMs: number[];
  transportErrors: number;
  firstTransportError: string | undefined;
}

async function requestToken(base: string): Promise<Response> {
  return fetch(`${base}/auth/connect/token`, {
    method: 'POST',
    headers: { Authorization: BASIC, 'Content-Type': 'application/x-www-form-urlencoded', 'X-MyPayQuicker-Version': API_VERSION },
    body: 'grant_type=client_credentials&scope=readonly',
  });
}

/** One virtual client: takes request numbers from the shared counter until `total` or the deadline. */
async function virtualClient(base: string, next: () => number | undefined, tally: Tally): Promise<void> {
  let bearer = '';
  for (let n = next(); n !== undefined; n = next()) {
    const kind = bearer === '' ? 'token' : kindOf(n);
    const started = performance.now();
    try {
      const headers = { Authorization: `Bearer ${bearer}`, 'X-MyPayQuicker-Version': API_VERSION };
      const res = kind === 'token' ? await requestToken(base)
        : await fetch(kind === 'list' ? `${base}/payments/jobs?page=1&pageSize=20` : `${base}/payments/jobs/${JOB_TOKEN}`, { headers });
      const body = await res.text();
      if (kind === 'token' && res.status === 200) bearer = (JSON.parse(body) as { access_token: string }).access_token;
      tally.statuses.set(res.status, (tally.statuses.get(res.status) ?? 0) + 1);
    } catch (error) {
      tally.transportErrors++;
      tally.firstTransportError ??= error instanceof Error ? error.message : String(error);
    }
    tally.latenciesMs.push(performance.now() - started);
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
  const tally: Tally = { statuses: new Map(), latenciesMs: [], transportErrors: 0, firstTransportError: undefined };
  let issued = 0;
  const loadStarted = performance.now();
  const next = () => (issued < total && performance.now() - loadStarted < DEADLINE_MS ? issued++ : undefined);
  await Promise.all(Array.from({ length: CONCURRENCY }, () => virtualClient(sandbox.payquickerUrl, next, tally)));
  const loadMs = performance.now() - loadStarted;
  const after = rssKib();
  await sandbox.close();
  const sorted = [...tally.latenciesMs].sort((a, b) => a - b);
  const done = sorted.length;
  const fiveXx = [...tally.statuses].reduce((sum, [status, n]) => sum + (status >= 500 ? n : 0), 0);
  const statusText = [...tally.statuses].sort(([a], [b]) => a - b).map(([k, v]) => `${k}: ${v}`).join(', ');
  const lat = summarize(sorted);
  return {
    id: 'sandbox-load',
    title: '6. Sandbox load test: 50 concurrent clients on loopback',
    tables: [{
      columns: ['requests', 'concurrency', 'seconds', 'requests/s', 'latency p50 / p99 / max ms', 'statuses', 'transport errors', 'RSS before → after MiB (after GC)'],
      rows: [[grouped(done), String(CONCURRENCY), fixed(loadMs / 1000), grouped(done / (loadMs / 1000)),
        `${fixed(percentile(sorted, 50))} / ${fixed(percentile(sorted, 99))} / ${fixed(lat.max)}`, statusText,
        tally.transportErrors === 0 ? '0' : `${tally.transportErrors} (${tally.firstTransportError})`, `${kibToMib(before)} → ${kibToMib(after)}`]],
    }],
    targets: [
      atMost('5xx responses (count)', fiveXx, 0, 0),
      atMost('transport errors (count)', tally.transportErrors, 0, 0),
    ],
    notes: [
      `Mix: each client first gets a token, then every 10th request is a token request (POST /auth/connect/token) and the rest alternate between GET /payments/jobs?page=1&pageSize=20 and GET /payments/jobs/${JOB_TOKEN}.`,
      `Bounded: ${grouped(total)} requests or ${DEADLINE_MS / 1000} s, whichever comes first. Load generator and sandbox share one Node process, so requests/s is a lower bound for the sandbox alone.`,
    ],
    data: { total, done, concurrency: CONCURRENCY, loadMs, statuses: Object.fromEntries(tally.statuses), transportErrors: tally.transportErrors, rssBeforeKib: before, rssAfterKib: after, latencyMs: { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: lat.max } },
    elapsedMs: performance.now() - started,
  };
}

runIfMain(import.meta.url, runSandboxLoad);

/**
 * The callers benchmark 3 compares, and one measurement of one caller in a process of its own:
 * `node --import tsx bench/lib/client-callers.ts <caller> <fixed|sandbox> <calls>` starts the
 * server, fetches a token once, warms the caller up, makes `calls` sequential calls and prints
 * `{"microsPerCall": …, "warnings": …}` (µs per call; warnings the client logged). One process per
 * measurement keeps one caller's garbage, finalizers and JIT state out of another's time.
 *
 * - `ours`: the generated `PayQuickerClient.jobs.retrievePaymentJob` (validation `warn`, retries
 *   off, token fetched once and cached, the default 60 s timeout per attempt);
 * - `oursOff`: the same client with `validation: 'off'` and `timeoutMs: 0` (no signal);
 * - `openapiFetch`: openapi-fetch 0.17's `GET` of the same operation with the same headers and an
 *   `AbortSignal.timeout` of the same 60 s per call, no validation (the peer of issue 14's Decided
 *   section);
 * - `bare`: `fetch` + `response.json()` of the same URL with the same headers;
 * - `bareTimeout`: the same bare fetch with the cancellation the client arms per attempt: an
 *   `AbortController` whose signal goes to `fetch` and a timer that would abort it.
 */
import { performance } from 'node:perf_hooks';
import createClient from 'openapi-fetch';
import { startSandbox } from '../../contract-tests/sandbox/index.js';
import { PayQuickerClient, type Logger } from '../../generated/payquicker/index.gen.js';
import type { paths } from '../../generated/payquicker/types.gen.js';
import { startFixedServer } from './fixed-server.js';
import { printJsonIfMain } from './standalone.js';

/** The callers, in the order they are listed. */
export const CALLERS = ['ours', 'oursOff', 'openapiFetch', 'bare', 'bareTimeout'] as const;
export type Caller = (typeof CALLERS)[number];
/** Where the calls go: the fixed loopback server (headline) or the embedded sandbox. */
export type ServerKind = 'fixed' | 'sandbox';

/** The client's default per-attempt timeout, in milliseconds (never reached here). */
export const TIMEOUT_MS = 60_000;

/** What one measurement prints. */
export interface CallerRun {
  /** Microseconds per call over the measured calls (warm-up excluded). */
  readonly microsPerCall: number;
  /** Drift warnings and errors the client logged (0 for the bare callers). */
  readonly warnings: number;
}

const JOB_TOKEN = 'jobs-2bbfc967-d12e-4647-a887-d905172fb4bc';
const API_VERSION = '2026.02.01';
const CREDENTIALS = { clientId: 'sandbox-client', clientSecret: 'sandbox-secret' };

function countingLogger(): Logger & { count: number } {
  const logger = { count: 0, debug: () => {}, info: () => {}, warn: () => void logger.count++, error: () => void logger.count++ };
  return logger;
}

async function fetchToken(baseUrl: string): Promise<string> {
  const basic = Buffer.from(`${CREDENTIALS.clientId}:${CREDENTIALS.clientSecret}`).toString('base64');
  const res = await fetch(`${baseUrl}/auth/connect/token`, {
    method: 'POST',
    headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded', 'X-MyPayQuicker-Version': API_VERSION },
    body: 'grant_type=client_credentials&scope=readonly',
  });
  if (res.status !== 200) throw new Error(`token request to ${baseUrl} answered ${res.status}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** One call of `caller` against `baseUrl`, and the count of warnings it logged so far. */
async function callerFor(caller: Caller, baseUrl: string): Promise<{ call: () => Promise<unknown>; warnings: () => number }> {
  if (caller === 'ours' || caller === 'oursOff') {
    const logger = countingLogger();
    const mode = caller === 'ours' ? ({ validation: 'warn' } as const) : ({ validation: 'off', timeoutMs: 0 } as const);
    const client = new PayQuickerClient({ baseUrl, credentials: CREDENTIALS, retry: false, logger, ...mode });
    return { call: () => client.jobs.retrievePaymentJob({ jobToken: JOB_TOKEN }), warnings: () => logger.count };
  }
  const url = `${baseUrl}/payments/jobs/${JOB_TOKEN}`;
  const headers = { Authorization: `Bearer ${await fetchToken(baseUrl)}`, 'X-MyPayQuicker-Version': API_VERSION, Accept: 'application/json' };
  if (caller === 'openapiFetch') {
    const client = createClient<paths>({ baseUrl, headers });
    const path = { 'job-token': JOB_TOKEN };
    const header = { 'X-MyPayQuicker-Version': API_VERSION };
    return {
      call: async () => {
        const { data, response } = await client.GET('/payments/jobs/{job-token}', { params: { path, header }, signal: AbortSignal.timeout(TIMEOUT_MS) });
        if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
        return data;
      },
      warnings: () => 0,
    };
  }
  const bare = async (init: RequestInit): Promise<unknown> => {
    const res = await fetch(url, init);
    if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`);
    return res.json();
  };
  if (caller === 'bare') return { call: () => bare({ headers }), warnings: () => 0 };
  return {
    call: async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
      try {
        return await bare({ headers, signal: controller.signal });
      } finally {
        clearTimeout(timer);
      }
    },
    warnings: () => 0,
  };
}

/** Starts the server, warms `caller` up (a fifth of `calls`, at most 2,000) and measures `calls` calls. */
export async function measureCaller(caller: Caller, kind: ServerKind, calls: number): Promise<CallerRun> {
  const server = kind === 'fixed' ? await startFixedServer() : await startSandbox();
  try {
    const baseUrl = 'baseUrl' in server ? server.baseUrl : server.payquickerUrl;
    const { call, warnings } = await callerFor(caller, baseUrl);
    const warmUp = Math.min(2_000, Math.ceil(calls / 5));
    for (let i = 0; i < warmUp; i++) await call();
    const started = performance.now();
    for (let i = 0; i < calls; i++) await call();
    return { microsPerCall: ((performance.now() - started) * 1000) / calls, warnings: warnings() };
  } finally {
    await server.close();
  }
}

function parseArgs(args: readonly string[]): { caller: Caller; kind: ServerKind; calls: number } {
  const [caller, kind, calls] = args;
  if (!CALLERS.includes(caller as Caller)) throw new Error(`client-callers: caller must be one of ${CALLERS.join(', ')}, got ${caller}`);
  if (kind !== 'fixed' && kind !== 'sandbox') throw new Error(`client-callers: server must be fixed or sandbox, got ${kind}`);
  const count = Number(calls);
  if (!Number.isInteger(count) || count <= 0) throw new Error(`client-callers: calls must be a positive integer, got ${calls}`);
  return { caller: caller as Caller, kind, calls: count };
}

printJsonIfMain(import.meta.url, () => {
  const { caller, kind, calls } = parseArgs(process.argv.slice(2));
  return measureCaller(caller, kind, calls);
});

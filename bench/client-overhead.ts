/**
 * Benchmark 3, client overhead: sequential `retrievePaymentJob` calls through the generated
 * `PayQuickerClient` (validation `warn`, retries off, token fetched once and cached) against bare
 * `fetch` + `response.json()` of the same URL with the same headers and a token fetched once.
 * Headline: a fixed loopback server (lib/fixed-server.ts) that does no work, so the difference is
 * the client's own cost (URL and header building, response validation, timeout signal). Also run
 * against the embedded sandbox (startSandbox) with fewer calls, where the server's work dilutes it.
 *
 * Run alone: `npx tsx bench/client-overhead.ts [--quick]`.
 */
import { performance } from 'node:perf_hooks';
import { startSandbox } from '../contract-tests/sandbox/index.js';
import { PayQuickerClient, type Logger } from '../generated/payquicker/index.gen.js';
import { startFixedServer } from './lib/fixed-server.js';
import { runIfMain, type BenchOptions } from './lib/standalone.js';
import { fixed, summarize, type Summary } from './lib/stats.js';
import { ourVersion } from './lib/versions.js';
import { atMost, type Section, type Table } from './report.js';

const JOB_TOKEN = 'jobs-2bbfc967-d12e-4647-a887-d905172fb4bc';
const API_VERSION = '2026.02.01';
const CREDENTIALS = { clientId: 'sandbox-client', clientSecret: 'sandbox-secret' };
const ROUNDS = 5;

/** The two ways to make one call, against one server. */
interface Contest {
  readonly ours: () => Promise<unknown>;
  readonly bare: () => Promise<unknown>;
  readonly warnings: () => number;
}

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

async function contest(baseUrl: string): Promise<Contest> {
  const logger = countingLogger();
  const client = new PayQuickerClient({ baseUrl, credentials: CREDENTIALS, validation: 'warn', retry: false, logger });
  const url = `${baseUrl}/payments/jobs/${JOB_TOKEN}`;
  const headers = { Authorization: `Bearer ${await fetchToken(baseUrl)}`, 'X-MyPayQuicker-Version': API_VERSION, Accept: 'application/json' };
  return {
    ours: () => client.jobs.retrievePaymentJob({ jobToken: JOB_TOKEN }),
    bare: async () => {
      const res = await fetch(url, { headers });
      if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`);
      return res.json();
    },
    warnings: () => logger.count,
  };
}

/** Microseconds per call of `count` sequential calls. */
async function microsPerCall(call: () => Promise<unknown>, count: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < count; i++) await call();
  return ((performance.now() - started) * 1000) / count;
}

/** `total` calls of each, after a warm-up, in `ROUNDS` alternating rounds. */
async function measure(c: Contest, total: number): Promise<{ ours: Summary; bare: Summary }> {
  await microsPerCall(c.ours, Math.min(500, total / 10));
  await microsPerCall(c.bare, Math.min(500, total / 10));
  const ours: number[] = [];
  const bare: number[] = [];
  const perRound = Math.ceil(total / ROUNDS);
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      ours.push(await microsPerCall(c.ours, perRound));
      bare.push(await microsPerCall(c.bare, perRound));
    } else {
      bare.push(await microsPerCall(c.bare, perRound));
      ours.push(await microsPerCall(c.ours, perRound));
    }
  }
  return { ours: summarize(ours), bare: summarize(bare) };
}

function table(caption: string, r: { ours: Summary; bare: Summary }, calls: number, warnings: number): Table {
  const row = (tool: string, version: string, s: Summary) => [tool, version, String(calls), fixed(s.median, 1), `${fixed(s.min, 1)}–${fixed(s.max, 1)}`, fixed(r.ours.median / s.median)];
  return {
    caption: `${caption} (drift warnings from the client: ${warnings})`,
    columns: ['caller', 'version', 'calls', 'µs/call (median round)', 'min–max', 'ours ÷ caller (time)'],
    rows: [row('PayQuickerClient.jobs.retrievePaymentJob', ourVersion(), r.ours), row(`bare fetch + json() (Node ${process.version})`, process.version, r.bare)],
  };
}

/** Runs benchmark 3 and returns its section. */
export async function runClientOverhead(options: BenchOptions): Promise<Section> {
  const started = performance.now();
  const fixedCalls = options.quick ? 1_000 : 10_000;
  const sandboxCalls = options.quick ? 300 : 2_000;
  const server = await startFixedServer();
  const onFixed = await contest(server.baseUrl);
  const fixedResult = await measure(onFixed, fixedCalls).finally(() => server.close());
  const sandbox = await startSandbox();
  const onSandbox = await contest(sandbox.payquickerUrl);
  const sandboxResult = await measure(onSandbox, sandboxCalls).finally(() => sandbox.close());
  return {
    id: 'client-overhead',
    title: '3. Client overhead: retrievePaymentJob vs bare fetch, loopback',
    tables: [
      table('**Fixed loopback server (headline)**', fixedResult, fixedCalls, onFixed.warnings()),
      table('**Embedded sandbox (startSandbox)**', sandboxResult, sandboxCalls, onSandbox.warnings()),
    ],
    targets: [atMost('fixed server: ours ÷ bare fetch (time per call)', fixedResult.ours.median / fixedResult.bare.median, 1.1)],
    notes: [
      `Sequential calls, ${ROUNDS} alternating rounds after a warm-up; µs per call of each round, median reported.`,
      'Both callers send Authorization (token fetched once), X-MyPayQuicker-Version and Accept: application/json over keep-alive fetch; the client also validates every response (validation: warn), builds the URL from the operation and arms a timeout.',
      `The sandbox run makes ${sandboxCalls} calls per caller to stay within the time budget; each retrieve advances the job status there, which the spec allows.`,
    ],
    data: { fixedCalls, sandboxCalls, fixed: fixedResult, sandbox: sandboxResult },
    elapsedMs: performance.now() - started,
  };
}

runIfMain(import.meta.url, runClientOverhead);

/**
 * Benchmark 3, client overhead: sequential `retrievePaymentJob` calls through the generated
 * `PayQuickerClient` (validation `warn`, retries off, token fetched once and cached; and again with
 * `validation: 'off'` and `timeoutMs: 0`) against openapi-fetch 0.17 doing the bare call with the
 * same `AbortSignal.timeout` (issue 14's Decided section: ours with validation and timeout on must
 * cost no more per call), against bare `fetch` + `response.json()` of the same URL with the same
 * headers (ours with validation off and no timeout at most 1.10× that), and against the same bare
 * fetch with a timeout signal per call. The callers are in lib/client-callers.ts; each
 * measurement runs in a process of its own.
 * Headline: a fixed loopback server (lib/fixed-server.ts) that does no work, so the difference is
 * the client's own cost (URL and header building, response validation, timeout signal). Also run
 * against the embedded sandbox (startSandbox) with fewer calls, where the server's work dilutes it.
 *
 * Run alone: `npx tsx bench/client-overhead.ts [--quick]`.
 */
import { performance } from 'node:perf_hooks';
import { CALLERS, TIMEOUT_MS, type Caller, type CallerRun, type ServerKind } from './lib/client-callers.js';
import { runIfMain, runJsonChild, type BenchOptions } from './lib/standalone.js';
import { fixed, summarize, type Summary } from './lib/stats.js';
import { ourVersion, packageVersion } from './lib/versions.js';
import { atMost, information, type Section, type Table } from './report.js';

const ROUNDS = 5;

/** Per caller: the µs per call of each round, and the most warnings one round logged. */
type Result = Record<Caller, Summary> & { warnings: number };

/** One measurement in a fresh process (see lib/client-callers.ts). */
function measureInChild(caller: Caller, kind: ServerKind, calls: number): Promise<CallerRun> {
  return runJsonChild<CallerRun>('bench/lib/client-callers.ts', [caller, kind, String(calls)], 300_000);
}

/** `ROUNDS` rounds of one process per caller; each round starts with another caller. */
async function measure(kind: ServerKind, calls: number): Promise<Result> {
  const times = Object.fromEntries(CALLERS.map((c) => [c, [] as number[]])) as Record<Caller, number[]>;
  let warnings = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < CALLERS.length; i++) {
      const caller = CALLERS[(round + i) % CALLERS.length] as Caller;
      const result = await measureInChild(caller, kind, calls);
      times[caller].push(result.microsPerCall);
      warnings = Math.max(warnings, result.warnings);
    }
  }
  const summaries = Object.fromEntries(CALLERS.map((c) => [c, summarize(times[c])])) as Record<Caller, Summary>;
  return { ...summaries, warnings };
}

function table(caption: string, r: Result, calls: number): Table {
  const row = (tool: string, version: string, s: Summary) => [tool, version, String(calls), fixed(s.median, 1), `${fixed(s.min, 1)}–${fixed(s.max, 1)}`, fixed(r.ours.median / s.median)];
  return {
    caption: `${caption} (drift warnings from the client: ${r.warnings})`,
    columns: ['caller', 'version', 'calls per round', 'µs/call (median round)', 'min–max', 'ours ÷ caller (time)'],
    rows: [
      row('PayQuickerClient.jobs.retrievePaymentJob', ourVersion(), r.ours),
      row("the same with validation: 'off', timeoutMs: 0 (no signal)", ourVersion(), r.oursOff),
      row('openapi-fetch GET, AbortSignal.timeout per call, no validation', packageVersion('openapi-fetch'), r.openapiFetch),
      row('bare fetch + json()', process.version, r.bare),
      row('bare fetch + json() with a timeout signal (AbortController + timer per call)', process.version, r.bareTimeout),
    ],
  };
}

/** Runs benchmark 3 and returns its section. */
export async function runClientOverhead(options: BenchOptions): Promise<Section> {
  const started = performance.now();
  const fixedCalls = options.quick ? 1_000 : 10_000;
  const sandboxCalls = options.quick ? 300 : 2_000;
  const onFixed = await measure('fixed', fixedCalls);
  const onSandbox = await measure('sandbox', sandboxCalls);
  return {
    id: 'client-overhead',
    title: '3. Client overhead: retrievePaymentJob vs openapi-fetch and bare fetch, loopback',
    tables: [table('**Fixed loopback server (headline)**', onFixed, fixedCalls), table('**Embedded sandbox (startSandbox)**', onSandbox, sandboxCalls)],
    targets: [
      atMost('fixed server: ours (validation and timeout on) ÷ openapi-fetch with AbortSignal.timeout (time per call)', onFixed.ours.median / onFixed.openapiFetch.median, 1),
      atMost("fixed server: ours (validation 'off', timeoutMs 0) ÷ bare fetch (time per call)", onFixed.oursOff.median / onFixed.bare.median, 1.1),
      information('fixed server: ours (validation and timeout on) ÷ bare fetch', onFixed.ours.median / onFixed.bare.median),
      information('fixed server: bare fetch with a timeout signal ÷ bare fetch (what real cancellation costs)', onFixed.bareTimeout.median / onFixed.bare.median),
      information('fixed server: ours ÷ bare fetch with a timeout signal', onFixed.ours.median / onFixed.bareTimeout.median),
    ],
    notes: [
      `Sequential calls. ${ROUNDS} rounds; in each, every caller runs in a fresh process (server, token, warm-up of a fifth of the calls, at most 2,000, then the measured calls), so one caller's garbage, finalizers and JIT state never land in another's time. µs per call of each round, median reported.`,
      'All callers send Authorization (token fetched once), X-MyPayQuicker-Version and Accept: application/json over keep-alive fetch; the client also validates every response (validation: warn), builds the URL from the operation and arms a timeout.',
      `The client arms a timeout per attempt (${TIMEOUT_MS} ms by default) by handing fetch an AbortSignal: on Node 20's fetch that is the only way to cancel a request. The last caller does the same with a bare fetch, so the ratio of its row to the bare row is what real cancellation costs by itself: undici follows every signal it is given (an abort listener, a WeakRef and a FinalizationRegistry entry per request).`,
      "Targets (issue 14, Decided): with validation and the timeout on, ours costs no more per call than openapi-fetch 0.17 doing the bare call with the same AbortSignal.timeout and no validation; with validation: 'off' and timeoutMs: 0 (no signal handed to fetch), at most 1.10× a bare fetch. The ratio of ours with everything on to a bare fetch is shown for information (it was the target of issue 7).",
      `The sandbox run makes ${sandboxCalls} calls per caller and round to stay within the time budget; each retrieve advances the job status there, which the spec allows.`,
    ],
    data: { fixedCalls, sandboxCalls, fixed: onFixed, sandbox: onSandbox },
    elapsedMs: performance.now() - started,
  };
}

runIfMain(import.meta.url, runClientOverhead);

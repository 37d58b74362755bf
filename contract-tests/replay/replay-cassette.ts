/**
 * Replays one cassette offline: nock serves the recorded exchanges in order (one interceptor per
 * entry) while the cassette's scenario drives the generated client against the canonical base.
 * The replay fails when a sent request differs from the recorded one, when a sent request breaks
 * the spec (validate-request.ts; not for scenarios marked `breaksSpec`), when an entry is left
 * unused, when a request matches no entry, or when a recorded response breaks the spec. Every
 * failure names the cassette file, the entry index and the operationId.
 */
import path from 'node:path';
import './promise-with-resolvers.js';
import nock from 'nock';
import { headerRecord, relativePath } from '../core/capture-fetch.js';
import { runScenario } from '../core/run-scenario.js';
import type { Exchange, Scenario } from '../core/types.js';
import { validateRequest } from '../core/validate-request.js';
import { CANONICAL_BASE } from '../har/canonical-base.js';
import { CassetteError, readCassetteSync, type Cassette } from '../har/cassette.js';
import { SCENARIOS } from '../scenarios/index.js';
import { checkRecordedResponse, operationOf } from './check-response.js';
import { isNullBodyStatus, nockFetch } from './nock-fetch.js';
import { replayCredentials } from './replay-credentials.js';
import { diffRequests } from './request-diff.js';
import { withReplaySession } from './replay-session.js';

/** What a replay found; `failures` is empty when the cassette, the client and the spec agree. */
export interface ReplayResult {
  file: string;
  failures: string[];
}

/** Per-request limit during replay, in milliseconds: nock answers at once, so this only guards against hangs. */
const REPLAY_TIMEOUT_MS = 5_000;

function entryLabel(file: string, cassette: Cassette, index: number): string {
  const exchange = cassette.exchanges[index] as Exchange;
  return `${file} entry ${index} (${operationOf(cassette.api, exchange) ?? exchange.operationId ?? 'no operation'})`;
}

/**
 * The headers a recorded response is served with: as recorded, plus the `Content-Length` of its body
 * (cassettes drop it as volatile). A real server frames its responses so; without it nock's answer
 * ends only on a timer (at least 1 ms per exchange) and the connection cannot be kept alive.
 */
export function framedHeaders(response: Exchange['response']): Record<string, string> {
  if (isNullBodyStatus(response.status)) return response.headers;
  return { ...response.headers, 'content-length': String(Buffer.byteLength(response.body)) };
}

/** Serves `cassette` with nock while `scenario` runs; returns the request-side failures. */
async function serve(cassette: Cassette, scenario: Scenario, label: string): Promise<string[]> {
  const failures: string[] = [];
  const base = CANONICAL_BASE[cassette.api];
  const used = new Set<number>();
  let requests = 0;
  const onNoMatch = (request: Request): void => {
    const next = cassette.exchanges.findIndex((_, i) => !used.has(i));
    const expected = next < 0 ? 'every entry was already used' : `the next unused is ${entryLabel(label, cassette, next)}: ${cassette.exchanges[next]?.request.method} ${cassette.exchanges[next]?.request.path}`;
    failures.push(`${label}: request ${requests++} ${request.method} ${relativePath(request.url, base)} matches no recorded entry (${expected})`);
  };
  await withReplaySession(onNoMatch, async () => {
    const scope = nock(new URL(base).origin);
    cassette.exchanges.forEach((exchange, index) => {
      scope.intercept(() => true, exchange.request.method).reply(async (request: Request) => {
        const sequence = requests++;
        used.add(index);
        if (sequence !== index) failures.push(`${entryLabel(label, cassette, index)}: answered request ${sequence}: the client skipped or reordered requests`);
        const sent = { method: request.method, path: relativePath(request.url, base), headers: headerRecord(request.headers), body: await request.text() };
        for (const difference of diffRequests(exchange.request, sent)) failures.push(`${entryLabel(label, cassette, index)}: ${difference}`);
        if (scenario.breaksSpec !== true) {
          for (const problem of validateRequest(cassette.api, sent).problems) {
            failures.push(`${entryLabel(label, cassette, index)}: request breaks the spec at ${problem.pointer || '(request)'}: ${problem.message}`);
          }
        }
        return [exchange.response.status, exchange.response.body, framedHeaders(exchange.response)];
      });
    });
    const target = { api: cassette.api, label: 'replay', baseUrl: base, credentials: replayCredentials(cassette), loopback: false };
    const run = await runScenario(scenario, target, { timeoutMs: REPLAY_TIMEOUT_MS, fetch: nockFetch, capture: false });
    if (run.error !== undefined) failures.push(`${label}: scenario ${scenario.api}/${scenario.name} failed on replay: ${run.error.message}`);
    cassette.exchanges.forEach((exchange, index) => {
      if (!used.has(index)) failures.push(`${entryLabel(label, cassette, index)}: recorded exchange was never requested (${exchange.request.method} ${exchange.request.path})`);
    });
    if (failures.length === 0 && !scope.isDone()) failures.push(`${label}: pending mocks: ${scope.pendingMocks().join(', ')}`);
  });
  return failures;
}

/**
 * Replays the cassette at `file` (see the module comment), or `cassette` as already read (a suite
 * replaying many cassettes reads them all once, up front). Never throws for a bad cassette: an
 * unreadable file or unknown scenario is a failure too. Imported cassettes (`_source: imported`)
 * have no scenario: only their recorded responses are checked against the spec.
 * @param options.scenarios the catalogue to find the cassette's scenario in; default {@link SCENARIOS}.
 */
export async function replayCassette(source: string | Cassette, options: { scenarios?: readonly Scenario[] } = {}): Promise<ReplayResult> {
  const file = typeof source === 'string' ? source : source.file;
  const label = path.relative(process.cwd(), file) || file;
  let cassette: Cassette;
  try {
    cassette = typeof source === 'string' ? readCassetteSync(source) : source;
  } catch (error) {
    if (!(error instanceof CassetteError)) throw error;
    return { file, failures: [error.message] };
  }
  const failures = cassette.exchanges.flatMap((exchange, index) =>
    checkRecordedResponse(cassette.api, exchange).map((problem) => `${entryLabel(label, cassette, index)}: ${problem}`),
  );
  // An imported capture has no scenario to drive the client: only its responses can be judged.
  if (cassette.source === 'imported') return { file, failures };
  const scenario = (options.scenarios ?? SCENARIOS).find((s) => s.api === cassette.api && s.name === cassette.scenario);
  if (scenario === undefined) return { file, failures: [...failures, `${label}: no scenario ${cassette.api}/${cassette.scenario} to replay it with`] };
  return { file, failures: [...failures, ...(await serve(cassette, scenario, label))] };
}

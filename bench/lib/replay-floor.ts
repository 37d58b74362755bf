/**
 * The floor under benchmark 4's replay time: nock and the replay transport alone, with no client, no
 * scenario and no checks. `node --import tsx bench/lib/replay-floor.ts` reads every cassette, opens
 * the replay session as the suite's `beforeAll` does, and then, per cassette, registers the same
 * interceptors the replay registers (one per entry, answering the recorded response with its
 * `Content-Length`) and sends the recorded requests in order with the replay's `fetch`
 * (contract-tests/replay/nock-fetch.ts), reading every body. It prints
 * `{"exchanges": …, "passMs": …}`: one pass in a fresh process, timed like the suite's tests (after
 * imports and set-up), milliseconds.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import '../../contract-tests/replay/promise-with-resolvers.js';
import nock from 'nock';
import { CANONICAL_BASE } from '../../contract-tests/har/canonical-base.js';
import { CASSETTES_DIR, cassetteFiles, readCassetteSync, type Cassette } from '../../contract-tests/har/cassette.js';
import { nockFetch } from '../../contract-tests/replay/nock-fetch.js';
import { framedHeaders } from '../../contract-tests/replay/replay-cassette.js';
import { closeReplaySession, openReplaySession } from '../../contract-tests/replay/replay-session.js';
import { printJsonIfMain } from './standalone.js';

/** What one pass measured. */
export interface FloorRun {
  readonly exchanges: number;
  /** Time of the pass over every cassette, in milliseconds. */
  readonly passMs: number;
}

/** Serves and requests every exchange of `cassette` in order; resolves when every body was read. */
async function replayTransportOnly(cassette: Cassette): Promise<void> {
  const base = CANONICAL_BASE[cassette.api];
  const scope = nock(new URL(base).origin);
  for (const exchange of cassette.exchanges) {
    scope.intercept(() => true, exchange.request.method).reply(async (request: Request) => {
      await request.text();
      return [exchange.response.status, exchange.response.body, framedHeaders(exchange.response)];
    });
  }
  try {
    for (const { request } of cassette.exchanges) {
      const init: RequestInit = { method: request.method, headers: request.headers };
      if (request.body !== undefined) init.body = request.body;
      await (await nockFetch(`${base}${request.path}`, init)).text();
    }
    if (!scope.isDone()) throw new Error(`${cassette.file}: pending mocks after the pass: ${scope.pendingMocks().join(', ')}`);
  } finally {
    nock.cleanAll();
  }
}

/** One pass over every committed cassette (see the module comment). */
export async function measureReplayFloor(): Promise<FloorRun> {
  const cassettes = cassetteFiles().map((file) => readCassetteSync(join(CASSETTES_DIR, file)));
  await openReplaySession();
  try {
    const started = performance.now();
    for (const cassette of cassettes) await replayTransportOnly(cassette);
    const passMs = performance.now() - started;
    return { exchanges: cassettes.reduce((sum, c) => sum + c.exchanges.length, 0), passMs };
  } finally {
    closeReplaySession();
  }
}

printJsonIfMain(import.meta.url, measureReplayFloor);

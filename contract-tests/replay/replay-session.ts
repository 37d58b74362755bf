/**
 * The nock setup replays share: network connections refused (`nock.disableNetConnect()`), one
 * `no match` listener that reports to whichever replay is serving, and a probe proving the refusal
 * works before any cassette is trusted. A test file opens the session once (`beforeAll`) and closes
 * it (`afterAll`), so each replay only adds and removes its own interceptors; a replay run outside an
 * open session opens and closes one around itself, leaving the network as it found it.
 */
import './promise-with-resolvers.js';
import nock from 'nock';
import { closeNockConnections, nockFetch } from './nock-fetch.js';

/** Told about each request that matched no interceptor (nock's `no match` event). */
export type NoMatchListener = (request: Request) => void;

/** A URL no interceptor serves (`.invalid`, RFC 2606): the probe request goes there. */
const PROBE_URL = 'https://network-probe.cassette.invalid/';

let open = false;
let listener: NoMatchListener | undefined;
const dispatch = (request: Request): void => {
  if (!request.url.startsWith(PROBE_URL)) listener?.(request);
};

/** Thrown when the probe reached anything: replays would not be offline, so none may run. */
export class ReplaySessionError extends Error {
  override readonly name = 'ReplaySessionError';
}

async function assertNetworkRefused(): Promise<void> {
  let refused = false;
  try {
    await nockFetch(PROBE_URL);
  } catch (error) {
    refused = (error as { code?: unknown }).code === 'ENETUNREACH';
    if (!refused) throw new ReplaySessionError(`replay session: the probe request to ${PROBE_URL} failed with an unexpected error instead of nock's refusal: ${(error as Error).message}`);
  }
  if (!refused) throw new ReplaySessionError(`replay session: the probe request to ${PROBE_URL} was answered although nock.disableNetConnect() is in force`);
}

/**
 * Refuses network connections and installs the shared `no match` listener; does nothing when a
 * session is already open.
 * @throws {ReplaySessionError} when a probe request is not refused by nock (the session is closed again).
 */
export async function openReplaySession(): Promise<void> {
  if (open) return;
  nock.disableNetConnect();
  nock.emitter.on('no match', dispatch);
  open = true;
  try {
    await assertNetworkRefused();
  } catch (error) {
    closeReplaySession();
    throw error;
  }
}

/**
 * Removes every interceptor and the listener, closes the kept-alive replay connections and allows
 * network connections again; idempotent.
 */
export function closeReplaySession(): void {
  if (!open) return;
  nock.emitter.removeListener('no match', dispatch);
  nock.cleanAll();
  closeNockConnections();
  nock.enableNetConnect();
  open = false;
}

/**
 * Runs `serve` with `onNoMatch` receiving unmatched requests, inside the open session or a session
 * of its own, and removes every interceptor afterwards (used or not).
 * @throws {Error} when another replay is serving: replays share the canonical origins, so they must not overlap.
 */
export async function withReplaySession<T>(onNoMatch: NoMatchListener, serve: () => Promise<T>): Promise<T> {
  if (listener !== undefined) throw new Error('replay session: another cassette is being replayed; replays must run one at a time');
  listener = onNoMatch;
  const owned = !open;
  try {
    if (owned) await openReplaySession();
    return await serve();
  } finally {
    listener = undefined;
    nock.cleanAll();
    if (owned) closeReplaySession();
  }
}

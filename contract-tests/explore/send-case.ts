/**
 * Sends explored cases through the generated client of the target's API (core/clients.ts: no
 * retries, validation `off`, the suite's fetch), capturing each exchange (core/capture-fetch.ts).
 * A valid case is checked first with the same generated validators the client's request validation
 * runs (operation-model.ts `conforms`), and not sent when it fails them; a negative case skips that
 * check, the only way a request that breaks the spec gets out. The client's own validation stays
 * off: its response checks would log drift that explore reports itself.
 */
import { captureFetch, headerRecord, relativePath, type CapturingFetch } from '../core/capture-fetch.js';
import { createClient } from '../core/clients.js';
import { ABCONNECT_TOKEN_OPERATION } from '../core/match-operation.js';
import type { ApiName, Exchange, Target } from '../core/types.js';
import { networkFailure } from '../core/unreachable.js';
import { withoutUserInfo } from '../core/target-guards.js';
import { TargetUnreachableError } from '../drift/run-drift.js';
import type { CaseOutcome } from './check-answer.js';
import { withFreshIds } from './known-values.js';
import { clientParams, conforms, type ExploreCase, type OperationModel } from './operation-model.js';

/** operationIds of the token endpoints, whose exchanges precede the first call of a client. */
export const TOKEN_OPERATIONS: readonly string[] = ['requestToken', ABCONNECT_TOKEN_OPERATION];

/** A generated client method: `(params, options) => Promise<result>`. */
type ClientMethod = (params: object) => Promise<unknown>;

/** A valid case that the operation's validators refuse: a bug of the generator (schema-arbitrary.ts). */
export class NonConformingCaseError extends Error {
  override readonly name = 'NonConformingCaseError';
}

/** One client of one target, and every exchange it made. */
export interface ExploreSession {
  readonly api: ApiName;
  readonly target: Target;
  readonly capture: CapturingFetch;
  readonly client: object;
  /** A fresh id for each {@link FRESH_ID} of a case sent (known-values.ts). */
  readonly freshId: () => string;
  /** The last request the client started, answered or not (a timed-out request has no exchange but gets a `curl`). */
  readonly lastRequest: () => Exchange['request'] | undefined;
}

/** A session on `target`: its generated client (per-attempt limit `timeoutMs`) over a capturing fetch, fresh ids from `freshId`. */
export function openSession(target: Target, timeoutMs: number, freshId: () => string): ExploreSession {
  const capture = captureFetch(target.api, target.baseUrl);
  let last: Exchange['request'] | undefined;
  const remembering = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const body = request.body === null ? undefined : await request.clone().text();
    last = { method: request.method, url: request.url, path: relativePath(request.url, target.baseUrl), headers: headerRecord(request.headers), ...(body === undefined ? {} : { body }) };
    return capture.fetch(request);
  };
  const client = createClient(target.api, { baseUrl: target.baseUrl, credentials: target.credentials, timeoutMs, fetch: remembering as typeof fetch });
  return { api: target.api, target, capture, client, freshId, lastRequest: () => last };
}

/** The method of the generated client that calls `operationId` (looked up on each tag property: `client.jobs.listPaymentJobs`). */
function methodOf(client: object, operationId: string): ClientMethod {
  for (const tag of Object.values(client) as unknown[]) {
    const method = typeof tag === 'object' && tag !== null ? (tag as Record<string, unknown>)[operationId] : undefined;
    if (typeof method === 'function') return (method as ClientMethod).bind(tag);
  }
  throw new Error(`the generated ${operationId} method is missing`);
}

/** Calls `model`'s generated method on `client` with case `c` (values under their client keys, the body as is). */
export function callOperation(client: object, model: OperationModel, c: ExploreCase): Promise<unknown> {
  return methodOf(client, model.operationId)(clientParams(model, c));
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Sends `c` through the client of `session` and returns the exchange of the operation's request
 * (the last one it made) and the client's error, if any (an HTTP error status, a refused request,
 * a timeout: the exchange is judged, not the error).
 * @throws {TargetUnreachableError} when the target answered nothing (connection refused, DNS);
 *   {@link NonConformingCaseError} for a valid case the validators refuse (nothing is sent).
 */
export async function sendCase(session: ExploreSession, model: OperationModel, c: ExploreCase): Promise<CaseOutcome> {
  const sent = c.body === undefined ? c : { ...c, body: withFreshIds(c.body, session.freshId) };
  if (c.violation === undefined && !conforms(model, sent)) throw new NonConformingCaseError(`${model.operationId}: a generated valid case breaks the spec: ${JSON.stringify(c).slice(0, 200)}`);
  const before = session.capture.exchanges.length;
  let error: Error | undefined;
  try {
    await callOperation(session.client, model, sent);
  } catch (caught) {
    error = asError(caught);
  }
  const network = networkFailure(error);
  if (network !== undefined) {
    const { target } = session;
    throw new TargetUnreachableError(`cannot reach the ${target.api} target ${withoutUserInfo(target.label)} (${new URL(target.baseUrl).origin}): ${network.message}`);
  }
  const exchange = session.capture.exchanges.slice(before).filter((e) => e.operationId === model.operationId).at(-1);
  return { ...(exchange === undefined ? {} : { exchange }), ...(error === undefined ? {} : { error }) };
}

/** The exchanges a cassette of `exchange` needs before it: the last token exchange the session made before it, if any. */
export function tokenExchangeBefore(session: ExploreSession, exchange: Exchange): Exchange[] {
  const all = session.capture.exchanges;
  const index = all.indexOf(exchange);
  const token = all.slice(0, index < 0 ? all.length : index).filter((e) => e.operationId !== undefined && TOKEN_OPERATIONS.includes(e.operationId)).at(-1);
  return token === undefined ? [] : [token];
}

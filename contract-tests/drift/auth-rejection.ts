/**
 * Tells "the target refused our credentials" from drift. A scenario whose credentials were refused
 * exercised nothing, so its answers say nothing about the API: the drift check calls it
 * inconclusive and exits 4 instead of reporting a wall of changed statuses (or, worse, passing).
 *
 * Refused means: an answer 401 or 403 where the cassette recorded another status (RFC 9110 §15.5.2,
 * §15.5.4); a token request (an OAuth 2 form with `grant_type`, RFC 6749 §4) answered 400 with
 * `invalid_client`, `invalid_grant`, `unauthorized_client` or `invalid_scope` (RFC 6749 §5.2) where
 * the cassette recorded another status; or the runtime's `AuthError` for a 4xx token answer. A 403
 * with `insufficient_scope` (RFC 6750 §3.1) or `invalid_scope` is a missing scope.
 */
import type { Exchange } from '../core/types.js';
import type { AlignedPair } from './compare-cassette.js';

/** A refusal: its kind, the exchange that showed it (index into the live exchanges, if one did), and a short description (no secret, no server text but an OAuth error code). */
export interface AuthRejection {
  readonly kind: 'credentials-rejected' | 'scope-missing';
  readonly index: number | undefined;
  readonly detail: string;
}

const CREDENTIAL_ERRORS = new Set(['invalid_client', 'invalid_grant', 'unauthorized_client']);
const SCOPE_ERRORS = new Set(['invalid_scope', 'insufficient_scope']);

/** The OAuth 2 `error` code of a body, when it is one of the codes RFC 6749/6750 define (so nothing else the server wrote is repeated). */
function oauthError(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as unknown;
    const code = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)['error'] : undefined;
    return typeof code === 'string' && (CREDENTIAL_ERRORS.has(code) || SCOPE_ERRORS.has(code)) ? code : undefined;
  } catch {
    return undefined;
  }
}

function isTokenRequest(exchange: Exchange): boolean {
  return /(^|&)grant_type=/.test(exchange.request.body ?? '');
}

function describe(exchange: Exchange, code: string | undefined): string {
  const what = exchange.operationId ?? `${exchange.request.method} ${exchange.request.path.split('?')[0] ?? ''}`;
  return `${what} answered HTTP ${exchange.response.status}${code === undefined ? '' : ` ${code}`}`;
}

function rejectionOf(live: Exchange, recorded: Exchange | undefined, happy: boolean): Omit<AuthRejection, 'index'> | undefined {
  const status = live.response.status;
  const recordedStatus = recorded?.response.status;
  if (recordedStatus === status || (recordedStatus === undefined && !happy)) return undefined;
  const code = oauthError(live.response.body);
  const scope = (code !== undefined && SCOPE_ERRORS.has(code)) || /insufficient_scope/i.test(live.response.headers['www-authenticate'] ?? '');
  const refused =
    ((status === 401 || status === 403) && recordedStatus !== 401 && recordedStatus !== 403) ||
    (status === 400 && isTokenRequest(live) && code !== undefined);
  if (!refused) return undefined;
  return { kind: scope ? 'scope-missing' : 'credentials-rejected', detail: describe(live, code) };
}

/** The runtime's `AuthError` for a 4xx (not 429) token answer, found by name along the cause chain (each API's runtime has its own class). */
function authErrorIn(error: unknown): (Error & { status?: unknown; error?: unknown }) | undefined {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const status = (current as { status?: unknown }).status;
    if (current.name === 'AuthError' && typeof status === 'number' && status >= 400 && status < 500 && status !== 429) return current;
    current = current.cause;
  }
  return undefined;
}

/**
 * The first refusal in a scenario run, or undefined when its credentials were accepted throughout.
 * @param pairs live exchanges in request order with the recorded exchange each is judged against.
 * @param error the scenario's failure, if it failed.
 * @param happy true for a `happy` scenario: with no recorded exchange to compare, a 401 or 403 then counts as a refusal.
 */
export function authRejection(pairs: readonly AlignedPair[], error: Error | undefined, happy: boolean): AuthRejection | undefined {
  for (const [index, [live, recorded]] of pairs.entries()) {
    const found = rejectionOf(live, recorded, happy);
    if (found !== undefined) return { ...found, index };
  }
  const auth = authErrorIn(error);
  if (auth === undefined) return undefined;
  const code = typeof auth.error === 'string' && (CREDENTIAL_ERRORS.has(auth.error) || SCOPE_ERRORS.has(auth.error)) ? auth.error : undefined;
  const kind = code !== undefined && SCOPE_ERRORS.has(code) ? 'scope-missing' : 'credentials-rejected';
  return { kind, index: undefined, detail: `the token endpoint answered HTTP ${String(auth.status)}${code === undefined ? '' : ` ${code}`}` };
}

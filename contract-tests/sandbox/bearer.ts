/**
 * Bearer token checks shared by both APIs (RFC 6750): reading the `Authorization` header, checking
 * the token and its scope, and the body-less `WWW-Authenticate` challenge both specs' 401 (and
 * PayQuicker's 403) responses describe.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { bearerToken, type IssuedToken, type TokenStore } from './token-store.js';

/** Why a bearer token was refused. */
export type BearerRefusal =
  | { readonly status: 401; readonly reason: 'missing' }
  | { readonly status: 401; readonly reason: 'invalid_token'; readonly description: string }
  | { readonly status: 403; readonly reason: 'insufficient_scope'; readonly scope: string };

/**
 * Checks the request's bearer token against `store` and, when given, the scope the operation needs.
 * Returns the token, or why it was refused.
 */
export function checkBearer(request: FastifyRequest, store: TokenStore, requiredScope?: string): IssuedToken | BearerRefusal {
  const header = request.headers.authorization;
  if (header === undefined || header === '') return { status: 401, reason: 'missing' };
  const token = bearerToken(header);
  if (token === undefined) return { status: 401, reason: 'invalid_token', description: 'The Authorization header is not a Bearer token' };
  const check = store.check(token);
  if (check.state === 'unknown') return { status: 401, reason: 'invalid_token', description: 'The access token is not recognised' };
  if (check.state === 'expired') return { status: 401, reason: 'invalid_token', description: 'The access token expired' };
  if (requiredScope !== undefined && !check.token.scopes.includes(requiredScope)) {
    return { status: 403, reason: 'insufficient_scope', scope: requiredScope };
  }
  return check.token;
}

/** True when {@link checkBearer} refused the token. */
export function isRefusal(outcome: IssuedToken | BearerRefusal): outcome is BearerRefusal {
  return 'reason' in outcome;
}

/**
 * Sends the RFC 6750 §3 challenge: 401 `Bearer realm="…"` when no credentials were sent (§3.1 asks
 * for no error code then), 401 with `error="invalid_token"`, or 403 with `error="insufficient_scope"`
 * and the scope needed. No body: the specs' 401 and 403 responses declare none.
 */
export function sendBearerChallenge(reply: FastifyReply, realm: string, refusal: BearerRefusal): FastifyReply {
  let challenge = `Bearer realm="${realm}"`;
  if (refusal.reason === 'invalid_token') challenge += `, error="invalid_token", error_description="${refusal.description}"`;
  if (refusal.reason === 'insufficient_scope') challenge += `, error="insufficient_scope", scope="${refusal.scope}"`;
  return reply.code(refusal.status).header('WWW-Authenticate', challenge).send();
}

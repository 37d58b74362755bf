/**
 * Access tokens issued by the two token endpoints, with their scopes and expiry on the sandbox
 * clock. Bounded: at most {@link MAX_TOKENS} per API, the oldest evicted (a client holding an evicted
 * token gets a 401 and fetches a new one, as after an expiry).
 */
import { BoundedMap } from './bounded-map.js';
import type { SandboxContext } from './context.js';
import { accessToken } from './ids.js';

/** Most access tokens kept per API. */
export const MAX_TOKENS = 1000;

/** A token that was issued. */
export interface IssuedToken {
  readonly token: string;
  readonly scopes: readonly string[];
  /** Expiry in ms since the epoch, on the sandbox clock. */
  readonly expiresAtMs: number;
}

/** Outcome of checking a bearer token: unknown (never issued or evicted), expired, or valid. */
export type TokenCheck = { readonly state: 'unknown' } | { readonly state: 'expired' } | { readonly state: 'valid'; readonly token: IssuedToken };

/** The access tokens of one API. */
export class TokenStore {
  readonly #tokens = new BoundedMap<string, IssuedToken>(MAX_TOKENS);
  readonly #ctx: SandboxContext;

  constructor(ctx: SandboxContext) {
    this.#ctx = ctx;
  }

  /** Issues a token carrying `scopes`, valid for `tokenTtlSeconds` from now. */
  issue(scopes: readonly string[]): IssuedToken {
    const issued: IssuedToken = {
      token: accessToken(this.#ctx.entropy),
      scopes,
      expiresAtMs: this.#ctx.clock.now() + this.#ctx.options.tokenTtlSeconds * 1000,
    };
    this.#tokens.set(issued.token, issued);
    return issued;
  }

  /** Looks up `token`; an expired token is forgotten. */
  check(token: string): TokenCheck {
    const issued = this.#tokens.get(token);
    if (issued === undefined) return { state: 'unknown' };
    if (this.#ctx.clock.now() >= issued.expiresAtMs) {
      this.#tokens.delete(token);
      return { state: 'expired' };
    }
    return { state: 'valid', token: issued };
  }
}

/** The token of an `Authorization: Bearer <token>` header (scheme case-insensitive, RFC 6750 §2.1), if any. */
export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(authorization ?? '');
  return match?.[1];
}

/**
 * Token cache: one entry per scope set, renewed shortly before expiry, with single flight (concurrent
 * calls that need a token share one token request). Tokens live in private fields and are hidden from
 * `JSON.stringify`, `toString()` and `util.inspect`.
 */
import type { OAuthToken, OnToken } from './options.js';
import type { SecretScrubber } from './secret-scrubber.js';

/** Obtains a new token; `previous` is the token being replaced (its refresh token may be reused). */
export type TokenFetcher = (scopes: readonly string[], previous: OAuthToken | undefined) => Promise<OAuthToken>;

/** A cached token. Only `authorization()` reveals the secret. */
export class CachedToken {
  readonly #token: OAuthToken;
  readonly #header: string;
  /** When to stop using the token, in epoch milliseconds (Infinity when no expiry was given). */
  readonly renewAtMs: number;

  constructor(token: OAuthToken, renewAtMs: number) {
    this.#token = token;
    this.#header = `Bearer ${token.access_token}`;
    this.renewAtMs = renewAtMs;
  }

  /** The `Authorization` header value: `Bearer <access_token>` (RFC 6750 §2.1). */
  authorization(): string {
    return this.#header;
  }

  /** The token as received (with `expiry` filled in), for refresh and for token providers. */
  raw(): OAuthToken {
    return this.#token;
  }

  toJSON(): string {
    return 'CachedToken';
  }

  toString(): string {
    return 'CachedToken';
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return 'CachedToken';
  }
}

/** Tuning of a {@link TokenCache}. */
export interface TokenCacheOptions {
  /** Renew this many seconds before expiry (at most half the token's lifetime). */
  readonly renewBeforeSeconds: number;
  readonly onToken?: OnToken | undefined;
  /** Every issued access and refresh token is registered here, so logs can scrub it. */
  readonly scrubber: SecretScrubber;
  /** Clock in epoch milliseconds; tests may pass a fake. */
  readonly now?: () => number;
}

/** The token with `expiry` (unix seconds) filled in from `expires_in` when the server sent only that. */
function withExpiry(token: OAuthToken, nowMs: number): OAuthToken {
  if (token.expiry !== undefined || token.expires_in === undefined) return token;
  return { ...token, expiry: Math.floor(nowMs / 1000) + token.expires_in };
}

/** The cache key of a scope set: its scopes sorted and space-separated (order does not matter). */
export function scopeKey(scopes: readonly string[]): string {
  return [...scopes].sort().join(' ');
}

/** Per-scope-set cache around a {@link TokenFetcher}. */
export class TokenCache {
  readonly #fetcher: TokenFetcher;
  readonly #options: TokenCacheOptions;
  readonly #now: () => number;
  readonly #tokens = new Map<string, CachedToken>();
  readonly #pending = new Map<string, Promise<CachedToken>>();

  constructor(fetcher: TokenFetcher, options: TokenCacheOptions) {
    this.#fetcher = fetcher;
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  /** The cached token for scope key `key` (see {@link scopeKey}) while it is fresh, else undefined. */
  fresh(key: string): CachedToken | undefined {
    const cached = this.#tokens.get(key);
    return cached !== undefined && this.#now() < cached.renewAtMs ? cached : undefined;
  }

  /**
   * A usable token for `scopes`: the cached one while fresh, else the result of one shared fetch.
   * `key` is `scopeKey(scopes)`; callers that ask for the same scopes on every call pass it precomputed.
   */
  get(scopes: readonly string[], key: string = scopeKey(scopes)): Promise<CachedToken> {
    const cached = this.#tokens.get(key);
    if (cached !== undefined && this.#now() < cached.renewAtMs) return Promise.resolve(cached);
    const pending = this.#pending.get(key);
    if (pending !== undefined) return pending;
    const flight = this.#fetch(key, scopes, cached?.raw()).finally(() => this.#pending.delete(key));
    this.#pending.set(key, flight);
    return flight;
  }

  /**
   * Drops `token` after the API rejected it (401). A newer token already cached for the same scopes
   * is kept, so concurrent rejections trigger one renewal, not one each.
   */
  invalidate(scopes: readonly string[], token: CachedToken): void {
    const key = scopeKey(scopes);
    const cached = this.#tokens.get(key);
    if (cached === token) this.#tokens.set(key, new CachedToken(token.raw(), 0));
  }

  async #fetch(key: string, scopes: readonly string[], previous: OAuthToken | undefined): Promise<CachedToken> {
    const received = await this.#fetcher(scopes, previous);
    if (typeof received?.access_token !== 'string' || received.access_token === '') {
      throw new TypeError('token source returned no access_token');
    }
    const nowMs = this.#now();
    const token = withExpiry(received, nowMs);
    this.#options.scrubber.addToken(token.access_token);
    this.#options.scrubber.addToken(token.refresh_token);
    const cached = new CachedToken(token, this.#renewAt(received, nowMs));
    this.#tokens.set(key, cached);
    this.#options.onToken?.({ ...token });
    return cached;
  }

  /**
   * Expiry minus the renewal lead, capped at half the remaining lifetime so short-lived tokens are
   * still used. A received `expiry` wins (a persisted token's `expires_in` is stale); else
   * `expires_in` counts from receipt, to the millisecond.
   */
  #renewAt(received: OAuthToken, nowMs: number): number {
    const expiresAtMs =
      received.expiry !== undefined
        ? received.expiry * 1000
        : received.expires_in !== undefined
          ? nowMs + received.expires_in * 1000
          : undefined;
    if (expiresAtMs === undefined) return Number.POSITIVE_INFINITY;
    const lifetimeMs = Math.max(0, expiresAtMs - nowMs);
    return expiresAtMs - Math.min(this.#options.renewBeforeSeconds * 1000, lifetimeMs / 2);
  }

  toJSON(): string {
    return 'TokenCache';
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return 'TokenCache';
  }
}

/**
 * Authentication: picks, per operation, the first security requirement (OpenAPI 3.1 §4.8.30) whose
 * security schemes the configured credentials can satisfy, and produces the `Authorization` header.
 * Credentials live in private fields; the object hides them from `JSON.stringify` and `util.inspect`.
 *
 * Which credentials satisfy which scheme type:
 * - `{ clientId, clientSecret }`: `oauth2-client-credentials` (token grant), `http-basic` (the pair itself).
 * - `{ username, password, clientId, clientSecret }`: `oauth2-password` and `http-bearer` (the grant's token).
 * - `{ accessToken }`: `oauth2-*` and `http-bearer`, sent as is and never refreshed.
 * - `{ tokenProvider }`: `oauth2-*` and `http-bearer`.
 * - `{ apiKey }`: `api-key`, in the header, query parameter or cookie the scheme names.
 * A requirement combining several schemes (AND) is skipped: each would claim the `Authorization` header.
 */
import { basicAuthorization, clientCredentialsFetcher } from './auth-client-credentials.js';
import { PASSWORD_GRANT_RENEW_BEFORE_SECONDS, passwordGrantFetcher } from './auth-password-grant.js';
import type { ApiDefinition, SecuritySchemeDefinition } from './definition.js';
import { ConfigurationError } from './errors.js';
import type { OperationDescriptor } from './operation.js';
import type { Credentials } from './options.js';
import type { SecretScrubber } from './secret-scrubber.js';
import { raceAbort } from './timeout.js';
import { CachedToken, scopeKey, TokenCache, type TokenFetcher } from './token-cache.js';

/** Where an API key goes: the header, query parameter or cookie of that name (OpenAPI 3.1 §4.8.27). */
export interface ApiKeyPlacement {
  readonly in: 'header' | 'query' | 'cookie';
  readonly name: string;
}

/** The credential to send for one call, and how to report that the API rejected it. */
export interface Authorization {
  /** The `Authorization` header's value, or the API key itself when {@link apiKey} is set. */
  readonly value: string;
  /** Set for an API key: where it goes instead of the `Authorization` header. */
  readonly apiKey?: ApiKeyPlacement;
  /** True when a rejected (401) credential can be renewed: the call is then replayed once. */
  readonly renewable: boolean;
  /** Marks the credential as rejected so the next `authorize` renews it. */
  reject(): void;
}

/** Settings shared by every token request. */
export interface AuthSettings {
  readonly fetch: typeof fetch;
  readonly tokenUrl: string | undefined;
  /** Limit of a token request in milliseconds. */
  readonly timeoutMs: number;
  /** Renewal lead for client credentials and provider tokens, in seconds. */
  readonly clockSkewSeconds: number;
  readonly scrubber: SecretScrubber;
  /** Headers every token request carries, by name as sent (see `ApiDefinition.tokenHeaders`). */
  readonly tokenHeaders: Readonly<Record<string, string>>;
}

/** How to authorize an operation: a fixed header, or a token for `scopes` (cache key `key`). */
type Step =
  | { readonly kind: 'static'; readonly authorization: Authorization }
  | {
      readonly kind: 'token';
      readonly scopes: readonly string[];
      readonly key: string;
    };

function staticStep(value: string, apiKey?: ApiKeyPlacement): Step {
  return {
    kind: 'static',
    authorization: { value, ...(apiKey === undefined ? {} : { apiKey }), renewable: false, reject: () => undefined },
  };
}

function tokenStep(scopes: readonly string[]): Step {
  return { kind: 'token', scopes, key: scopeKey(scopes) };
}

/** Resolves security requirements against one set of credentials. */
export class Authenticator {
  readonly #api: ApiDefinition;
  readonly #credentials: Credentials | undefined;
  readonly #cache: TokenCache | undefined;
  /** The step of each operation seen so far (`null`: no authentication), so requirements are resolved once. */
  readonly #steps = new WeakMap<OperationDescriptor, Step | null>();

  /** @throws ConfigurationError when the credentials need a token endpoint and none is known. */
  constructor(api: ApiDefinition, credentials: Credentials | undefined, settings: AuthSettings) {
    this.#api = api;
    this.#credentials = credentials;
    for (const value of credentialValues(credentials)) settings.scrubber.addCredential(value);
    if (credentials !== undefined && 'clientSecret' in credentials && !('username' in credentials)) {
      // Sent to the token endpoint (client credentials) or to the API (http-basic) on every request.
      settings.scrubber.learn({
        headers: { authorization: basicAuthorization(credentials.clientId, credentials.clientSecret) },
      });
    }
    this.#cache = createCache(api, credentials, settings);
  }

  /**
   * The `Authorization` for `op`, or undefined when the chosen requirement needs none. Answers
   * synchronously when no token request is needed (a static credential, a fresh cached token), and
   * with a promise otherwise.
   * @throws ConfigurationError when no requirement can be satisfied; AuthError from the token
   *   endpoint; AbortError when `signal` aborts while waiting for a token.
   */
  authorize(
    op: OperationDescriptor,
    signal: AbortSignal | undefined,
  ): Authorization | undefined | Promise<Authorization | undefined> {
    const step = this.#stepOf(op);
    if (step === undefined) return undefined;
    if (step.kind === 'static') return step.authorization;
    const cache = this.#cache as TokenCache;
    const fresh = cache.fresh(step.key);
    if (fresh !== undefined) return tokenAuthorization(cache, step.scopes, fresh);
    return raceAbort(cache.get(step.scopes, step.key), signal, op.operationId).then((token) =>
      tokenAuthorization(cache, step.scopes, token),
    );
  }

  /** {@link #plan} of `op`, remembered once it succeeds. */
  #stepOf(op: OperationDescriptor): Step | undefined {
    const known = this.#steps.get(op);
    if (known !== undefined) return known ?? undefined;
    const step = this.#plan(op);
    this.#steps.set(op, step ?? null);
    return step;
  }

  /** The first satisfiable requirement's step; undefined for no authentication. */
  #plan(op: OperationDescriptor): Step | undefined {
    if (op.security.length === 0) return undefined;
    for (const requirement of op.security) {
      const entries = Object.entries(requirement);
      if (entries.length === 0) return undefined;
      const steps = entries.map(([name, scopes]) => this.#satisfy(this.#api.securitySchemes[name], scopes));
      if (steps.length === 1 && steps[0] !== undefined) return steps[0];
    }
    const wanted = op.security.map((r) => Object.keys(r).join(' + ') || '(none)').join(' or ');
    throw new ConfigurationError(
      `${op.operationId}: the configured credentials satisfy none of its security requirements (${wanted})`,
    );
  }

  #satisfy(scheme: SecuritySchemeDefinition | undefined, scopes: readonly string[]): Step | undefined {
    const c = this.#credentials;
    if (scheme === undefined || c === undefined) return undefined;
    if ('apiKey' in c) {
      return scheme.type === 'api-key' ? staticStep(c.apiKey, { in: scheme.in, name: scheme.name }) : undefined;
    }
    if ('accessToken' in c) {
      return scheme.type === 'http-bearer' || scheme.type.startsWith('oauth2')
        ? staticStep(`Bearer ${c.accessToken}`)
        : undefined;
    }
    if ('tokenProvider' in c) {
      return scheme.type === 'http-bearer' || scheme.type.startsWith('oauth2') ? tokenStep(scopes) : undefined;
    }
    if ('username' in c) {
      return scheme.type === 'http-bearer' || scheme.type === 'oauth2-password' ? tokenStep([]) : undefined;
    }
    if (scheme.type === 'http-basic') return staticStep(basicAuthorization(c.clientId, c.clientSecret));
    if (scheme.type === 'oauth2-client-credentials') return tokenStep(c.scopes ?? scopes);
    return undefined;
  }

  toJSON(): string {
    return 'Authenticator';
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return 'Authenticator';
  }
}

/** The `Authorization` of a cached token; rejecting it makes the cache renew it. */
function tokenAuthorization(cache: TokenCache, scopes: readonly string[], token: CachedToken): Authorization {
  return {
    value: token.authorization(),
    renewable: true,
    reject: () => cache.invalidate(scopes, token),
  };
}

/** Secret values of `credentials`, registered with the scrubber. */
function credentialValues(c: Credentials | undefined): string[] {
  if (c === undefined) return [];
  if ('accessToken' in c) return [c.accessToken];
  if ('apiKey' in c) return [c.apiKey];
  if ('username' in c) return [c.password, c.clientSecret];
  if ('clientSecret' in c) return [c.clientSecret];
  return [];
}

/**
 * A token cache for credentials that obtain tokens, or undefined for the others (an access token;
 * a client id and secret when the API has no client credentials flow, so they can only be http basic).
 * @throws ConfigurationError when tokens are needed and no token URL is known.
 */
function createCache(api: ApiDefinition, c: Credentials | undefined, s: AuthSettings): TokenCache | undefined {
  if (c === undefined || 'accessToken' in c || 'apiKey' in c) return undefined;
  const base = { scrubber: s.scrubber, onToken: c.onToken };
  if ('tokenProvider' in c) {
    const fetcher: TokenFetcher = async (scopes, previous) => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(new Error('token provider timed out')), s.timeoutMs);
      try {
        return await c.tokenProvider({
          scopes,
          previous,
          signal: controller.signal,
        });
      } finally {
        clearTimeout(timer);
      }
    };
    return new TokenCache(fetcher, {
      ...base,
      renewBeforeSeconds: s.clockSkewSeconds,
    });
  }
  // `{ clientId, clientSecret }` for an API without a client credentials flow is http basic: no token.
  const clientCredentialsFlow = Object.values(api.securitySchemes).some(
    (scheme) => scheme.type === 'oauth2-client-credentials',
  );
  if (!('username' in c) && !clientCredentialsFlow) return undefined;
  if (s.tokenUrl === undefined) {
    throw new ConfigurationError(`${api.title}: no token URL is known for this environment; pass tokenUrl`);
  }
  const ctx = {
    fetch: s.fetch,
    tokenUrl: s.tokenUrl,
    timeoutMs: s.timeoutMs,
    scrubber: s.scrubber,
    headers: s.tokenHeaders,
  };
  if ('username' in c) {
    return new TokenCache(passwordGrantFetcher(ctx, c), {
      ...base,
      renewBeforeSeconds: PASSWORD_GRANT_RENEW_BEFORE_SECONDS,
    });
  }
  return new TokenCache(clientCredentialsFetcher(ctx, c.clientId, c.clientSecret), {
    ...base,
    renewBeforeSeconds: s.clockSkewSeconds,
  });
}

/**
 * Puts an API key where its scheme says: a header (`headers` is changed), a query parameter or a
 * cookie (appended to a `cookie` header already there). Returns the URL to send.
 */
export function placeApiKey(
  placement: ApiKeyPlacement,
  key: string,
  headers: Record<string, string>,
  url: string,
): string {
  if (placement.in === 'query') {
    return `${url}${url.includes('?') ? '&' : '?'}${encodeURIComponent(placement.name)}=${encodeURIComponent(key)}`;
  }
  const name = placement.name.toLowerCase();
  if (placement.in === 'header') headers[name] = key;
  else
    headers['cookie'] = [headers['cookie'], `${placement.name}=${encodeURIComponent(key)}`].filter(Boolean).join('; ');
  return url;
}

/**
 * Options a caller passes to a generated client (per client) and to one method call (per request),
 * plus the credential, hook and logger shapes they contain. Units are stated on every field:
 * durations ending in `Ms` are milliseconds, those ending in `Seconds` are seconds.
 */
import type { ValidationError } from './validation.js';

/**
 * An OAuth 2 token response (RFC 6749 §5.1; PayQuicker `OAuthToken`, doc/models/o-auth-token.md).
 * Field names are the wire names. When the runtime stores a token it fills `expiry` from
 * `expires_in`, so a persisted token (see `onToken`) keeps its real expiry.
 */
export interface OAuthToken {
  readonly access_token: string;
  readonly token_type: string;
  /** Lifetime in seconds, counted from when the token was issued. */
  readonly expires_in?: number;
  /** Granted scopes, space-delimited. */
  readonly scope?: string;
  /** Expiry as a unix timestamp in seconds (UTC). */
  readonly expiry?: number;
  readonly refresh_token?: string;
}

/** Called with every new token the runtime obtains, e.g. to persist it. */
export type OnToken = (token: OAuthToken) => void;

/** What a caller-supplied token provider is told when the runtime needs a token. */
export interface TokenProviderContext {
  /** Scopes the token must carry (empty when the scheme has none). */
  readonly scopes: readonly string[];
  /** The last token the runtime held for these scopes, now expired or rejected by the API. */
  readonly previous: OAuthToken | undefined;
  /** Aborted when the runtime's token timeout elapses. */
  readonly signal: AbortSignal;
}

/** OAuth 2 client credentials grant (RFC 6749 §4.4): PayQuicker server-to-server calls. */
export interface ClientCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Scopes to request for every token; when absent, each operation's required scopes are requested. */
  readonly scopes?: readonly string[];
  readonly onToken?: OnToken;
}

/** OAuth 2 resource owner password grant (RFC 6749 §4.3): the ABConnect identity server. */
export interface PasswordCredentials {
  readonly username: string;
  readonly password: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly onToken?: OnToken;
}

/** A bearer token obtained elsewhere; never refreshed. */
export interface StaticTokenCredentials {
  readonly accessToken: string;
}

/**
 * An API key (OpenAPI 3.1 §4.8.27, security scheme type `apiKey`): sent as is in the header, query
 * parameter or cookie its scheme names, on every operation that accepts that scheme.
 */
export interface ApiKeyCredentials {
  readonly apiKey: string;
}

/** Tokens come from the caller, e.g. from a shared cache or a secrets manager. */
export interface TokenProviderCredentials {
  readonly tokenProvider: (ctx: TokenProviderContext) => Promise<OAuthToken>;
  readonly onToken?: OnToken;
}

/** Every credential shape the runtime accepts. */
export type Credentials =
  ClientCredentials | PasswordCredentials | StaticTokenCredentials | TokenProviderCredentials | ApiKeyCredentials;

/** Retry policy. Backoff is exponential with full jitter: `random(0, min(maxDelayMs, baseDelayMs * 2 ** attempt))`. */
export interface RetryOptions {
  /** Retries after the first attempt; default 2. `0` disables retries. */
  readonly maxRetries?: number;
  /** Base of the exponential backoff in milliseconds; default 500. */
  readonly baseDelayMs?: number;
  /** Upper bound of any wait in milliseconds, including a server's `Retry-After`; default 20 000. */
  readonly maxDelayMs?: number;
}

/**
 * How responses are checked against the spec: `strict` throws `ResponseValidationError`, `warn`
 * (default) returns the data and reports drift, `off` skips checking. Requests are checked in both
 * `strict` and `warn`; `off` skips that too. A 2xx body that is not JSON where the spec documents
 * JSON is refused in every mode (reason `invalid-json`).
 */
export type ValidationMode = 'strict' | 'warn' | 'off';

/** Structured logger; the runtime redacts every message and field before calling it. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Payload of `hooks.beforeRequest`; `headers` is a redacted copy with lower-case names. */
export interface BeforeRequestContext {
  readonly operationId: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Payload of `hooks.afterResponse`; `durationMs` covers sending and reading the body. */
export interface AfterResponseContext {
  readonly operationId: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly durationMs: number;
}

/** Payload of `hooks.onRetry`: `attempt` is the 1-based number of the retry about to be made. */
export interface RetryContext {
  readonly operationId: string;
  readonly attempt: number;
  /** Wait before the retry, in milliseconds. */
  readonly delayMs: number;
  /** Why: `HTTP 503`, `network error: ECONNRESET`, `timeout`, `token endpoint: …`. */
  readonly reason: string;
}

/** Payload of `hooks.onDrift`: a response that does not match its documented schema. */
export interface DriftContext {
  readonly operationId: string;
  readonly status: number;
  readonly errors: readonly ValidationError[];
}

/**
 * Observation points. Every payload is redacted. A hook's own error propagates to the caller of the
 * method. `beforeRequest` may return headers to add to the request (they override earlier ones).
 */
export interface Hooks {
  beforeRequest?(ctx: BeforeRequestContext): void | Record<string, string> | Promise<void | Record<string, string>>;
  afterResponse?(ctx: AfterResponseContext): void | Promise<void>;
  onRetry?(ctx: RetryContext): void | Promise<void>;
  onDrift?(ctx: DriftContext): void | Promise<void>;
}

/**
 * Per-client options. Server variables of the API (e.g. PayQuicker `sandboxInstance`) are accepted as
 * extra top-level string options by the generated option type.
 */
export interface ClientOptions<Env extends string = string> {
  /** Environment name from the spec's servers; default: the first non-production server. */
  readonly environment?: Env;
  /** Absolute base URL overriding the environment's; the token URL then defaults to `baseUrl + tokenPath`. */
  readonly baseUrl?: string;
  readonly credentials?: Credentials;
  /** Token endpoint overriding the environment's. */
  readonly tokenUrl?: string;
  readonly fetch?: typeof fetch;
  /**
   * Limit of each HTTP attempt (request and body) in milliseconds; default 60 000, the vendor SDK
   * default. `0`: no limit, and fetch gets no signal but the caller's.
   */
  readonly timeoutMs?: number;
  readonly retry?: RetryOptions | false;
  readonly validation?: ValidationMode;
  /** In `strict` mode, also throw on unknown enum values and undocumented properties; default false. */
  readonly strictUnknowns?: boolean;
  /**
   * Log the spec's local warnings (`x-api-contracts-warn`, rules of ours stricter than the vendor,
   * e.g. a PayQuicker job without items) through `logger.warn`; default true. Never refuses a request.
   */
  readonly localWarnings?: boolean;
  /**
   * Most schema errors collected per validated part (the parameters, a request body, a response
   * body): a positive integer, or `Infinity` for every error; default 100 (`DEFAULT_MAX_ERRORS`).
   * Validation of a huge invalid body stops at the first error beyond it, and the list then ends
   * with one error of keyword `maxErrors` (see `ValidationResult`), which `strict` mode throws on.
   */
  readonly maxValidationErrors?: number;
  /** Raise a 2xx failure envelope (`success: false`) as `FailureEnvelopeError`; default true. */
  readonly failureEnvelopeAsError?: boolean;
  /** Headers sent on every request; override the API's fixed headers. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly hooks?: Hooks;
  /** Default: warnings and errors to the console, debug and info dropped. */
  readonly logger?: Logger;
  /** A client credentials token is renewed this many seconds before it expires; default 60. */
  readonly clockSkewSeconds?: number;
}

/** Per-request options; each overrides the client option of the same name for this call. */
export interface RequestOptions {
  readonly signal?: AbortSignal;
  /** Limit of each HTTP attempt in milliseconds; `0`: no limit (see {@link ClientOptions.timeoutMs}). */
  readonly timeoutMs?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly validation?: ValidationMode;
  readonly retry?: RetryOptions | false;
}

/**
 * The engine behind every generated client method: builds and validates the request (request-builder.ts),
 * authenticates (auth.ts), sends with per-attempt timeouts through the retry and 401-replay loop
 * (send-loop.ts), and interprets the response (response.ts). One `ClientCore` per client; it holds credentials in
 * private fields and shows only its API name, environment and base URL when logged or inspected.
 *
 * Per-call cost follows what is configured: client options are resolved once at construction, and
 * URLs and headers are redacted only when a logger, a hook or an error will receive them.
 */
import { Authenticator, placeApiKey } from './auth.js';
import type { ApiDefinition } from './definition.js';
import { resolveEnvironment, type ResolvedEnvironment } from './environment.js';
import { AbortError, ConfigurationError, type ApiErrorClass } from './errors.js';
import { mergeHeaders, setHeaders } from './header-record.js';
import { Instrumentation } from './instrumentation.js';
import { localWarningsFor } from './local-warnings.js';
import type { OperationDescriptor } from './operation.js';
import type { ClientOptions, RequestOptions, ValidationMode } from './options.js';
import { items, pages } from './pagination.js';
import { redactHeaders, redactUrl } from './redact.js';
import { prepareRequest, type PreparedRequest } from './request-builder.js';
import { interpretResponse } from './response.js';
import { isRetrySafe, resolveRetryPolicy, type RetryPolicy } from './retry.js';
import { SecretScrubber } from './secret-scrubber.js';
import { sendWithRetries, type Sent } from './send-loop.js';
import { sendOnce } from './transport.js';
import { maxErrorsOf, type ValidateOptions } from './validation.js';

/** Default limit of one HTTP attempt: 60 000 ms, the vendor SDK default. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Default renewal lead of client credentials tokens: 60 seconds. */
export const DEFAULT_CLOCK_SKEW_SECONDS = 60;

/** The API's fixed headers overridden by the client's, checked once. */
function clientHeaders(api: ApiDefinition, options: ClientOptions): Record<string, string> {
  try {
    return mergeHeaders(api.fixedHeaders, options.headers);
  } catch (error) {
    throw new ConfigurationError(`${api.title}: ${(error as Error).message} in headers`);
  }
}

/**
 * The headers of a token request: each of the API's token headers with the client's value of the
 * same name (`headers`, keyed by lower-case name) or else the spec's default.
 */
function tokenHeaders(api: ApiDefinition, headers: Readonly<Record<string, string>>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, fallback] of Object.entries(api.tokenHeaders ?? {}))
    result[name] = headers[name.toLowerCase()] ?? fallback;
  return result;
}

/** The options every generated validator gets, from `maxValidationErrors` (checked once). */
function validateOptions(api: ApiDefinition, options: ClientOptions): ValidateOptions {
  const given = options.maxValidationErrors;
  try {
    return Object.freeze({ maxErrors: maxErrorsOf(given === undefined ? undefined : { maxErrors: given }) });
  } catch {
    throw new ConfigurationError(`${api.title}: maxValidationErrors must be a positive integer or Infinity`);
  }
}

/** Shared runtime of one generated client. */
export class ClientCore {
  readonly #api: ApiDefinition;
  readonly #options: ClientOptions;
  readonly #env: ResolvedEnvironment;
  readonly #auth: Authenticator;
  readonly #instr: Instrumentation;
  readonly #errorClasses: Readonly<Record<string, ApiErrorClass>>;
  readonly #fetch: typeof fetch;
  readonly #headers: Readonly<Record<string, string>>;
  readonly #mode: ValidationMode;
  readonly #timeoutMs: number;
  readonly #policy: RetryPolicy;
  readonly #strictUnknowns: boolean;
  readonly #validateOptions: ValidateOptions;
  readonly #failureEnvelopeAsError: boolean;
  readonly #localWarnings: boolean;
  /** Configured credentials and issued tokens, scrubbed from every log line, hook payload and error. */
  readonly #scrubber = new SecretScrubber();

  /**
   * @param api the API definition written by the generator.
   * @param options client options; server variables as extra top-level keys. Read once, here.
   * @param errorClasses generated `ApiError` subclasses by error body schema name.
   * @throws ConfigurationError for an unknown environment, a server variable outside its enum, a
   *   malformed URL, a header that cannot be sent, a `maxValidationErrors` that is not a positive
   *   integer or `Infinity`, or credentials that need a token endpoint when
   *   none is known.
   */
  constructor(
    api: ApiDefinition,
    options: ClientOptions = {},
    errorClasses: Readonly<Record<string, ApiErrorClass>> = {},
  ) {
    this.#api = api;
    this.#options = options;
    this.#env = resolveEnvironment(api, options);
    this.#fetch = options.fetch ?? globalThis.fetch;
    this.#errorClasses = errorClasses;
    this.#headers = clientHeaders(api, options);
    this.#mode = options.validation ?? 'warn';
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#policy = resolveRetryPolicy(options.retry, undefined);
    this.#strictUnknowns = options.strictUnknowns ?? false;
    this.#validateOptions = validateOptions(api, options);
    this.#failureEnvelopeAsError = options.failureEnvelopeAsError ?? true;
    this.#localWarnings = options.localWarnings ?? true;
    this.#scrubber.learn({ headers: this.#headers }); // an API key among the client's headers
    this.#instr = new Instrumentation(options.logger, options.hooks, this.#scrubber);
    this.#auth = new Authenticator(api, options.credentials, {
      fetch: this.#fetch,
      tokenUrl: this.#env.tokenUrl,
      timeoutMs: this.#timeoutMs,
      clockSkewSeconds: options.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS,
      scrubber: this.#scrubber,
      tokenHeaders: tokenHeaders(api, this.#headers),
    });
  }

  /** Base URL requests go to (no trailing slash). */
  get baseUrl(): string {
    return this.#env.baseUrl;
  }

  /** Environment name, or undefined when a `baseUrl` was given. */
  get environment(): string | undefined {
    return this.#env.environment;
  }

  /**
   * Calls `op` and resolves to the parsed JSON body of the 2xx response (`undefined` when empty, the
   * text when the spec documents no JSON body). See errors.ts for what it rejects with.
   */
  async request<T>(op: OperationDescriptor, params: object = {}, options?: RequestOptions): Promise<T> {
    const signal = options?.signal;
    if (signal?.aborted) throw new AbortError(op.operationId, signal.reason);
    const mode = options?.validation ?? this.#mode;
    const prepared = prepareRequest({
      baseUrl: this.#env.baseUrl,
      op,
      params,
      baseHeaders: this.#headers,
      requestHeaders: options?.headers,
      mode,
      validateOptions: this.#validateOptions,
    });
    if (this.#localWarnings)
      for (const message of localWarningsFor(op, prepared.bodyValue)) this.#instr.log('warn', message);
    const { exchange, headers } = await sendWithRetries({
      operationId: op.operationId,
      policy: options?.retry === undefined ? this.#policy : resolveRetryPolicy(this.#options.retry, options.retry),
      retrySafe: isRetrySafe(op, prepared.bodyValue),
      signal,
      instr: this.#instr,
      send: (attempt) => this.#send(op, prepared, options, attempt),
    });
    return (await interpretResponse({
      api: this.#api,
      op,
      request: { url: prepared.url, headers, body: prepared.bodyValue },
      scrubber: this.#scrubber,
      exchange,
      mode,
      strictUnknowns: this.#strictUnknowns,
      validateOptions: this.#validateOptions,
      failureEnvelopeAsError: this.#failureEnvelopeAsError,
      errorClasses: this.#errorClasses,
      instr: this.#instr,
    })) as T;
  }

  /** Async iterator over the page bodies of a paginated operation (see pagination.ts). */
  pages<T>(op: OperationDescriptor, params: object = {}, options: RequestOptions = {}): AsyncIterable<T> {
    return pages<T>((o, p, r) => this.request(o, p, r), op, params, options);
  }

  /** Async iterator over the items of every page of a paginated operation. */
  items<T>(op: OperationDescriptor, params: object = {}, options: RequestOptions = {}): AsyncIterable<T> {
    return items<T>((o, p, r) => this.request(o, p, r), op, params, options);
  }

  /** One attempt: authenticate, run hooks, send, log. Redacted copies are built only for a hook or log that takes them. */
  async #send(
    op: OperationDescriptor,
    prepared: PreparedRequest,
    options: RequestOptions | undefined,
    attempt: number,
  ): Promise<Sent> {
    const instr = this.#instr;
    const pending = this.#auth.authorize(op, options?.signal);
    const authorization = pending instanceof Promise ? await pending : pending;
    // A hook may add headers for this attempt only, and an API key may extend the cookie header, so
    // they get a copy; otherwise every attempt sets the same names on the prepared headers.
    const apiKey = authorization?.apiKey;
    const headers = instr.hasBeforeRequest || apiKey !== undefined ? { ...prepared.headers } : prepared.headers;
    if (authorization !== undefined && apiKey === undefined) headers['authorization'] = authorization.value;
    const url = instr.hasBeforeRequest || instr.enabled('debug') ? redactUrl(prepared.url) : '';
    if (instr.hasBeforeRequest) {
      const added = await instr.beforeRequest({
        operationId: op.operationId,
        method: op.method,
        url,
        headers: redactHeaders(headers),
      });
      setHeaders(headers, added);
    }
    if (instr.enabled('debug')) {
      // log() redacts its fields (secret header names included) as it copies them.
      instr.log('debug', `${op.operationId}: ${op.method} ${url}`, { attempt, headers, body: prepared.bodyValue });
    }
    // Placed after the hooks and the log, which never see it: an API key's name need not look secret.
    const target =
      authorization?.apiKey === undefined
        ? prepared.url
        : placeApiKey(authorization.apiKey, authorization.value, headers, prepared.url);
    const exchange = await sendOnce({
      fetch: this.#fetch,
      method: op.method,
      url: target,
      headers,
      body: prepared.body,
      timeoutMs: options?.timeoutMs ?? this.#timeoutMs,
      signal: options?.signal,
      operationId: op.operationId,
    });
    if (instr.enabled('debug') || instr.hasAfterResponse) {
      const responseHeaders = redactHeaders(exchange.headers);
      instr.log('debug', `${op.operationId}: HTTP ${exchange.status} in ${exchange.durationMs} ms`, {
        headers: responseHeaders,
      });
      if (instr.hasAfterResponse) {
        await instr.afterResponse({
          operationId: op.operationId,
          status: exchange.status,
          headers: responseHeaders,
          durationMs: exchange.durationMs,
        });
      }
    }
    return { exchange, authorization, headers };
  }

  toJSON(): Record<string, unknown> {
    return {
      api: this.#api.name,
      environment: this.#env.environment,
      baseUrl: this.#env.baseUrl,
    };
  }

  toString(): string {
    return `ClientCore(${this.#api.name} ${this.#env.environment ?? this.#env.baseUrl})`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }
}

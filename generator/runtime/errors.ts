/**
 * The runtime's error hierarchy. Every error a client method rejects with is an
 * {@link ApiClientError}; `instanceof` picks the cause. No error carries a credential or token:
 * URLs and headers are redacted before they are stored, and everything a server sent back (token
 * endpoint messages, error bodies and headers) is scrubbed of every credential value the request
 * carried (secret-scrubber.ts), since a server may echo the request.
 */
import type { ValidationError } from './validation.js';

/** Base of every error the runtime raises. */
export class ApiClientError extends Error {
  /** The operation being called, when the error happened during a call. */
  readonly operationId: string | undefined;

  constructor(message: string, options: { operationId?: string | undefined; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.operationId = options.operationId;
  }
}

/** What an {@link ApiError} (and every generated subclass) is built from. */
export interface ApiErrorInit<Body = unknown> {
  readonly status: number;
  /** Response headers, lower-case names, secret values redacted and echoed credentials scrubbed. */
  readonly headers: Readonly<Record<string, string>>;
  /**
   * Parsed JSON body, or the body text when it is not JSON (an HTML proxy page), or undefined when
   * empty; echoed credentials scrubbed at any depth.
   */
  readonly body: Body;
  readonly operationId: string;
  readonly method: string;
  /** Request URL with secrets removed. */
  readonly url: string;
  /** The vendor's request reference (PayQuicker `requestRef`/`referenceId`, or an `x-request-id` header). */
  readonly requestRef: string | undefined;
  /** Overrides the default message. */
  readonly message?: string;
}

/**
 * The API answered with a non-2xx status. Generated clients subclass it once per documented error
 * body schema (`class ApiErrorResultError extends ApiError<ApiErrorResult> {}`); an undocumented
 * status or a body that does not parse as JSON gives a plain `ApiError`.
 */
export class ApiError<Body = unknown> extends ApiClientError {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Body;
  readonly method: string;
  readonly url: string;
  readonly requestRef: string | undefined;

  constructor(init: ApiErrorInit<Body>) {
    const ref = init.requestRef === undefined ? '' : ` (requestRef ${init.requestRef})`;
    super(init.message ?? `${init.operationId}: ${init.method} ${init.url} failed with HTTP ${init.status}${ref}`, {
      operationId: init.operationId,
    });
    this.status = init.status;
    this.headers = init.headers;
    this.body = init.body;
    this.method = init.method;
    this.url = init.url;
    this.requestRef = init.requestRef;
  }
}

/** Constructor of an `ApiError` subclass, as generated clients pass them to `ClientCore`. */
export type ApiErrorClass = new (init: ApiErrorInit<never>) => ApiError<unknown>;

/**
 * A 2xx response whose documented schema is the API's failure envelope and whose success property
 * is false (ABConnect `ServiceBaseResponse` with `success: false`). `message` carries the
 * envelope's error message. Raised unless the client sets `failureEnvelopeAsError: false`.
 */
export class FailureEnvelopeError<Body = unknown> extends ApiError<Body> {
  /** The envelope's message property (`errorMessage`), when present. */
  readonly envelopeMessage: string | undefined;

  constructor(init: ApiErrorInit<Body> & { readonly envelopeMessage: string | undefined }) {
    const detail = init.envelopeMessage ?? 'no message';
    super({
      ...init,
      message: `${init.operationId}: the API reported failure in a ${init.status} response: ${detail}`,
    });
    this.envelopeMessage = init.envelopeMessage;
  }
}

/** Fields of an {@link AuthError}. */
export interface AuthErrorDetails {
  status?: number | undefined;
  error?: string | undefined;
  errorDescription?: string | undefined;
  transient?: boolean | undefined;
  operationId?: string | undefined;
  cause?: unknown;
}

/**
 * The token endpoint refused or could not be reached. `error` and `errorDescription` are the OAuth 2
 * error response fields (RFC 6749 §5.2; PayQuicker `OAuthProviderException`).
 */
export class AuthError extends ApiClientError {
  /** HTTP status of the token endpoint, when it answered. */
  readonly status: number | undefined;
  /** OAuth 2 error code: `invalid_client`, `invalid_grant`, `invalid_scope`… */
  readonly error: string | undefined;
  /** The OAuth 2 `error_description`, scrubbed of every credential the token request carried. */
  readonly errorDescription: string | undefined;
  /** True when the failure is transient (network error, timeout, 429 or 5xx): the call may be retried. */
  readonly transient: boolean;

  constructor(message: string, details: AuthErrorDetails = {}) {
    super(message, { operationId: details.operationId, cause: details.cause });
    this.status = details.status;
    this.error = details.error;
    this.errorDescription = details.errorDescription;
    this.transient = details.transient ?? false;
  }
}

/** The connection failed (refused, reset, DNS); `code` is the system error code when known. */
export class NetworkError extends ApiClientError {
  readonly code: string | undefined;

  constructor(
    message: string,
    options: { code?: string | undefined; operationId?: string | undefined; cause?: unknown } = {},
  ) {
    super(message, options);
    this.code = options.code;
  }
}

/** An HTTP attempt exceeded its `timeoutMs`. Retried like a network error for retryable operations. */
export class TimeoutError extends ApiClientError {
  /** The limit that elapsed, in milliseconds. */
  readonly timeoutMs: number;

  constructor(timeoutMs: number, operationId?: string) {
    super(`${operationId ?? 'request'} timed out after ${timeoutMs} ms`, { operationId });
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's `AbortSignal` fired. Never retried. */
export class AbortError extends ApiClientError {
  constructor(operationId?: string, cause?: unknown) {
    super(`${operationId ?? 'request'} was aborted by the caller`, { operationId, cause });
  }
}

/** A request validation failure: a spec rule plus where it applies. */
export interface RequestValidationIssue extends ValidationError {
  /** `parameters` (instancePath starts with the parameter's wire name) or `body`. */
  readonly in: 'parameters' | 'body';
}

/** Renders one issue: `parameter 'pageSize' must be <= 50`, `request body /items/0 must have required property 'amount'`. */
function describeIssue(issue: RequestValidationIssue): string {
  if (issue.in === 'body') return `request body ${issue.instancePath || '/'} ${issue.message}`;
  const missing = issue.params['missingProperty'];
  if (issue.keyword === 'required' && typeof missing === 'string' && issue.instancePath === '') {
    return `parameter '${missing}' is required`;
  }
  const [, first, ...rest] = issue.instancePath.split('/');
  const name = (first ?? '').replace(/~1/g, '/').replace(/~0/g, '~');
  const inner = rest.length > 0 ? ` at /${rest.join('/')}` : '';
  return `parameter '${name}'${inner} ${issue.message}`;
}

/** The request broke the spec (parameters or body); nothing was sent. */
export class RequestValidationError extends ApiClientError {
  readonly errors: readonly RequestValidationIssue[];

  constructor(operationId: string, errors: readonly RequestValidationIssue[]) {
    super(`${operationId}: invalid request: ${errors.map(describeIssue).join('; ')}`, { operationId });
    this.errors = errors;
  }
}

/**
 * Why a 2xx response was refused:
 * - `invalid-json`: the spec documents a JSON body and the body is not JSON (another content type, or
 *   text that does not parse). Thrown in every validation mode: the types promise an object.
 * - `schema`: the JSON body breaks its documented schema. Thrown in `strict` mode only.
 */
export type ResponseValidationReason = 'invalid-json' | 'schema';

/**
 * A 2xx response broke the spec (see {@link ResponseValidationReason}); `errors` carry JSON pointers
 * into the body. `body` and `errors` are scrubbed of every credential the request carried.
 */
export class ResponseValidationError extends ApiClientError {
  readonly status: number;
  readonly reason: ResponseValidationReason;
  readonly errors: readonly ValidationError[];
  /** The response body as received (the text when it is not JSON), credentials scrubbed. */
  readonly body: unknown;

  constructor(
    operationId: string,
    status: number,
    errors: readonly ValidationError[],
    body: unknown,
    reason: ResponseValidationReason = 'schema',
  ) {
    const first = errors[0];
    const where = first ? `: ${first.instancePath || '/'} ${first.message}` : '';
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    const what = reason === 'invalid-json' ? 'is not the JSON the spec documents' : 'does not match the spec';
    super(`${operationId}: HTTP ${status} response ${what}${where}${more}`, { operationId });
    this.status = status;
    this.reason = reason;
    this.errors = errors;
    this.body = body;
  }
}

/** Bad client options or environment variables; `variable` names the environment variable when one is at fault. */
export class ConfigurationError extends ApiClientError {
  readonly variable: string | undefined;

  constructor(message: string, variable?: string) {
    super(message);
    this.variable = variable;
  }
}

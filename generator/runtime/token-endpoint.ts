/**
 * Calling an OAuth 2 token endpoint (RFC 6749 §3.2): a form-encoded POST whose success response is a
 * token (§5.1) and whose error response carries `error`, `error_description`, `error_uri` (§5.2;
 * PayQuicker `OAuthProviderException`). Shared by the client credentials and password grants.
 */
import { AbortError, ApiClientError, AuthError, NetworkError, TimeoutError } from './errors.js';
import type { OAuthToken } from './options.js';
import { redactUrl } from './redact.js';
import type { SecretScrubber } from './secret-scrubber.js';
import { sendOnce } from './transport.js';

/** What a token request needs besides the form. */
export interface TokenEndpointContext {
  readonly fetch: typeof fetch;
  readonly tokenUrl: string;
  /** Limit of the token request in milliseconds. */
  readonly timeoutMs: number;
  /** The client's scrubber; extended with the request's credentials to scrub what the token endpoint sends back. */
  readonly scrubber: SecretScrubber;
  /** Headers every token request carries (the spec's token headers, see `ApiDefinition.tokenHeaders`). */
  readonly headers?: Readonly<Record<string, string>>;
}

function stringField(body: unknown, name: string): string | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const value = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * POSTs `form` to the token endpoint and returns the token.
 * @throws AuthError with the OAuth `error` code and `error_description` on a non-2xx answer, on a 2xx
 *   answer without `access_token`, and (with `transient: true`) on network errors, timeouts, 429 and
 *   5xx. Never includes the form, the `Authorization` header or a token: the code and description are
 *   scrubbed of every credential the request carried, in any spelling (see secret-scrubber.ts).
 */
export async function requestToken(
  ctx: TokenEndpointContext,
  form: URLSearchParams,
  extraHeaders: Readonly<Record<string, string>> = {},
): Promise<OAuthToken> {
  const url = redactUrl(ctx.tokenUrl);
  const headers = new Headers({
    ...ctx.headers,
    ...extraHeaders,
    'Content-Type': 'application/x-www-form-urlencoded',
    Accept: 'application/json',
  });
  let exchange;
  try {
    exchange = await sendOnce({
      fetch: ctx.fetch,
      method: 'POST',
      url: ctx.tokenUrl,
      headers,
      body: form.toString(),
      timeoutMs: ctx.timeoutMs,
      signal: undefined,
      operationId: undefined,
    });
  } catch (error) {
    const transient = error instanceof NetworkError || error instanceof TimeoutError;
    const reason = error instanceof ApiClientError && !(error instanceof AbortError) ? error.message : 'request failed';
    throw new AuthError(`token endpoint ${url}: ${reason}`, { transient, cause: error });
  }
  const body = parseJson(exchange.text);
  if (exchange.status < 200 || exchange.status >= 300) {
    // The endpoint may echo the request: scrub every credential it carried (Basic header, form fields).
    const scrubber = ctx.scrubber.forRequest({ headers, url: ctx.tokenUrl, form });
    const code = scrubber.scrubOptional(stringField(body, 'error'));
    const description = scrubber.scrubOptional(stringField(body, 'error_description'));
    const detail = code === undefined ? '' : `: ${code}${description === undefined ? '' : ` (${description})`}`;
    throw new AuthError(`token endpoint ${url} refused the token request with HTTP ${exchange.status}${detail}`, {
      status: exchange.status,
      error: code,
      errorDescription: description,
      transient: exchange.status === 429 || exchange.status >= 500,
    });
  }
  if (typeof stringField(body, 'access_token') !== 'string') {
    throw new AuthError(`token endpoint ${url} answered HTTP ${exchange.status} without an access_token`, {
      status: exchange.status,
    });
  }
  return body as OAuthToken;
}

/**
 * One HTTP exchange: send with `fetch`, read the whole body as text, and turn low-level failures into
 * `NetworkError`, `TimeoutError` or `AbortError`. The timeout (milliseconds) covers the body too.
 */
import { NetworkError } from './errors.js';
import type { EncodedBody } from './request-body.js';
import { attemptSignal, cancellationError } from './timeout.js';

/** A received response with its body already read. */
export interface Exchange {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** Time from sending to the end of the body, in milliseconds. */
  readonly durationMs: number;
}

/** What one exchange needs. */
export interface SendInit {
  readonly fetch: typeof fetch;
  readonly method: string;
  readonly url: string;
  /** A `Headers` instance, or a plain object (cheaper for `fetch` to take in). */
  readonly headers: Headers | Readonly<Record<string, string>>;
  readonly body: EncodedBody | undefined;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  readonly operationId: string | undefined;
}

/** System error code (`ECONNREFUSED`, `ECONNRESET`, `UND_ERR_SOCKET`) found on an error or its causes. */
function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Sends one request and reads its body.
 * @throws AbortError when `init.signal` aborts, TimeoutError when `init.timeoutMs` elapses,
 *   NetworkError for any other transport failure (message names the code, never headers or body).
 */
export async function sendOnce(init: SendInit): Promise<Exchange> {
  const attempt = attemptSignal(init.timeoutMs, init.signal);
  const started = performance.now();
  try {
    const requestInit: RequestInit = { method: init.method, headers: init.headers };
    if (attempt.signal !== undefined) requestInit.signal = attempt.signal;
    if (init.body !== undefined) requestInit.body = init.body;
    const response = await init.fetch(init.url, requestInit);
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      text,
      durationMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    const cancelled = cancellationError(attempt, init.signal, init.timeoutMs, init.operationId);
    if (cancelled) throw cancelled;
    const code = errorCode(error);
    const what = init.operationId ?? 'request';
    throw new NetworkError(`${what}: network error${code ? ` (${code})` : ''} calling ${new URL(init.url).origin}`, {
      code,
      operationId: init.operationId,
    });
  } finally {
    attempt.dispose();
  }
}

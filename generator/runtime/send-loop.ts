/**
 * The attempt loop of one call: replays once after a 401 with a renewable credential, and retries
 * retryable statuses and failures as retry.ts decides, sleeping between attempts (a caller abort cuts
 * the sleep short). A transient token endpoint failure is retried for every method, since the API
 * request itself was not sent.
 */
import type { Authorization } from './auth.js';
import { AuthError, NetworkError, TimeoutError } from './errors.js';
import type { Instrumentation } from './instrumentation.js';
import { isRetryableStatus, retryDelay, type RetryPolicy } from './retry.js';
import { sleep } from './timeout.js';
import type { Exchange } from './transport.js';

/** Outcome of one attempt that reached the server. */
export interface Sent {
  readonly exchange: Exchange;
  readonly authorization: Authorization | undefined;
  /** The request headers of this attempt, keyed by lower-case name, unredacted: to scrub their echoes. */
  readonly headers: Readonly<Record<string, string>>;
}

/** What the loop needs to know about the call. */
export interface SendLoopInit {
  readonly operationId: string;
  readonly policy: RetryPolicy;
  /** True when sending the request twice cannot do harm (see `isRetrySafe`). */
  readonly retrySafe: boolean;
  readonly signal: AbortSignal | undefined;
  readonly instr: Instrumentation;
  /** Makes one attempt; `attempt` counts retries made so far. */
  readonly send: (attempt: number) => Promise<Sent>;
}

/** The `reason` of an onRetry payload for a failed attempt. */
function reasonOf(error: unknown): string {
  if (error instanceof TimeoutError) return 'timeout';
  if (error instanceof NetworkError) return `network error${error.code ? `: ${error.code}` : ''}`;
  if (error instanceof AuthError)
    return `token endpoint: ${error.status === undefined ? 'unreachable' : `HTTP ${error.status}`}`;
  return 'error';
}

/**
 * Waits before retry number `retries + 1` (milliseconds from retry.ts); false when the server's
 * Retry-After is longer than `maxDelayMs`, in which case no retry is made.
 */
async function wait(init: SendLoopInit, retries: number, retryAfter: string | null, reason: string): Promise<boolean> {
  const delayMs = retryDelay(retries, init.policy, retryAfter);
  if (delayMs === undefined) {
    init.instr.log(
      'warn',
      `${init.operationId}: not retrying, Retry-After ${retryAfter ?? ''} exceeds maxDelayMs ${init.policy.maxDelayMs}`,
    );
    return false;
  }
  await init.instr.onRetry({ operationId: init.operationId, attempt: retries + 1, delayMs, reason });
  await sleep(delayMs, init.signal, init.operationId);
  return true;
}

/**
 * Sends until a response is final and returns its attempt (any status).
 * @throws the last attempt's NetworkError, TimeoutError or AuthError when not retried (any more);
 *   AbortError when the caller aborts.
 */
export async function sendWithRetries(init: SendLoopInit): Promise<Sent> {
  let retries = 0;
  let replayed = false;
  for (;;) {
    let sent: Sent;
    try {
      sent = await init.send(retries);
    } catch (error) {
      const transientAuth = error instanceof AuthError && error.transient;
      const transport = init.retrySafe && (error instanceof NetworkError || error instanceof TimeoutError);
      if (!(transientAuth || transport) || retries >= init.policy.maxRetries) throw error;
      await wait(init, retries++, null, reasonOf(error));
      continue;
    }
    const { exchange, authorization } = sent;
    if (exchange.status === 401 && authorization?.renewable && !replayed) {
      authorization.reject();
      replayed = true;
      init.instr.log('info', `${init.operationId}: HTTP 401, renewing the token and replaying once`);
      continue;
    }
    const retryable = init.retrySafe && isRetryableStatus(exchange.status) && retries < init.policy.maxRetries;
    if (retryable && (await wait(init, retries, exchange.headers.get('retry-after'), `HTTP ${exchange.status}`))) {
      retries++;
      continue;
    }
    return sent;
  }
}

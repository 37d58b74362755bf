/**
 * Timeouts and cancellation. Each HTTP attempt gets its own signal combining the caller's
 * `AbortSignal` with a per-attempt timer (`timeoutMs`, milliseconds), so the runtime can tell a
 * timeout (→ `TimeoutError`, retryable) from a caller abort (→ `AbortError`, never retried).
 */
import { AbortError, TimeoutError } from './errors.js';

/** A signal for one attempt; call `dispose()` when the attempt is over to clear its timer. */
export interface AttemptSignal {
  readonly signal: AbortSignal;
  /** True once the attempt's own timer fired. */
  timedOut(): boolean;
  dispose(): void;
}

/**
 * Starts a `timeoutMs` timer combined with `caller` (`AbortSignal.any`, Node ≥ 20.3). The timer is
 * unref'd so a pending attempt never keeps the process alive by itself.
 */
export function attemptSignal(timeoutMs: number, caller: AbortSignal | undefined): AttemptSignal {
  const controller = new AbortController();
  let fired = false;
  const timer = setTimeout(() => {
    fired = true;
    controller.abort(new Error(`timed out after ${timeoutMs} ms`));
  }, timeoutMs);
  timer.unref?.();
  const signal = caller === undefined ? controller.signal : AbortSignal.any([caller, controller.signal]);
  return { signal, timedOut: () => fired, dispose: () => clearTimeout(timer) };
}

/**
 * Maps a failure of an attempt to the runtime error it stands for: `AbortError` when the caller
 * aborted, `TimeoutError` when the attempt's timer fired, otherwise `undefined` (not a cancellation).
 */
export function cancellationError(
  attempt: AttemptSignal,
  caller: AbortSignal | undefined,
  timeoutMs: number,
  operationId: string | undefined,
): AbortError | TimeoutError | undefined {
  if (caller?.aborted) return new AbortError(operationId, caller.reason);
  if (attempt.timedOut()) return new TimeoutError(timeoutMs, operationId);
  return undefined;
}

/**
 * Waits `ms` milliseconds; rejects with `AbortError` as soon as `signal` aborts (so a backoff sleep
 * never outlives the caller's interest).
 */
export function sleep(ms: number, signal?: AbortSignal, operationId?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new AbortError(operationId, signal.reason));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new AbortError(operationId, signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Settles like `promise`, but rejects with `AbortError` as soon as `signal` aborts. Used when several
 * calls wait on one shared token request: one caller giving up must not cancel it for the others.
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined, operationId?: string): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(new AbortError(operationId, signal.reason));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new AbortError(operationId, signal.reason));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * Timeouts and cancellation. Each HTTP attempt gets its own signal that aborts when its timer
 * (`timeoutMs`, milliseconds) fires or the caller's `AbortSignal` aborts, so the runtime can tell a
 * timeout (→ `TimeoutError`, retryable) from a caller abort (→ `AbortError`, never retried). One
 * `AbortController` and one timer per attempt, both released by `dispose()`: `AbortSignal.any`
 * would cost several times more on every call, and is not needed when the caller passes no signal.
 * `timeoutMs: 0` means no limit: no timer and no signal of ours, fetch gets the caller's signal (or
 * none), which spares undici's per-signal bookkeeping on every call.
 */
import { AbortError, TimeoutError } from './errors.js';

/** The cancellation of one attempt: the signal to hand fetch, whether our timer fired, and its release. */
export interface Attempt {
  /** Aborts when the attempt should stop; `undefined` when nothing can stop it. */
  readonly signal: AbortSignal | undefined;
  /** True once the attempt's own timer fired. */
  timedOut(): boolean;
  /** Releases the timer and listeners; call it when the attempt is over. */
  dispose(): void;
}

/** A signal for one attempt; call `dispose()` when the attempt is over to clear its timer. */
export class AttemptSignal implements Attempt {
  readonly #controller = new AbortController();
  readonly #caller: AbortSignal | undefined;
  readonly #onCallerAbort: (() => void) | undefined;
  readonly #timer: ReturnType<typeof setTimeout>;
  #fired = false;

  /**
   * Starts a `timeoutMs` timer, unref'd so a pending attempt never keeps the process alive by
   * itself, and follows `caller` (its abort reason becomes this signal's).
   */
  constructor(timeoutMs: number, caller: AbortSignal | undefined) {
    this.#timer = setTimeout(fireTimeout, timeoutMs, this, timeoutMs);
    unrefTimer(this.#timer);
    this.#caller = caller;
    if (caller === undefined) return;
    if (caller.aborted) this.#controller.abort(caller.reason);
    else {
      this.#onCallerAbort = () => this.#controller.abort(caller.reason);
      caller.addEventListener('abort', this.#onCallerAbort, { once: true });
    }
  }

  /** Aborts when the timer fires or the caller aborts. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** True once the attempt's own timer fired. */
  timedOut(): boolean {
    return this.#fired;
  }

  /** Clears the timer and stops following the caller's signal. */
  dispose(): void {
    clearTimeout(this.#timer);
    if (this.#onCallerAbort !== undefined) this.#caller?.removeEventListener('abort', this.#onCallerAbort);
  }

  /** Called by the timer. */
  expire(timeoutMs: number): void {
    this.#fired = true;
    this.#controller.abort(new Error(`timed out after ${timeoutMs} ms`));
  }
}

/**
 * Lets the process exit while `timer` is pending, where timers have `unref` (Node, Deno, Bun); in
 * a browser or edge runtime `setTimeout` returns a number and there is nothing to do.
 */
function unrefTimer(timer: unknown): void {
  if (typeof timer === 'object' && timer !== null && 'unref' in timer && typeof timer.unref === 'function')
    timer.unref();
}

function fireTimeout(attempt: AttemptSignal, timeoutMs: number): void {
  attempt.expire(timeoutMs);
}

/**
 * Starts the signal of one attempt (see {@link AttemptSignal}); with `timeoutMs` 0, no limit: the
 * attempt is the caller's signal as it is (or none), with no timer.
 */
export function attemptSignal(timeoutMs: number, caller: AbortSignal | undefined): Attempt {
  if (timeoutMs === 0) return { signal: caller, timedOut: () => false, dispose: () => undefined };
  return new AttemptSignal(timeoutMs, caller);
}

/**
 * Maps a failure of an attempt to the runtime error it stands for: `AbortError` when the caller
 * aborted, `TimeoutError` when the attempt's timer fired, otherwise `undefined` (not a cancellation).
 */
export function cancellationError(
  attempt: Attempt,
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

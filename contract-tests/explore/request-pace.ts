/**
 * The request budget and rate of an exploration: at most `maxRequests` requests in all (shrinking
 * and follow-up requests included, token requests not), sent at most `perSecond` a second (spaced
 * evenly, no bursts). The clock and the sleeper are injected so tests check the pacing without
 * waiting.
 */

/** Time as the pacer sees it: milliseconds now, and a wait of `ms` milliseconds. */
export interface PaceClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The wall clock and `setTimeout`. */
export const SYSTEM_CLOCK: PaceClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Requests per second off loopback when `--rate` is not given. */
export const DEFAULT_REMOTE_RATE = 5;

/** Counts requests against a budget and spaces them to a rate. */
export class RequestPace {
  #used = 0;
  #next = Number.NEGATIVE_INFINITY;

  /**
   * @param maxRequests the budget (a positive integer).
   * @param perSecond the rate limit; undefined for none (the embedded sandbox, loopback targets).
   */
  constructor(
    readonly maxRequests: number,
    readonly perSecond: number | undefined,
    private readonly clock: PaceClock = SYSTEM_CLOCK,
  ) {}

  /** Requests taken so far. */
  get used(): number {
    return this.#used;
  }

  /** True when the budget is spent. */
  get exhausted(): boolean {
    return this.#used >= this.maxRequests;
  }

  /**
   * Takes one request from the budget, waiting until the rate allows it.
   * @returns false (without waiting) when the budget is spent: the request must not be sent.
   */
  async take(): Promise<boolean> {
    if (this.exhausted) return false;
    this.#used += 1;
    await this.wait();
    return true;
  }

  /** Waits until the rate allows one more request, without taking from the budget (clean-up: cancelling what the run created). */
  async wait(): Promise<void> {
    if (this.perSecond === undefined) return;
    const now = this.clock.now();
    const at = Math.max(now, this.#next);
    this.#next = at + 1000 / this.perSecond;
    if (at > now) await this.clock.sleep(at - now);
  }
}

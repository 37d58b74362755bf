/**
 * The sandbox's notion of "now". A seeded sandbox runs on a fake clock so that timestamps (job
 * `created`, token `expiry`, error `timestamp`, the `Date` header) are the same in every run; an
 * unseeded one uses the real clock.
 */

/** The instant a seeded sandbox's fake clock starts at: 2026-02-07T23:17:57Z, the time of the vendor's examples. */
export const FAKE_CLOCK_START_MS = Date.UTC(2026, 1, 7, 23, 17, 57);

/** How far the fake clock moves on every request: 1 000 ms. */
export const FAKE_CLOCK_STEP_MS = 1000;

/** A source of the current time in milliseconds since the Unix epoch. */
export interface Clock {
  /** The current instant in ms since the epoch. */
  now(): number;
  /** Called once at the start of every request; the fake clock advances by its step. */
  tick(): void;
}

/** A clock that starts at {@link FAKE_CLOCK_START_MS} and advances {@link FAKE_CLOCK_STEP_MS} per request. */
export function fakeClock(startMs = FAKE_CLOCK_START_MS, stepMs = FAKE_CLOCK_STEP_MS): Clock {
  let current = startMs;
  return {
    now: () => current,
    tick: () => {
      current += stepMs;
    },
  };
}

/** The real clock; `tick` does nothing. */
export function realClock(): Clock {
  return { now: () => Date.now(), tick: () => undefined };
}

/** `2026-02-07T23:17:57Z`: an ISO 8601 instant to the second, as the vendor's error `timestamp`. */
export function isoSeconds(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** `20260207T231757Z`: the compact instant that starts the vendor's `requestRef` values. */
export function compactInstant(ms: number): string {
  return isoSeconds(ms).replace(/[-:]/g, '');
}

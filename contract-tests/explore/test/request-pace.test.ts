/** The request budget and rate, with an injected clock: no test waits on the wall clock. */
import { describe, expect, it } from 'vitest';
import { RequestPace, type PaceClock } from '../request-pace.js';

/** A clock that advances only when slept on, and records each sleep. */
function fakeClock(): PaceClock & { sleeps: number[]; time: number } {
  const clock = {
    time: 1_000,
    sleeps: [] as number[],
    now: () => clock.time,
    sleep: (ms: number) => {
      clock.sleeps.push(ms);
      clock.time += ms;
      return Promise.resolve();
    },
  };
  return clock;
}

describe('RequestPace', () => {
  it('spaces requests evenly at the rate: 5 a second is one every 200 ms', async () => {
    const clock = fakeClock();
    const pace = new RequestPace(10, 5, clock);
    for (let i = 0; i < 4; i++) expect(await pace.take()).toBe(true);
    expect(clock.sleeps).toEqual([200, 200, 200]);
  });

  it('does not wait when time has passed since the last request', async () => {
    const clock = fakeClock();
    const pace = new RequestPace(10, 5, clock);
    await pace.take();
    clock.time += 1_000;
    await pace.take();
    expect(clock.sleeps).toEqual([]);
  });

  it('refuses requests beyond the budget without waiting; wait() paces clean-up outside the budget', async () => {
    const clock = fakeClock();
    const pace = new RequestPace(2, 5, clock);
    expect([await pace.take(), await pace.take(), await pace.take()]).toEqual([true, true, false]);
    expect(pace.used).toBe(2);
    expect(pace.exhausted).toBe(true);
    await pace.wait();
    expect(pace.used).toBe(2);
    expect(clock.sleeps).toEqual([200, 200]);
  });

  it('never waits without a rate (loopback)', async () => {
    const clock = fakeClock();
    const pace = new RequestPace(100, undefined, clock);
    for (let i = 0; i < 50; i++) await pace.take();
    expect(clock.sleeps).toEqual([]);
  });
});

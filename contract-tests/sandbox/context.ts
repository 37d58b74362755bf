/**
 * What every route of the sandbox shares: the resolved options, the clock and the entropy source.
 * One context per sandbox, so two sandboxes in one process never share state.
 */
import { fakeClock, realClock, type Clock } from './clock.js';
import { randomEntropy, randomSeed, seededEntropy, type Entropy } from './ids.js';
import type { ResolvedOptions } from './options.js';

/** Shared state of one sandbox. */
export interface SandboxContext {
  readonly options: ResolvedOptions;
  readonly clock: Clock;
  readonly entropy: Entropy;
  /** `options.seed`, or a random seed drawn at start (it derives the micro-deposit amounts). */
  readonly seed: number;
}

/** A seeded context runs on the fake clock and seeded entropy; an unseeded one on the real ones. */
export function createContext(options: ResolvedOptions): SandboxContext {
  if (options.seed === undefined) return { options, clock: realClock(), entropy: randomEntropy(), seed: randomSeed() };
  return { options, clock: fakeClock(), entropy: seededEntropy(options.seed), seed: options.seed };
}

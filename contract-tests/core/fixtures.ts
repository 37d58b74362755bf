/**
 * Per-target fixtures: the ids, tokens and amounts a scenario needs to exist on the server it runs
 * against (a job with saved sources, a completed payment job, the micro-deposits awaiting
 * verification). The embedded sandbox seeds the spec examples' values, so they are its defaults;
 * any other target gets only what its config entry gives (`fixtures`, or a `fixturesFile` the config
 * names, see generator/src/config/targets-config.ts). A scenario asking for a fixture its target
 * lacks is inconclusive, naming the fixture, instead of reporting the artefact as drift.
 */
import { randomUUID } from 'node:crypto';
import { ScenarioInconclusiveError } from './inconclusive.js';
import type { ApiName } from './types.js';

/** Every fixture a scenario may ask for, per API, with what it must be on the target. */
export const FIXTURES = {
  payquicker: {
    sourceToken: 'a funding account token (acct-…) jobs may pay from',
    destinationToken: 'a destination token (dest-…) of a payee gateway jobs may pay to',
    completedJobToken: 'the token (jobs-…) of a job that has completed, so it cannot be cancelled',
  },
  abconnect: {
    exampleJob: 'the jobDisplayId of a job with saved payment sources and a bank account awaiting micro-deposit verification',
    freshJob: 'the jobDisplayId of an unpaid job with no payment history (attach, ACH session and transfer scenarios use it up)',
    savedSourceId: 'the id (a number) of a payment source saved for exampleJob',
    microDeposits: 'the micro-deposit amounts (an array of numbers) sent to the bank account of exampleJob',
  },
} as const satisfies Record<ApiName, Record<string, string>>;

/** A fixture name of `api`. */
export type FixtureName<A extends ApiName> = keyof (typeof FIXTURES)[A] & string;

/** Fixture values of one target: a fixture name mapped to a string, a number or an array of numbers. */
export type FixtureValues = Readonly<Record<string, string | number | readonly number[]>>;

/** The values the embedded sandbox seeds (the spec examples' ids), per API. */
export const SANDBOX_FIXTURES: Readonly<Record<ApiName, FixtureValues>> = {
  payquicker: {
    sourceToken: 'acct-3908ab5a-6ce1-474d-8b80-a63a7b147860',
    destinationToken: 'dest-631b200f-665d-4dbe-bd01-3063c9dec97d',
    completedJobToken: 'jobs-2bbfc967-d12e-4647-a887-d905172fb4bc',
  },
  abconnect: { exampleJob: '2000000', freshJob: '2000001', savedSourceId: 1187, microDeposits: [32, 45] },
};

/** What a scenario gets besides its client: the target's fixtures, fresh ids, and clean-up at the end. */
export interface ScenarioContext {
  /** True against the embedded sandbox (fresh per scenario, spec examples seeded) or a replay of its cassettes. */
  readonly sandbox: boolean;
  /**
   * The fixture `name` on this target as text (a number is given as its decimal text).
   * @throws {ScenarioInconclusiveError} `fixture-missing`, naming the fixture and where to set it, when the target has none or it has another type.
   */
  text(name: string): string;
  /** The fixture `name` as a number. @throws {ScenarioInconclusiveError} as {@link text}. */
  number(name: string): number;
  /** The fixture `name` as an array of numbers. @throws {ScenarioInconclusiveError} as {@link text}. */
  numbers(name: string): number[];
  /** `example` against the embedded sandbox (so exchanges equal the cassette's), else a fresh UUID: ids a real server keeps unique across runs (`clientPaymentId`). */
  unique(example: string): string;
  /** Registers `step` to run after the scenario, off the embedded sandbox only, with requests that are not judged (cancelling a job the scenario created). */
  afterwards(step: () => Promise<void>): void;
}

/** A context and the clean-up steps its scenario registered. */
export interface ContextWithCleanup {
  readonly context: ScenarioContext;
  readonly cleanup: (() => Promise<void>)[];
}

function isUrl(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
}

/**
 * The context of a scenario of `api` against a target. A target without `fixtures` is the embedded
 * sandbox or a replay of cassettes recorded from it: it gets the sandbox's values. Any other target
 * has `fixtures` (resolveTargets gives a URL target `{}` and a named target its config entry's).
 */
export function scenarioContext(api: ApiName, target: { label: string; fixtures?: FixtureValues | undefined }): ContextWithCleanup {
  const sandbox = target.fixtures === undefined;
  const values = target.fixtures ?? SANDBOX_FIXTURES[api];
  const cleanup: (() => Promise<void>)[] = [];
  const missing = (name: string, problem: string): ScenarioInconclusiveError => {
    const meaning = (FIXTURES[api] as Record<string, string>)[name] ?? 'a value the scenario needs';
    const where = isUrl(target.label)
      ? 'name the target in api-contracts.config.json to give it fixtures'
      : `set it under targets.${target.label}.${api}.fixtures of the config, or in the target's fixturesFile`;
    return new ScenarioInconclusiveError('fixture-missing', `fixture ${api}.${name} (${meaning}) ${problem} for target ${target.label}; ${where}`);
  };
  const get = (name: string): string | number | readonly number[] => {
    const value = values[name];
    if (value === undefined) throw missing(name, 'is not set');
    return value;
  };
  const context: ScenarioContext = {
    sandbox,
    text(name) {
      const value = get(name);
      if (typeof value === 'string' || typeof value === 'number') return String(value);
      throw missing(name, 'must be a string');
    },
    number(name) {
      const value = get(name);
      const parsed = typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
      if (typeof parsed === 'number') return parsed;
      throw missing(name, 'must be a number');
    },
    numbers(name) {
      const value = get(name);
      if (Array.isArray(value)) return [...(value as readonly number[])];
      throw missing(name, 'must be an array of numbers');
    },
    unique: (example) => (sandbox ? example : randomUUID()),
    afterwards(step) {
      if (!sandbox) cleanup.push(step);
    },
  };
  return { context, cleanup };
}

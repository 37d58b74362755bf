/**
 * Every scenario of the contract suite. Each names its cassette
 * (`contract-tests/cassettes/<api>/<name>.har`); together they give every operation of both specs a
 * happy path and an error case.
 */
import type { ApiName, Scenario } from '../core/types.js';
import { ABCONNECT_SCENARIOS } from './abconnect/index.js';
import { PAYQUICKER_SCENARIOS } from './payquicker/index.js';

export const SCENARIOS: readonly Scenario[] = [...PAYQUICKER_SCENARIOS, ...ABCONNECT_SCENARIOS];

/** The scenario of `api` named `name`, or undefined. */
export function findScenario(api: ApiName, name: string): Scenario | undefined {
  return SCENARIOS.find((scenario) => scenario.api === api && scenario.name === name);
}

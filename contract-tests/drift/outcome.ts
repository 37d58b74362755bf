/**
 * The outcome of each scenario of a drift check: `passed` (every answer matched the spec and the
 * cassette), `drift` (at least one finding), or `inconclusive` (the scenario could not be exercised:
 * credentials refused, a scope or a fixture missing). Reports list the
 * outcome counts first, and the exit code reads them (see verdictOf in check-drift.ts).
 */
import type { InconclusiveKind } from '../core/inconclusive.js';
import type { ApiName } from '../core/types.js';
import type { Finding } from './rules.js';

/** How a scenario ended. */
export type Outcome = 'passed' | 'drift' | 'inconclusive';

/** Outcomes in report order. */
export const OUTCOMES: readonly Outcome[] = ['passed', 'drift', 'inconclusive'];

/** One scenario's outcome, why, and the findings it gave (each occurrence). */
export interface ScenarioResult {
  readonly api: ApiName;
  readonly scenario: string;
  /** The operationIds the scenario exercises (as it declares them). */
  readonly operations: readonly string[];
  readonly outcome: Outcome;
  /** Set exactly when `outcome` is `inconclusive`. */
  readonly kind?: InconclusiveKind;
  /** One line: what passed, how many findings, or what could not be exercised and what to check. */
  readonly reason: string;
  readonly findings: readonly Finding[];
}

/** Inconclusive kinds that mean the credentials are at fault: the check exits 4. */
export const CREDENTIAL_KINDS: readonly InconclusiveKind[] = ['credentials-rejected', 'scope-missing'];

/** Counts of scenarios per outcome. */
export type OutcomeCounts = Record<Outcome, number>;

/** Counts `results` per outcome. */
export function countOutcomes(results: readonly ScenarioResult[]): OutcomeCounts {
  const counts: OutcomeCounts = { passed: 0, drift: 0, inconclusive: 0 };
  for (const result of results) counts[result.outcome] += 1;
  return counts;
}

/** `3 passed, 1 drift, 2 inconclusive` (every outcome, zeros included). */
export function outcomeLine(results: readonly ScenarioResult[]): string {
  const counts = countOutcomes(results);
  return OUTCOMES.map((outcome) => `${counts[outcome]} ${outcome}`).join(', ');
}

/** The results that did not pass, inconclusive first: what a reader must look at. */
export function notPassed(results: readonly ScenarioResult[]): ScenarioResult[] {
  return [...results.filter((r) => r.outcome === 'inconclusive'), ...results.filter((r) => r.outcome === 'drift')];
}

/**
 * Findings about a scenario run as a whole rather than one exchange: a request that got no answer
 * in time, and a client flow that failed for a reason no exchange finding explains.
 */
import type { ApiName, Exchange, Scenario } from '../core/types.js';
import { ruleOf, type Finding, type RuleId } from './rules.js';

/**
 * The generated runtime's `TimeoutError` in `error`'s cause chain (a token request that timed out
 * arrives wrapped in an `AuthError`). Each API's runtime has its own classes, so it is found by name.
 */
export function timeoutIn(error: unknown): (Error & { operationId?: unknown }) | undefined {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (current.name === 'TimeoutError') return current;
    current = current.cause;
  }
  return undefined;
}

function finding(rule: RuleId, api: ApiName, operationId: string, cassette: string, expected: string, actual: string): Finding {
  return { rule, level: ruleOf(rule).level, api, operationId, cassette, pointer: '', expected, actual };
}

/** What a scenario run left to report besides its exchanges' findings. */
export interface ScenarioOutcome {
  readonly scenario: Scenario;
  readonly cassette: string;
  readonly exchanges: readonly Exchange[];
  /** The scenario's failure, as runScenario returned it. */
  readonly error: Error | undefined;
  /** The recorded exchanges, to name the operation a timed-out request was calling. */
  readonly recorded: readonly Exchange[];
  /** How many findings its exchanges gave. */
  readonly exchangeFindings: number;
  readonly timeoutMs: number;
}

/**
 * A `timeout` finding when the run timed out (at the operation the runtime names, else the first
 * recorded operation the run did not reach); a `scenario-failed` finding when it failed otherwise
 * and none of its exchanges gave a finding; nothing when it succeeded.
 */
export function scenarioFindings(outcome: ScenarioOutcome): Finding[] {
  const { scenario, error } = outcome;
  if (error === undefined) return [];
  const timeout = timeoutIn(error);
  if (timeout !== undefined) {
    const unanswered = outcome.recorded[outcome.exchanges.length]?.operationId;
    const named = typeof timeout.operationId === 'string' ? timeout.operationId : undefined;
    const operationId = named ?? unanswered ?? scenario.operations.at(-1) ?? 'unknown';
    return [finding('timeout', scenario.api, operationId, outcome.cassette, `an answer within ${outcome.timeoutMs} ms`, `no answer after ${outcome.timeoutMs} ms`)];
  }
  if (outcome.exchangeFindings > 0) return [];
  const operationId = outcome.exchanges.at(-1)?.operationId ?? scenario.operations.at(-1) ?? 'unknown';
  const message = error.message.split('\n')[0] ?? error.name;
  return [finding('scenario-failed', scenario.api, operationId, outcome.cassette, `the ${scenario.kind} flow of ${scenario.name} completes`, message)];
}

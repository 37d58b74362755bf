/**
 * Runs one scenario against one target through the generated client and captures every HTTP
 * exchange it causes. This is the single place where record, drift and live checks drive clients.
 */
import { captureFetch } from './capture-fetch.js';
import { createClient } from './clients.js';
import { scenarioContext, type ScenarioContext } from './fixtures.js';
import type { ApiName, ClientOf, Exchange, Scenario, Target } from './types.js';

/** Per-attempt limit of each HTTP request, in milliseconds, when the caller gives none. */
export const DEFAULT_SCENARIO_TIMEOUT_MS = 10_000;

/** What a scenario run produced. */
export interface ScenarioRun {
  /** Every exchange in request order, token requests included, each with its matched operationId. */
  exchanges: Exchange[];
  /** Why the scenario failed (an unexpected HTTP error, a network error, a timeout, or its own check); absent on success. */
  error?: Error;
  /** Why a clean-up step the scenario registered (cancelling a job it created) failed; absent when none did. */
  cleanupError?: Error;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Runs `scenario` against `target` with a client built for `target.api` (`baseUrl`, `credentials`,
 * validation `off`, no retries, `timeoutMs` per attempt, default {@link DEFAULT_SCENARIO_TIMEOUT_MS}).
 * The scenario gets the context of its target (fixtures, fresh ids; see fixtures.ts); the clean-up
 * steps it registers run after it, and their requests are captured only if they precede the
 * snapshot of `exchanges` (they do not: clean-up is never judged).
 * Never throws for the scenario's failures: they are returned in `error` beside the exchanges
 * captured up to that point.
 * @param options.fetch the transport; default the global `fetch`.
 * @param options.capture false: record no exchanges (`exchanges` is then empty), for a caller that
 *   sees each exchange itself, as the replay's interceptors do; default true.
 * @throws {Error} only when `scenario.api` and `target.api` differ (a programming error).
 */
export async function runScenario(
  scenario: Scenario,
  target: Target,
  options: { timeoutMs?: number; fetch?: typeof fetch; capture?: boolean } = {},
): Promise<ScenarioRun> {
  if (scenario.api !== target.api) {
    throw new Error(`scenario ${scenario.api}/${scenario.name} cannot run against a ${target.api} target`);
  }
  const transport = options.fetch ?? globalThis.fetch;
  const capture = options.capture === false ? undefined : captureFetch(target.api, target.baseUrl, transport);
  const client = createClient(target.api, {
    baseUrl: target.baseUrl,
    credentials: target.credentials,
    timeoutMs: options.timeoutMs ?? DEFAULT_SCENARIO_TIMEOUT_MS,
    fetch: capture?.fetch ?? transport,
  });
  const { context, cleanup } = scenarioContext(target.api, target);
  let error: Error | undefined;
  try {
    await (scenario.run as (client: ClientOf[ApiName], context: ScenarioContext) => Promise<void>)(client, context);
  } catch (caught) {
    error = asError(caught);
  }
  const exchanges = capture?.exchanges ?? [];
  let cleanupError: Error | undefined;
  for (const step of cleanup) {
    try {
      await step();
    } catch (caught) {
      cleanupError ??= asError(caught);
    }
  }
  return { exchanges, ...(error === undefined ? {} : { error }), ...(cleanupError === undefined ? {} : { cleanupError }) };
}

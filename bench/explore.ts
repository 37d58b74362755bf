/**
 * Benchmark 8, explore: requests per second of `explore --negative` against the clean embedded
 * sandbox (in process: generation, the generated client, the sandbox and the checks all share one
 * Node process, so this is explore's own cost plus the sandbox's), and the smallest request budget
 * (`--max-requests`, from a ladder of budgets, seed 1) with which explore finds each drift of the
 * sandbox's catalogue, as the rule it must be reported as (contract-tests/explore/sandbox-drifts.ts).
 * Target: every drift found within the default budget.
 *
 * Run alone: `npx tsx bench/explore.ts [--quick]`.
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_MAX_REQUESTS } from '../contract-tests/explore/explore-command.js';
import { runExplore, type ExploreOptions } from '../contract-tests/explore/run-explore.js';
import { SANDBOX_DRIFT_EXPECTATIONS, foundAsExpected } from '../contract-tests/explore/sandbox-drifts.js';
import { DRIFTS } from '../contract-tests/sandbox/index.js';
import { runIfMain, type BenchOptions } from './lib/standalone.js';
import { fixed, summarize } from './lib/stats.js';
import { atMost, information, type Section } from './report.js';

const BASE: ExploreOptions = { target: 'sandbox', maxRequests: DEFAULT_MAX_REQUESTS, seed: 1, negative: true, allowMutations: false, timeoutMs: 5_000, env: {} };

/** Budgets tried for each drift, smallest first; the last is the default. */
const LADDER = [5, 10, 20, 40, 80, 120, 160, DEFAULT_MAX_REQUESTS];

/** The smallest budget of {@link LADDER} with which the drift is found, or undefined when even the default misses it. */
async function budgetFor(name: (typeof DRIFTS)[number]['name']): Promise<number | undefined> {
  const expected = SANDBOX_DRIFT_EXPECTATIONS[name];
  for (const budget of LADDER) {
    const result = await runExplore({ ...BASE, maxRequests: budget, sandboxDrift: [name], ...expected.options });
    if (foundAsExpected(expected, result.findings)) return budget;
  }
  return undefined;
}

/** Runs benchmark 8 and returns its section. */
export async function runExploreBench(options: BenchOptions): Promise<Section> {
  const started = performance.now();
  const requests = options.quick ? 200 : 1_000;
  const runs = options.quick ? 1 : 3;
  const rates: number[] = [];
  for (let round = 0; round < runs; round++) {
    const begin = performance.now();
    const result = await runExplore({ ...BASE, maxRequests: requests });
    if (result.findings.length > 0) throw new Error(`the clean sandbox gave ${result.findings.length} findings`);
    rates.push(result.requests / ((performance.now() - begin) / 1000));
  }
  const rate = summarize(rates);
  const budgets: { drift: string; budget: number | undefined }[] = [];
  for (const drift of DRIFTS) budgets.push({ drift: drift.name, budget: await budgetFor(drift.name) });
  const missed = budgets.filter((b) => b.budget === undefined).length;
  const largest = Math.max(...budgets.map((b) => b.budget ?? Number.POSITIVE_INFINITY));
  return {
    id: 'explore',
    title: '8. Explore: requests per second against the sandbox, budget needed to find each drift',
    tables: [
      { columns: ['explore --negative, clean sandbox', 'requests', 'runs', 'median req/s', 'min–max req/s'], rows: [['seed 1, both APIs', String(requests), String(runs), fixed(rate.median, 0), `${fixed(rate.min, 0)}–${fixed(rate.max, 0)}`]] },
      {
        columns: ['drift', 'found as', 'smallest budget that finds it (seed 1)'],
        rows: budgets.map((b) => [b.drift, SANDBOX_DRIFT_EXPECTATIONS[b.drift as keyof typeof SANDBOX_DRIFT_EXPECTATIONS].rule, b.budget === undefined ? `not within ${DEFAULT_MAX_REQUESTS}` : String(b.budget)]),
      },
    ],
    targets: [atMost(`largest budget needed ÷ default budget (${DEFAULT_MAX_REQUESTS})`, largest / DEFAULT_MAX_REQUESTS, 1), information('median requests per second', rate.median, 0)],
    notes: [
      `Budgets tried: ${LADDER.join(', ')}; each run starts a fresh sandbox. \`slow\` is explored on listPaymentJobs with --timeout-ms 150.`,
      `${missed} drift${missed === 1 ? '' : 's'} not found within the default budget.`,
      'Requests per second include shrinking and the follow-up retrieve and cancel of created jobs (they count against the budget); token requests and the final cancels do not.',
    ],
    data: { rates, budgets },
    elapsedMs: performance.now() - started,
  };
}

runIfMain(import.meta.url, runExploreBench);

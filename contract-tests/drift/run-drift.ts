/**
 * The drift check: runs every selected scenario live against the targets (the embedded sandbox, a
 * configured target or a URL; same guards as `record`), and judges each captured exchange against
 * the spec and the scenario's cassette (classify.ts), and each request against the spec
 * (request-findings.ts). Returns the findings; reports are written by
 * the caller.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../generator/src/diagnostics.js';
import { descriptorsOf } from '../core/descriptors.js';
import { runScenario } from '../core/run-scenario.js';
import { resolveTargets } from '../core/targets.js';
import { networkFailure } from '../core/unreachable.js';
import type { ApiName, Exchange, Scenario, Target } from '../core/types.js';
import { cassettePath, readCassette } from '../har/cassette.js';
import { normalizeExchange } from '../har/normalize.js';
import { selectScenarios } from '../record/select-scenarios.js';
import { SCENARIOS } from '../scenarios/index.js';
import { classifyExchange } from './classify.js';
import { alignExchanges } from './compare-cassette.js';
import { requestFindings } from './request-findings.js';
import type { Finding } from './rules.js';
import { scenarioFindings } from './scenario-findings.js';
import { loadSpec } from './spec-document.js';
import { withoutUrlCredentials } from './volatile.js';

/** What to check and how. */
export interface DriftOptions {
  /** `sandbox`, a target name of `api-contracts.config.json`, or a base URL (then `api` is required). */
  readonly target: string;
  readonly api?: ApiName;
  /** Scenario names (`create-payment-job` or `payquicker/create-payment-job`); default all. Against a non-loopback target, naming a mutating one needs `allowMutations`. */
  readonly scenarios?: readonly string[];
  readonly allowMutations: boolean;
  /** Per-request limit in milliseconds; a request past it is a `timeout` finding. */
  readonly timeoutMs: number;
  /** Where credentials of non-sandbox targets come from. */
  readonly env: Record<string, string | undefined>;
  /** Drifts of the embedded sandbox (tests and demos of the checker). */
  readonly sandboxDrift?: readonly string[];
  /** One line per scenario as it finishes, and notes (skipped scenarios, missing cassettes). */
  readonly progress?: (line: string) => void;
}

/** One operation the run exercised: a JUnit test case. */
export interface CheckedOperation {
  readonly api: ApiName;
  readonly operationId: string;
}

/** The outcome of a drift check. */
export interface DriftResult {
  /** The target as the user named it (credentials in a URL removed). */
  readonly target: string;
  /** ISO 8601 time the check started. */
  readonly startedAt: string;
  readonly findings: Finding[];
  /** Every operation exercised or named by a finding, in order of first appearance. */
  readonly operations: CheckedOperation[];
}

/** The target answered no request: connection refused, unknown host, reset. The CLI exits 3. */
export class TargetUnreachableError extends Error {
  override readonly name = 'TargetUnreachableError';
}

async function recordedExchanges(api: ApiName, scenario: string, progress: (line: string) => void): Promise<{ file: string; exchanges: Exchange[] }> {
  const file = cassettePath(api, scenario);
  if (!existsSync(file)) {
    progress(`note: no cassette ${path.relative(process.cwd(), file)}: ${api}/${scenario} is checked against the spec only`);
    return { file, exchanges: [] };
  }
  return { file, exchanges: (await readCassette(file)).exchanges };
}

async function checkScenario(scenario: Scenario, target: Target, options: DriftOptions): Promise<Finding[]> {
  const progress = options.progress ?? (() => undefined);
  const run = await runScenario(scenario, target, { timeoutMs: options.timeoutMs });
  const network = networkFailure(run.error);
  if (network !== undefined) {
    throw new TargetUnreachableError(`cannot reach the ${target.api} target ${withoutUrlCredentials(target.label)} (${new URL(target.baseUrl).origin}): ${network.message}`);
  }
  const recorded = await recordedExchanges(scenario.api, scenario.name, progress);
  const cassette = path.relative(process.cwd(), recorded.file);
  const context = { api: scenario.api, cassette, spec: await loadSpec(scenario.api), descriptors: descriptorsOf(scenario.api) };
  // Judged as the cassette would hold them (rebased URLs, scrubbed secrets), so like meets like.
  const live = run.exchanges.map((exchange) => normalizeExchange(exchange, scenario.api));
  const findings = [
    ...requestFindings(scenario, cassette, run.exchanges),
    ...alignExchanges(live, recorded.exchanges).flatMap(([live, match]) => classifyExchange(context, live, match)),
  ];
  return [
    ...findings,
    ...scenarioFindings({ scenario, cassette, exchanges: run.exchanges, error: run.error, recorded: recorded.exchanges, exchangeFindings: findings.length, timeoutMs: options.timeoutMs }),
  ];
}

/** Adds the operations `scenario` exercises and those its findings name to `into`, once each. */
function addOperations(into: Map<string, CheckedOperation>, scenario: Scenario, findings: readonly Finding[]): void {
  const named = [...scenario.operations.map((operationId) => ({ api: scenario.api, operationId })), ...findings];
  for (const { api, operationId } of named) {
    if (!into.has(`${api} ${operationId}`)) into.set(`${api} ${operationId}`, { api, operationId });
  }
}

/** Visits one scenario with the target it runs against; `index` counts from 0 over `total`. */
type Visit = (scenario: Scenario, target: Target, index: number, total: number) => Promise<void>;

/**
 * Against `sandbox`, each scenario gets a fresh embedded sandbox (seed 1, the requested drifts), as
 * `record` gives it, so live answers can equal the cassette byte for byte.
 */
async function visitSandbox(options: DriftOptions, apis: ApiName[], visit: Visit): Promise<void> {
  const { run } = selectScenarios(SCENARIOS, { apis, names: options.scenarios ?? [], allowMutations: true });
  for (const [index, scenario] of run.entries()) {
    const resolved = await resolveTargets({
      target: 'sandbox',
      api: scenario.api,
      allowMutations: true,
      env: options.env,
      ...(options.sandboxDrift === undefined ? {} : { drift: [...options.sandboxDrift] }),
    });
    try {
      await visit(scenario, resolved.targets[0] as Target, index, run.length);
    } finally {
      await resolved.close();
    }
  }
}

/** Against a configured target or a URL, mutating scenarios are skipped (with a note) off loopback unless allowed. */
async function visitRemote(options: DriftOptions, visit: Visit): Promise<void> {
  const resolved = await resolveTargets({
    target: options.target,
    ...(options.api === undefined ? {} : { api: options.api }),
    allowMutations: options.allowMutations,
    env: options.env,
  });
  try {
    const apis = resolved.targets.map((t) => t.api);
    const selection = selectScenarios(SCENARIOS, { apis, names: options.scenarios ?? [], allowMutations: resolved.allowMutations });
    for (const s of selection.skipped) options.progress?.(`skipped ${s.api}/${s.name}: it changes data and the target is not on loopback (pass --allow-mutations)`);
    for (const [index, scenario] of selection.run.entries()) {
      await visit(scenario, resolved.targets.find((t) => t.api === scenario.api) as Target, index, selection.run.length);
    }
  } finally {
    await resolved.close();
  }
}

/**
 * Runs the drift check.
 * @throws {UserError} for an unknown scenario, a refused target or bad sandbox drift (nothing
 *   sent); {@link TargetUnreachableError} when a target answers nothing.
 */
export async function runDrift(options: DriftOptions): Promise<DriftResult> {
  if (options.sandboxDrift !== undefined && options.target !== 'sandbox') throw new UserError('sandbox drifts need the sandbox target');
  const startedAt = new Date().toISOString();
  const findings: Finding[] = [];
  const operations = new Map<string, CheckedOperation>();
  const visit: Visit = async (scenario, target, index, total) => {
    const found = await checkScenario(scenario, target, options);
    findings.push(...found);
    addOperations(operations, scenario, found);
    options.progress?.(`[${index + 1}/${total}] ${scenario.api}/${scenario.name} … ${found.length} finding${found.length === 1 ? '' : 's'}`);
  };
  if (options.target === 'sandbox') await visitSandbox(options, options.api === undefined ? ['payquicker', 'abconnect'] : [options.api], visit);
  else await visitRemote(options, visit);
  return { target: withoutUrlCredentials(options.target), startedAt, findings, operations: [...operations.values()] };
}

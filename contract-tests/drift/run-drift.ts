/**
 * The drift check: runs every selected scenario live against the targets (the embedded sandbox, a
 * configured target or a URL; same guards as `record`), and judges each captured exchange against
 * the spec and the scenario's cassette (classify.ts), and each request against the spec
 * (request-findings.ts). Returns the findings; reports are written by
 * the caller.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../generator/src/diagnostics.js';
import { credentialsHint } from '../core/credentials.js';
import { descriptorsOf } from '../core/descriptors.js';
import { inconclusiveIn, type InconclusiveKind } from '../core/inconclusive.js';
import { runScenario } from '../core/run-scenario.js';
import { withoutUserInfo } from '../core/target-guards.js';
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
import { LEVELS, summarize, type Finding } from './rules.js';
import type { ScenarioResult } from './outcome.js';
import { authRejection } from './auth-rejection.js';
import { scenarioFindings } from './scenario-findings.js';
import { loadSpec } from './spec-document.js';

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
  /** Config file of named targets; default `api-contracts.config.json` in the working directory. */
  readonly configFile?: string;
  /**
   * The spec responses are judged against (absolute or relative to the working directory); needs
   * `api`. Default the packaged `spec/<api>.yaml`. The scenarios still build their requests from
   * the packaged spec's examples.
   */
  readonly specFile?: string;
  /** Folder of the cassettes, laid out `<api>/<scenario>.har`; default the packaged `contract-tests/cassettes`. */
  readonly cassettesDir?: string;
  /** Scenarios to run instead of the suite's `SCENARIOS`: those replaying the cassettes `explore` saved (explore/explore-cassette.ts). */
  readonly catalogue?: readonly Scenario[];
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
  /** Every finding of every scenario, in run order (the `findings` of `scenarios`, flattened). */
  readonly findings: Finding[];
  /** Each scenario run, in run order, with its outcome, reason and findings. */
  readonly scenarios: ScenarioResult[];
  /** Every operation exercised or named by a finding, in order of first appearance. */
  readonly operations: CheckedOperation[];
}

/** The target answered no request: connection refused, unknown host, reset. The CLI exits 3. */
export class TargetUnreachableError extends Error {
  override readonly name = 'TargetUnreachableError';
}

async function recordedExchanges(api: ApiName, scenario: string, cassettesDir: string | undefined, progress: (line: string) => void): Promise<{ file: string; exchanges: Exchange[] }> {
  const file = cassettePath(api, scenario, cassettesDir);
  if (!existsSync(file)) {
    progress(`note: no cassette ${path.relative(process.cwd(), file)}: ${api}/${scenario} is checked against the spec only`);
    return { file, exchanges: [] };
  }
  return { file, exchanges: (await readCassette(file)).exchanges };
}

function inconclusiveResult(scenario: Scenario, kind: InconclusiveKind, reason: string, findings: readonly Finding[]): ScenarioResult {
  return { api: scenario.api, scenario: scenario.name, operations: scenario.operations, outcome: 'inconclusive', kind, reason, findings };
}

/** `n finding(s): 1 breaking, 2 warning` for a scenario with drift. */
function driftReason(findings: readonly Finding[]): string {
  const summary = summarize(findings);
  const levels = LEVELS.filter((level) => summary[level] > 0).map((level) => `${summary[level]} ${level}`);
  return `${findings.length} finding${findings.length === 1 ? '' : 's'}: ${levels.join(', ')}`;
}

/**
 * Runs `scenario` and judges it: `inconclusive` when the target refused the credentials (findings of
 * that exchange and later ones dropped: they show the refusal, not the API) or the scenario threw
 * ScenarioInconclusiveError; otherwise `drift` or `passed` by its findings.
 */
async function checkScenario(scenario: Scenario, target: Target, options: DriftOptions): Promise<ScenarioResult> {
  const progress = options.progress ?? (() => undefined);
  const run = await runScenario(scenario, target, { timeoutMs: options.timeoutMs });
  const network = networkFailure(run.error);
  if (network !== undefined) {
    throw new TargetUnreachableError(`cannot reach the ${target.api} target ${withoutUserInfo(target.label)} (${new URL(target.baseUrl).origin}): ${network.message}`);
  }
  if (run.cleanupError !== undefined) progress(`note: ${scenario.api}/${scenario.name}: clean-up after the scenario failed: ${run.cleanupError.message}`);
  const recorded = await recordedExchanges(scenario.api, scenario.name, options.cassettesDir, progress);
  const cassette = path.relative(process.cwd(), recorded.file);
  const spec = await loadSpec(scenario.api, options.api === scenario.api && options.specFile !== undefined ? path.resolve(options.specFile) : undefined);
  const context = { api: scenario.api, cassette, spec, descriptors: descriptorsOf(scenario.api) };
  // Judged as the cassette would hold them (rebased URLs, scrubbed secrets), so like meets like.
  const live = run.exchanges.map((exchange) => normalizeExchange(exchange, scenario.api));
  const pairs = alignExchanges(live, recorded.exchanges);
  const perExchange = pairs.map(([exchange, match]) => classifyExchange(context, exchange, match));
  const rejection = authRejection(pairs, run.error, scenario.kind === 'happy');
  if (rejection !== undefined) {
    const hint = credentialsHint(scenario.api, options.env, target.label === 'sandbox');
    const what = rejection.kind === 'scope-missing' ? 'a scope is missing' : 'credentials rejected';
    return inconclusiveResult(scenario, rejection.kind, `${what}: ${rejection.detail}; check ${hint}`, perExchange.slice(0, rejection.index).flat());
  }
  const inconclusive = inconclusiveIn(run.error);
  if (inconclusive !== undefined) return inconclusiveResult(scenario, inconclusive.kind, inconclusive.detail, perExchange.flat());
  const exchangeFindings = [...requestFindings(scenario, cassette, run.exchanges), ...perExchange.flat()];
  const findings = [
    ...exchangeFindings,
    ...scenarioFindings({ scenario, cassette, exchanges: run.exchanges, error: run.error, recorded: recorded.exchanges, exchangeFindings: exchangeFindings.length, timeoutMs: options.timeoutMs }),
  ];
  if (findings.length === 0) return { api: scenario.api, scenario: scenario.name, operations: scenario.operations, outcome: 'passed', reason: 'every answer matched the spec and the cassette', findings };
  return { api: scenario.api, scenario: scenario.name, operations: scenario.operations, outcome: 'drift', reason: driftReason(findings), findings };
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
  const { run } = selectScenarios(options.catalogue ?? SCENARIOS, { apis, names: options.scenarios ?? [], allowMutations: true });
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
    ...(options.configFile === undefined ? {} : { configFile: options.configFile }),
  });
  try {
    const apis = resolved.targets.map((t) => t.api);
    const selection = selectScenarios(options.catalogue ?? SCENARIOS, { apis, names: options.scenarios ?? [], allowMutations: resolved.allowMutations });
    for (const s of selection.skipped) options.progress?.(`skipped ${s.api}/${s.name}: it changes data and the target is not on loopback (pass --allow-mutations)`);
    for (const [index, scenario] of selection.run.entries()) {
      await visit(scenario, resolved.targets.find((t) => t.api === scenario.api) as Target, index, selection.run.length);
    }
  } finally {
    await resolved.close();
  }
}

/**
 * Checks the repo's own copies named by `specFile` and `cassettesDir` before anything is sent.
 * @throws {UserError} naming the flag and the file or folder.
 */
async function checkOwnCopies(options: DriftOptions): Promise<void> {
  if (options.specFile !== undefined) {
    if (options.api === undefined) throw new UserError('--spec needs --api: a spec file is the spec of one API');
    await loadSpec(options.api, path.resolve(options.specFile));
  }
  if (options.cassettesDir !== undefined && !statSync(options.cassettesDir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UserError(`--cassettes ${options.cassettesDir}: no such folder (it holds <api>/<scenario>.har files)`);
  }
}

/**
 * Runs the drift check.
 * @throws {UserError} for an unknown scenario, a refused target, bad sandbox drift, or an
 *   unreadable `specFile` or missing `cassettesDir` (nothing sent); {@link TargetUnreachableError}
 *   when a target answers nothing.
 */
export async function runDrift(options: DriftOptions): Promise<DriftResult> {
  if (options.sandboxDrift !== undefined && options.target !== 'sandbox') throw new UserError('sandbox drifts need the sandbox target');
  await checkOwnCopies(options);
  const startedAt = new Date().toISOString();
  const scenarios: ScenarioResult[] = [];
  const operations = new Map<string, CheckedOperation>();
  const visit: Visit = async (scenario, target, index, total) => {
    const result = await checkScenario(scenario, target, options);
    scenarios.push(result);
    addOperations(operations, scenario, result.findings);
    const count = `${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}`;
    options.progress?.(`[${index + 1}/${total}] ${scenario.api}/${scenario.name} … ${result.outcome === 'inconclusive' ? `inconclusive (${result.reason})` : count}`);
  };
  if (options.target === 'sandbox') await visitSandbox(options, options.api === undefined ? ['payquicker', 'abconnect'] : [options.api], visit);
  else await visitRemote(options, visit);
  const findings = scenarios.flatMap((result) => result.findings);
  return { target: withoutUserInfo(options.target), startedAt, findings, scenarios, operations: [...operations.values()] };
}

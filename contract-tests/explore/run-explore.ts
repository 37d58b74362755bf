/**
 * The exploration: for each selected operation of each target, fast-check generates valid cases
 * (and, with `negative`, cases breaking one constraint), each is sent through the generated client
 * and its answer judged (check-answer.ts); the first failing case of an operation and mode is shrunk
 * by fast-check to a minimal one, which is reported with its findings, a one-line `curl` and its
 * exchanges (for the cassette, explore-cassette.ts). Targets are resolved and guarded as for
 * `drift` (core/targets.ts: production servers of the spec refused); off loopback only read-only
 * operations run unless `allowMutations`, at most `rate` requests a second. Resources created are
 * followed and cancelled (created-resources.ts). The result has the shape of a drift result, one
 * "scenario" per operation, so drift's reports render it.
 */
import fc from 'fast-check';
import { UserError } from '../../generator/src/diagnostics.js';
import { credentialsHint } from '../core/credentials.js';
import { SANDBOX_FIXTURES } from '../core/fixtures.js';
import { withoutUserInfo } from '../core/target-guards.js';
import { resolveTargets } from '../core/targets.js';
import type { ApiName, Exchange, Target } from '../core/types.js';
import { descriptorsOf } from '../core/descriptors.js';
import type { ClassifyContext } from '../drift/classify.js';
import type { ScenarioResult } from '../drift/outcome.js';
import { LEVELS, summarize, type Finding } from '../drift/rules.js';
import type { CheckedOperation, DriftResult } from '../drift/run-drift.js';
import { loadSpec, type SpecDocument } from '../drift/spec-document.js';
import { checkAnswer } from './check-answer.js';
import { CreatedResources } from './created-resources.js';
import { curlOf } from './curl.js';
import { negativeCases, validCases } from './generate-cases.js';
import { freshIds } from './known-values.js';
import { operationModels, type ExploreCase, type OperationModel } from './operation-model.js';
import { DEFAULT_REMOTE_RATE, RequestPace, type PaceClock } from './request-pace.js';
import { openSession, sendCase, tokenExchangeBefore, type ExploreSession } from './send-case.js';

/** Most requests spent shrinking one failure, beyond the one that failed first. */
export const SHRINK_REQUESTS = 20;

/** What to explore and how. */
export interface ExploreOptions {
  /** `sandbox`, a target name of `api-contracts.config.json`, or a base URL (then `api` is required). */
  readonly target: string;
  readonly api?: ApiName;
  /** operationIds to explore; default every operation of the selected APIs (token operations excepted). */
  readonly operations?: readonly string[];
  /** Budget of requests (generated cases, shrinking and follow-ups; not token requests nor the final cancels). */
  readonly maxRequests: number;
  /** fast-check seed: the same seed sends the same requests to the same target state. */
  readonly seed: number;
  /** Also send cases that break one constraint of the spec each. */
  readonly negative: boolean;
  /** Run operations that change data against hosts off loopback too. */
  readonly allowMutations: boolean;
  /** Per-request limit in milliseconds; a request past it is a `timeout` finding. */
  readonly timeoutMs: number;
  /** Requests per second off loopback (default {@link DEFAULT_REMOTE_RATE}); loopback targets are not paced. */
  readonly rate?: number;
  readonly env: Record<string, string | undefined>;
  /** Drifts of the embedded sandbox. */
  readonly sandboxDrift?: readonly string[];
  readonly configFile?: string;
  /** The pacer's clock (tests inject one that does not wait). */
  readonly clock?: PaceClock;
  readonly progress?: (line: string) => void;
}

/** One shrunk failure: the minimal case, its findings, its reproduction and the exchanges a cassette of it holds. */
export interface ExploreFailure {
  readonly api: ApiName;
  readonly operationId: string;
  readonly case: ExploreCase;
  readonly findings: readonly Finding[];
  /** One-line `curl` of the minimal request, secrets scrubbed. */
  readonly curl: string;
  /** The token exchange the client made first (if any) and the minimal request's exchange; empty when it got no answer. */
  readonly exchanges: readonly Exchange[];
}

/** The outcome of an exploration: a drift result plus the failures and what was spent. */
export interface ExploreResult extends DriftResult {
  readonly failures: ExploreFailure[];
  /** Requests taken from the budget. */
  readonly requests: number;
  /** Resources created and cancelled; `notCancelled` lists those whose cancel failed. */
  readonly cancelled: number;
  readonly notCancelled: string[];
}

/** One operation's tally while it is explored. */
interface OperationRun {
  readonly model: OperationModel;
  readonly session: ExploreSession;
  readonly findings: Finding[];
  requests: number;
  refused?: string;
}

/** The models to explore per target, after `--operation` and the mutation policy. @throws {UserError} for an unknown operationId. */
async function selectModels(targets: readonly Target[], options: ExploreOptions, allowMutations: boolean): Promise<{ target: Target; model: OperationModel }[]> {
  const all = await Promise.all(targets.map(async (target) => ({ target, models: operationModels(target.api, await loadSpec(target.api)) })));
  const known = all.flatMap(({ models }) => models.map((m) => m.operationId));
  for (const name of options.operations ?? []) {
    if (!known.includes(name)) throw new UserError(`--operation ${name}: no such operation in the selected APIs; known: ${known.join(', ')}`);
  }
  const selected = all.flatMap(({ target, models }) => models.filter((m) => (options.operations ?? []).length === 0 || options.operations?.includes(m.operationId)).map((model) => ({ target, model })));
  return selected.filter(({ target, model }) => {
    if (!model.mutates || allowMutations || target.loopback) return true;
    options.progress?.(`skipped ${target.api}/${model.operationId}: it changes data and the target is not on loopback (pass --allow-mutations)`);
    return false;
  });
}

/** `n finding(s): 1 breaking, 2 warning`. */
function findingsReason(findings: readonly Finding[], requests: number): string {
  if (findings.length === 0) return `${requests} request${requests === 1 ? '' : 's'}, every answer matched the spec`;
  const summary = summarize(findings);
  const levels = LEVELS.filter((level) => summary[level] > 0).map((level) => `${summary[level]} ${level}`);
  return `${findings.length} finding${findings.length === 1 ? '' : 's'} in ${requests} requests: ${levels.join(', ')}`;
}

function resultOf(run: OperationRun): ScenarioResult {
  const { api, operationId } = run.model;
  const base = { api, scenario: `explore-${operationId}`, operations: [operationId] };
  if (run.refused !== undefined) return { ...base, outcome: 'inconclusive', kind: 'credentials-rejected', reason: run.refused, findings: run.findings };
  return { ...base, outcome: run.findings.length === 0 ? 'passed' : 'drift', reason: findingsReason(run.findings, run.requests), findings: run.findings };
}

/** Everything one exploration shares across operations. */
interface Explorer {
  readonly options: ExploreOptions;
  readonly pace: RequestPace;
  readonly created: CreatedResources;
  readonly failures: ExploreFailure[];
}

/**
 * Explores `run` in one mode with `numRuns` generated cases: each case is sent and judged; the
 * first failure is shrunk (at most {@link SHRINK_REQUESTS} more requests) and the minimal one kept.
 */
async function exploreMode(explorer: Explorer, run: OperationRun, arbitrary: fc.Arbitrary<ExploreCase>, seed: number, numRuns: number): Promise<void> {
  const { model, session } = run;
  const spec = await loadSpec(model.api);
  const ctx: ClassifyContext = { api: model.api, cassette: '', spec, descriptors: descriptorsOf(model.api) };
  let fatal: unknown;
  let failedAt: number | undefined;
  let minimal: { case: ExploreCase; findings: Finding[]; request: Exchange['request']; exchange?: Exchange } | undefined;
  const property = fc.asyncProperty(arbitrary, async (c) => {
    if (fatal !== undefined || run.refused !== undefined) return true;
    if (failedAt !== undefined && run.requests - failedAt >= SHRINK_REQUESTS) return true;
    if (!(await explorer.pace.take())) return true;
    run.requests += 1;
    try {
      const outcome = await sendCase(session, model, c);
      const verdict = checkAnswer(ctx, model.operationId, c, outcome, explorer.options.timeoutMs);
      if (verdict.kind === 'credentials-refused') {
        run.refused = `credentials rejected (HTTP ${verdict.status}); check ${credentialsHint(model.api, explorer.options.env, session.target.label === 'sandbox')}`;
        return true;
      }
      const findings = [...verdict.findings];
      if (outcome.exchange !== undefined) findings.push(...(await explorer.created.observe(session, ctx, outcome.exchange, c.violation === undefined)));
      if (findings.length === 0) return true;
      failedAt ??= run.requests;
      const request = outcome.exchange?.request ?? session.lastRequest();
      if (request === undefined) return true;
      minimal = { case: c, findings, request, ...(outcome.exchange === undefined ? {} : { exchange: outcome.exchange }) };
      return false;
    } catch (error) {
      fatal = error;
      return true;
    }
  });
  await fc.check(property, { seed, numRuns, endOnFailure: false });
  if (fatal !== undefined) throw fatal;
  if (minimal === undefined) return;
  run.findings.push(...minimal.findings);
  const { exchange, request } = minimal;
  const exchanges = exchange === undefined ? [] : [...tokenExchangeBefore(session, exchange), exchange];
  explorer.failures.push({ api: model.api, operationId: model.operationId, case: minimal.case, findings: minimal.findings, curl: curlOf(exchange?.request ?? request), exchanges });
}

/**
 * Runs the exploration.
 * @throws {UserError} for an unknown operation, a refused target (production server of the spec,
 *   missing credentials) or bad sandbox drift, before anything is sent;
 *   {@link TargetUnreachableError} when a target answers nothing.
 */
export async function runExplore(options: ExploreOptions): Promise<ExploreResult> {
  if (options.sandboxDrift !== undefined && options.target !== 'sandbox') throw new UserError('sandbox drifts need the sandbox target');
  const startedAt = new Date().toISOString();
  const resolved = await resolveTargets({
    target: options.target,
    ...(options.api === undefined ? {} : { api: options.api }),
    allowMutations: options.allowMutations,
    env: options.env,
    ...(options.sandboxDrift === undefined ? {} : { drift: [...options.sandboxDrift] }),
    ...(options.configFile === undefined ? {} : { configFile: options.configFile }),
  });
  try {
    const selected = await selectModels(resolved.targets, options, resolved.allowMutations);
    if (selected.length === 0) throw new UserError('nothing to explore: every selected operation changes data and the target is not on loopback (pass --allow-mutations to explore them)');
    const loopback = resolved.targets.every((t) => t.loopback);
    const pace = new RequestPace(options.maxRequests, loopback ? undefined : (options.rate ?? DEFAULT_REMOTE_RATE), options.clock);
    const specs = new Map<ApiName, SpecDocument>();
    for (const target of resolved.targets) specs.set(target.api, await loadSpec(target.api));
    const docs: Partial<Record<ApiName, unknown>> = Object.fromEntries([...specs].map(([api, spec]) => [api, spec.doc]));
    // Every operation of each API, selected or not: a created job is retrieved and cancelled even when only its create is explored.
    const models = new Map(resolved.targets.flatMap((t) => operationModels(t.api, specs.get(t.api) as SpecDocument)).map((model) => [`${model.api} ${model.operationId}`, model]));
    const explorer: Explorer = { options, pace, created: new CreatedResources(models, docs, pace), failures: [] };
    const nextId = freshIds(options.seed, options.target === 'sandbox');
    const sessions = new Map(resolved.targets.map((t) => [t.api, openSession(t, options.timeoutMs, nextId)]));
    const runs: OperationRun[] = selected.map(({ target, model }) => ({ model, session: sessions.get(target.api) as ExploreSession, findings: [], requests: 0 }));
    const modes = runs.flatMap((run) => {
      const fixtures = run.session.target.fixtures ?? SANDBOX_FIXTURES[run.model.api];
      const doc = docs[run.model.api];
      const negative = options.negative ? negativeCases(doc, run.model, fixtures) : undefined;
      return [{ run, arbitrary: validCases(doc, run.model, fixtures) }, ...(negative === undefined ? [] : [{ run, arbitrary: negative }])];
    });
    let notCancelled: string[] = [];
    try {
      for (const [index, mode] of modes.entries()) {
        const share = Math.max(1, Math.floor((pace.maxRequests - pace.used) / (modes.length - index)));
        if (pace.exhausted) break;
        await exploreMode(explorer, mode.run, mode.arbitrary, options.seed + index, share);
      }
    } finally {
      notCancelled = await explorer.created.cancelAll();
      for (const line of notCancelled) options.progress?.(`note: could not cancel ${line}`);
    }
    for (const run of runs) options.progress?.(`${run.model.api}/${run.model.operationId} … ${resultOf(run).reason}`);
    const scenarios = runs.map(resultOf);
    const findings = scenarios.flatMap((s) => s.findings);
    const operations: CheckedOperation[] = runs.map((r) => ({ api: r.model.api, operationId: r.model.operationId }));
    return {
      target: withoutUserInfo(options.target),
      startedAt,
      findings,
      scenarios,
      operations,
      failures: explorer.failures,
      requests: pace.used,
      cancelled: explorer.created.cancelled,
      notCancelled,
    };
  } finally {
    await resolved.close();
  }
}

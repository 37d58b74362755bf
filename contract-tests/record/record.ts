/**
 * `record`: runs scenarios against a target and writes each one's exchanges as a cassette. Against
 * `sandbox` every scenario gets a fresh embedded sandbox with the same seed, so each cassette is
 * independent of the others and re-recording gives byte-identical files.
 */
import type { SandboxCredentials } from '../core/credentials.js';
import { runScenario } from '../core/run-scenario.js';
import { resolveTargets } from '../core/targets.js';
import type { ApiName, Exchange, Scenario, Target } from '../core/types.js';
import { validateRequest } from '../core/validate-request.js';
import { networkFailure } from '../core/unreachable.js';
import { cassettePath, type Cassette } from '../har/cassette.js';
import { SecretsFoundError, writeCassettes } from '../har/write-cassettes.js';
import { SCENARIOS } from '../scenarios/index.js';
import { selectScenarios } from './select-scenarios.js';

/** What to record, from where, into which folder. */
export interface RecordOptions {
  /** `sandbox`, a config target name, or a base URL (then `api` is required). */
  target: string;
  api?: ApiName;
  /** `--scenario` names (`<name>` or `<api>/<name>`); empty means all. */
  scenarios: readonly string[];
  allowMutations: boolean;
  /** Seed of each embedded sandbox; default 1. */
  seed?: number;
  env: Record<string, string | undefined>;
  /** Cassette folder; default `contract-tests/cassettes`. */
  outDir?: string;
  /** Credentials each embedded sandbox is started with (tests of scrubbing). */
  sandboxCredentials?: SandboxCredentials;
  /** Per-request limit in milliseconds; default that of runScenario. */
  timeoutMs?: number;
  /** The scenario catalogue; default all of {@link SCENARIOS}. */
  catalogue?: readonly Scenario[];
  configFile?: string;
}

/** Where progress and errors go. */
export interface RecordIo {
  out(line: string): void;
  err(line: string): void;
}

/**
 * The outcome: 0 all written, 1 some scenario failed, 2 some cassette was refused because a request
 * broke the spec (bad input: the scenario or the client, not the server), 3 the target was unreachable.
 */
export type RecordOutcome = 0 | 1 | 2 | 3;

/** What became of one scenario: its cassette written, the scenario failed, or the cassette refused. */
type Recorded = 'written' | 'failed' | 'refused';

/** The outcome of a run whose scenarios ended in `results`: a refusal outranks a failure. */
function outcomeOf(results: readonly Recorded[]): RecordOutcome {
  if (results.includes('refused')) return 2;
  return results.includes('failed') ? 1 : 0;
}

/** Thrown to stop the run when the target cannot be reached; the message is for the user. */
class UnreachableTarget extends Error {}

async function recordOne(scenario: Scenario, target: Target, options: RecordOptions, io: RecordIo): Promise<Recorded> {
  const run = await runScenario(scenario, target, options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs });
  const label = `${scenario.api}/${scenario.name}`;
  if (run.error !== undefined) {
    const network = networkFailure(run.error);
    if (network !== undefined) {
      throw new UnreachableTarget(`cannot reach ${target.api} target ${target.label} (${new URL(target.baseUrl).origin}): ${network.message}`);
    }
    io.err(`recording ${label} … failed: ${run.error.message} (cassette not written)`);
    return 'failed';
  }
  return save(scenario, run.exchanges, options, io);
}

/** The first request of `exchanges` that breaks the spec, described with its index, operationId and JSON pointer. */
function nonconformantRequest(scenario: Scenario, exchanges: readonly Exchange[]): string | undefined {
  if (scenario.breaksSpec === true) return undefined;
  for (const [index, exchange] of exchanges.entries()) {
    const verdict = validateRequest(scenario.api, exchange.request);
    const problem = verdict.problems[0];
    if (problem !== undefined) {
      return `request ${index} (${verdict.operationId ?? 'no operation'}) breaks the spec at ${problem.pointer || '(request)'}: ${problem.message}`;
    }
  }
  return undefined;
}

async function save(scenario: Scenario, exchanges: Exchange[], options: RecordOptions, io: RecordIo): Promise<Recorded> {
  const label = `${scenario.api}/${scenario.name}`;
  const nonconformant = nonconformantRequest(scenario, exchanges);
  if (nonconformant !== undefined) {
    io.err(`recording ${label} … failed: ${nonconformant} (cassette not written; mark the scenario breaksSpec if it means to)`);
    return 'refused';
  }
  const cassette: Cassette = { file: cassettePath(scenario.api, scenario.name, options.outDir), api: scenario.api, scenario: scenario.name, exchanges };
  try {
    await writeCassettes([cassette]);
  } catch (error) {
    if (!(error instanceof SecretsFoundError)) throw error;
    const where = error.findings.map((s) => `${s.reason} at ${s.pointer}`).join('; ');
    io.err(`recording ${label} … failed: refusing to write what looks like a secret: ${where}`);
    return 'failed';
  }
  io.out(`recording ${label} … ${exchanges.length} exchange${exchanges.length === 1 ? '' : 's'}`);
  return 'written';
}

async function recordSandbox(options: RecordOptions, io: RecordIo): Promise<Recorded[]> {
  const apis: ApiName[] = options.api === undefined ? ['payquicker', 'abconnect'] : [options.api];
  const { run } = selectScenarios(options.catalogue ?? SCENARIOS, { apis, names: options.scenarios, allowMutations: true });
  const results: Recorded[] = [];
  for (const scenario of run) {
    const resolved = await resolveTargets({
      target: 'sandbox',
      api: scenario.api,
      allowMutations: true,
      env: options.env,
      seed: options.seed ?? 1,
      ...(options.sandboxCredentials === undefined ? {} : { sandboxCredentials: options.sandboxCredentials }),
    });
    try {
      results.push(await recordOne(scenario, resolved.targets[0] as Target, options, io));
    } finally {
      await resolved.close();
    }
  }
  return results;
}

async function recordRemote(options: RecordOptions, io: RecordIo): Promise<Recorded[]> {
  const resolved = await resolveTargets({
    target: options.target,
    ...(options.api === undefined ? {} : { api: options.api }),
    allowMutations: options.allowMutations,
    env: options.env,
    ...(options.configFile === undefined ? {} : { configFile: options.configFile }),
  });
  try {
    const apis = resolved.targets.map((t) => t.api);
    const selection = selectScenarios(options.catalogue ?? SCENARIOS, { apis, names: options.scenarios, allowMutations: resolved.allowMutations });
    for (const s of selection.skipped) io.err(`skipping ${s.api}/${s.name}: it changes data (pass --allow-mutations)`);
    const results: Recorded[] = [];
    for (const scenario of selection.run) {
      const target = resolved.targets.find((t) => t.api === scenario.api) as Target;
      results.push(await recordOne(scenario, target, options, io));
    }
    return results;
  } finally {
    await resolved.close();
  }
}

/**
 * Records the selected scenarios and writes one cassette per successful scenario (atomically; a
 * failed scenario leaves its old cassette untouched). A scenario not marked `breaksSpec` whose
 * requests break the spec (validate-request.ts) gets no cassette, and the outcome is 2. Prints `recording <api>/<name> … N exchanges`.
 * @throws {UserError} for bad input (unknown scenario or target, missing credentials, a production
 *   server, a mutating scenario named without `--allow-mutations`), before any request is sent.
 */
export async function recordCassettes(options: RecordOptions, io: RecordIo): Promise<RecordOutcome> {
  try {
    return outcomeOf(options.target === 'sandbox' ? await recordSandbox(options, io) : await recordRemote(options, io));
  } catch (error) {
    if (!(error instanceof UnreachableTarget)) throw error;
    io.err(`error: ${error.message}`);
    return 3;
  }
}

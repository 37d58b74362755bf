/**
 * `api-contracts drift`: runs every scenario live against a target, judges each response against
 * the spec and its cassette, prints a table of findings, and writes `drift.md`, `drift.json` and
 * `drift.junit.xml` into `--report-dir` (see contract-tests/drift/README.md).
 *
 * Exit codes, the first that applies wins: 2 bad flags, an unknown scenario, a refused target or an
 * unreadable cassette (nothing written); 3 the target could not be reached (nothing written); 4 the
 * target refused the credentials or they lack a scope for some scenario (reports written, the
 * message names the environment variables to check); 1 a finding at or above `--fail-on`, or no
 * scenario could be exercised at all (every one inconclusive: a check of nothing is not a pass);
 * 0 none. Some scenarios inconclusive for other reasons (a fixture missing on the target) do not
 * fail the check.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { UserError } from '../../generator/src/diagnostics.js';
import { EXIT, checkErrorExit } from '../../generator/src/cli/exit-codes.js';
import type { CommandContext } from '../../generator/src/cli/program.js';
import { collect, processIo, type CommandIo } from './command-io.js';
import { parseLiveCheckFlags } from './live-check-flags.js';
import type { Scenario } from '../core/types.js';
import { DEFAULT_DRIFT_TIMEOUT_MS } from '../drift/defaults.js';

/** The flags of `drift`, as commander parses them (values are still text). */
export interface DriftCliOptions {
  readonly target?: string;
  readonly api?: string;
  readonly scenario?: readonly string[];
  readonly allowMutations?: boolean;
  readonly reportDir?: string;
  readonly failOn?: string;
  readonly timeoutMs?: string;
  readonly sandboxDrift?: readonly string[];
  readonly config?: string;
  readonly spec?: string;
  readonly cassettes?: string;
}

/** The flags checked and typed. @throws {UserError} naming the bad flag. */
function parseFlags(options: DriftCliOptions) {
  const { target, api, failOn, sandboxDrift } = parseLiveCheckFlags(options);
  const timeout = options.timeoutMs ?? String(DEFAULT_DRIFT_TIMEOUT_MS);
  if (!/^\d+$/.test(timeout) || Number(timeout) < 1) throw new UserError(`--timeout-ms must be a positive whole number of milliseconds, got '${timeout}'`);
  if (options.spec !== undefined && api === undefined) throw new UserError('--spec needs --api: a spec file is the spec of one API');
  return { target, api, failOn, timeoutMs: Number(timeout), sandboxDrift, reportDir: options.reportDir ?? 'reports' } as const;
}

/** Errors of bad input raised below the CLI that are not UserErrors: an unreadable cassette, an unknown sandbox drift. */
const INPUT_ERRORS = ['CassetteError', 'UnknownDriftError', 'SandboxOptionError'];

/** The exit code of each verdict of check-drift.ts. */
const VERDICT_EXIT = { passed: EXIT.ok, failed: EXIT.failed, credentials: EXIT.credentials } as const;

/**
 * Runs the command and returns its exit code (see the module comment). Never throws for bad input
 * or an unreachable target; internal errors propagate.
 */
export async function runDriftCommand(options: DriftCliOptions, io: CommandIo = processIo): Promise<number> {
  // Loaded here, not at start-up: the drift check pulls in the sandbox, the clients and the specs.
  const { checkDrift } = await import('../drift/check-drift.js');
  const { renderTerminal } = await import('../drift/report-terminal.js');
  try {
    const flags = parseFlags(options);
    const check = await checkDrift({
      target: flags.target,
      ...(flags.api === undefined ? {} : { api: flags.api }),
      ...(options.scenario === undefined ? {} : { scenarios: options.scenario }),
      allowMutations: options.allowMutations === true,
      timeoutMs: flags.timeoutMs,
      env: io.env,
      ...(flags.sandboxDrift.length === 0 ? {} : { sandboxDrift: flags.sandboxDrift }),
      ...(options.config === undefined ? {} : { configFile: options.config }),
      ...(options.spec === undefined ? {} : { specFile: options.spec }),
      ...(options.cassettes === undefined ? {} : { cassettesDir: options.cassettes, ...(await exploreCatalogue(options.cassettes)) }),
      failOn: flags.failOn,
      reportDir: flags.reportDir,
      progress: io.err,
    });
    for (const line of renderTerminal(check.result)) io.out(line);
    if (check.reports !== undefined) io.out(`reports: ${check.reports.markdown}, ${check.reports.json}, ${check.reports.junit}`);
    if (check.message !== undefined) io.err(`error: ${check.message}`);
    return VERDICT_EXIT[check.verdict];
  } catch (error) {
    const code = checkErrorExit(error, io.err, INPUT_ERRORS);
    if (code === undefined) throw error;
    return code;
  }
}

/**
 * The scenarios replaying the cassettes `explore` saved under `dir` (`<api>/explore-*.har`), as the
 * catalogue to run instead of the suite's; nothing when `dir` holds none (a folder of suite cassettes).
 * @throws {UserError} naming the cassette that cannot be read.
 */
async function exploreCatalogue(dir: string): Promise<{ catalogue?: Scenario[] }> {
  // A missing folder is refused by the drift check itself, with the message of any other bad folder.
  if (!existsSync(dir)) return {};
  const { exploreCassettes } = await import('../explore/explore-cassette.js');
  const found = await exploreCassettes(dir).catch((error: unknown) => {
    throw new UserError(`--cassettes ${dir}: ${error instanceof Error ? error.message : String(error)}`);
  });
  return found.length === 0 ? {} : { catalogue: found.map((f) => f.scenario) };
}

/** Registers `drift` on `program`. */
export function registerDriftCommand(program: Command, context: CommandContext): void {
  program
    .command('drift')
    .description('Run every scenario live against a target and report drift from the spec and the cassettes.')
    .requiredOption('--target <target>', 'sandbox (embedded, seed 1), a target name of api-contracts.config.json, or a base URL (needs --api)')
    .option('--api <api>', 'only this API: payquicker or abconnect')
    .option('--scenario <name>', 'only this scenario, `name` or `api/name` (repeatable)', collect, [])
    .option('--allow-mutations', 'also run scenarios that create or change data against hosts off loopback')
    .option('--report-dir <dir>', 'folder for drift.md, drift.json and drift.junit.xml', 'reports')
    .option('--fail-on <level>', 'exit 1 on findings at or above this level: breaking or warning', 'breaking')
    .option('--timeout-ms <ms>', 'per-request limit; a request past it is a timeout finding', String(DEFAULT_DRIFT_TIMEOUT_MS))
    .option('--config <file>', 'config file with named targets and their fixtures (default api-contracts.config.json)')
    .option('--spec <file>', "with --api: judge the answers against this spec instead of the packaged spec/<api>.yaml (the scenarios still take their requests from the packaged spec's examples)")
    .option('--cassettes <dir>', 'compare with the cassettes of this folder (<api>/<scenario>.har) instead of the packaged ones; a folder of cassettes `explore` saved (explore-*.har) is checked with the scenarios that replay them')
    .option('--sandbox-drift <name>', 'with --target sandbox: start the sandbox with this drift (repeatable; see `sandbox --list-drifts`)', collect, [])
    .action(async (options: DriftCliOptions) => context.setExitCode(await runDriftCommand(options)));
}

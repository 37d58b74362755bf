/**
 * `api-contracts explore`: property-based exploration of a target from the spec (see
 * contract-tests/explore/README.md). Generates requests for each operation (fast-check), sends them
 * through the generated client, judges every answer with drift's rules, shrinks each failure to a
 * minimal request, prints it as a one-line `curl` (secrets scrubbed), saves it as a cassette under
 * `<report-dir>/cassettes/`, and writes `explore.md`, `explore.json` and `explore.junit.xml`.
 *
 * Exit codes, as `drift`'s, the first that applies wins: 2 bad flags, an unknown operation or a
 * refused target (production server of the spec, missing credentials; nothing sent or written);
 * 3 the target could not be reached (nothing written); 4 the target refused the credentials
 * (reports written); 1 a finding at or above `--fail-on`; 0 none.
 */
import type { Command } from 'commander';
import { UserError } from '../../generator/src/diagnostics.js';
import { EXIT, checkErrorExit } from '../../generator/src/cli/exit-codes.js';
import type { CommandContext } from '../../generator/src/cli/program.js';
import { collect, processIo, type CommandIo } from '../cli/command-io.js';
import { parseLiveCheckFlags } from '../cli/live-check-flags.js';

/** The flags of `explore`, as commander parses them (values are still text). */
export interface ExploreCliOptions {
  readonly target?: string;
  readonly api?: string;
  readonly operation?: readonly string[];
  readonly maxRequests?: string;
  readonly seed?: string;
  readonly negative?: boolean;
  readonly allowMutations?: boolean;
  readonly reportDir?: string;
  readonly failOn?: string;
  readonly timeoutMs?: string;
  readonly rate?: string;
  readonly sandboxDrift?: readonly string[];
  readonly config?: string;
}

/** Default per-request limit, in milliseconds (as `drift`). */
export const DEFAULT_EXPLORE_TIMEOUT_MS = 10_000;

/** Requests explore sends when `--max-requests` is not given. */
export const DEFAULT_MAX_REQUESTS = 200;

/** Default seed: runs are reproducible unless a seed is chosen. */
export const DEFAULT_SEED = 1;

function positiveInteger(flag: string, text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UserError(`${flag} must be a positive whole number, got '${text}'`);
  return Number(text);
}

/** The flags checked and typed. @throws {UserError} naming the bad flag. */
function parseFlags(options: ExploreCliOptions) {
  const { target, api, failOn, sandboxDrift } = parseLiveCheckFlags(options);
  const seedText = options.seed ?? String(DEFAULT_SEED);
  if (!/^-?\d+$/.test(seedText) || !Number.isSafeInteger(Number(seedText))) throw new UserError(`--seed must be a whole number, got '${seedText}'`);
  return {
    target,
    api,
    failOn,
    seed: Number(seedText),
    maxRequests: positiveInteger('--max-requests', options.maxRequests ?? String(DEFAULT_MAX_REQUESTS)),
    timeoutMs: positiveInteger('--timeout-ms', options.timeoutMs ?? String(DEFAULT_EXPLORE_TIMEOUT_MS)),
    ...(options.rate === undefined ? {} : { rate: positiveInteger('--rate', options.rate) }),
    sandboxDrift,
    reportDir: options.reportDir ?? 'reports',
  } as const;
}

/** Errors of bad input raised below the CLI that are not UserErrors. */
const INPUT_ERRORS = ['UnknownDriftError', 'SandboxOptionError'];

/**
 * Runs the command and returns its exit code (see the module comment). Never throws for bad input
 * or an unreachable target; internal errors propagate.
 */
export async function runExploreCommand(options: ExploreCliOptions, io: CommandIo = processIo): Promise<number> {
  // Loaded here, not at start-up: exploring pulls in the sandbox, the clients and the specs.
  const { runExplore } = await import('./run-explore.js');
  const { renderTerminal } = await import('../drift/report-terminal.js');
  const { writeReports } = await import('../drift/write-reports.js');
  const { atOrAbove } = await import('../drift/rules.js');
  const { saveFailureCassettes } = await import('./explore-cassette.js');
  try {
    const flags = parseFlags(options);
    const result = await runExplore({
      target: flags.target,
      ...(flags.api === undefined ? {} : { api: flags.api }),
      ...(options.operation === undefined || options.operation.length === 0 ? {} : { operations: options.operation }),
      maxRequests: flags.maxRequests,
      seed: flags.seed,
      negative: options.negative === true,
      allowMutations: options.allowMutations === true,
      timeoutMs: flags.timeoutMs,
      ...(flags.rate === undefined ? {} : { rate: flags.rate }),
      env: io.env,
      ...(flags.sandboxDrift.length === 0 ? {} : { sandboxDrift: flags.sandboxDrift }),
      ...(options.config === undefined ? {} : { configFile: options.config }),
      progress: io.err,
    });
    for (const line of renderTerminal(result)) io.out(line);
    const cassettes = await saveFailureCassettes(flags.reportDir, result.failures);
    for (const [index, failure] of result.failures.entries()) {
      const label = failure.case.violation === undefined ? 'valid request' : `breaks ${failure.case.violation.keyword} at ${failure.case.violation.pointer}`;
      io.out(`${failure.api}/${failure.operationId} (${label}): ${failure.findings.map((f) => f.rule).join(', ')}`);
      io.out(`  ${failure.curl}`);
      if (cassettes[index] !== undefined) io.out(`  cassette: ${cassettes[index]}`);
    }
    const paths = await writeReports(flags.reportDir, result, flags.failOn, 'explore');
    io.out(`${result.requests} requests (seed ${flags.seed}), ${result.cancelled} created resource${result.cancelled === 1 ? '' : 's'} cancelled; reports: ${paths.markdown}, ${paths.json}, ${paths.junit}`);
    const refused = result.scenarios.find((r) => r.kind === 'credentials-rejected');
    if (refused !== undefined) {
      io.err(`error: ${refused.api}/${refused.operations.join(',')}: ${refused.reason}`);
      return EXIT.credentials;
    }
    return result.findings.some((f) => atOrAbove(f.level, flags.failOn)) ? EXIT.failed : EXIT.ok;
  } catch (error) {
    const code = checkErrorExit(error, io.err, INPUT_ERRORS);
    if (code === undefined) throw error;
    return code;
  }
}

/** Registers `explore` on `program`; `io` defaults to stdout, stderr and `process.env`. */
export function registerExploreCommand(program: Command, context: CommandContext, io?: CommandIo): void {
  program
    .command('explore')
    .description('Generate requests from the spec (property-based, fast-check), send them to a target and report every answer that breaks the spec, shrunk to a minimal request.')
    .requiredOption('--target <target>', 'sandbox (embedded, seed 1), a target name of api-contracts.config.json, or a base URL (needs --api)')
    .option('--api <api>', 'only this API: payquicker or abconnect')
    .option('--operation <operationId>', 'only this operation (repeatable)', collect, [])
    .option('--max-requests <n>', 'request budget: generated cases, shrinking and follow-ups (token requests and final cancels not counted)', String(DEFAULT_MAX_REQUESTS))
    .option('--seed <n>', 'fast-check seed; the same seed sends the same requests', String(DEFAULT_SEED))
    .option('--negative', 'also send requests that break one constraint of the spec each (keyword and JSON pointer named); a 2xx to one is a warning')
    .option('--allow-mutations', 'also run operations that create or change data against hosts off loopback')
    .option('--rate <n>', 'requests per second against hosts off loopback (default 5; loopback is not paced)')
    .option('--report-dir <dir>', 'folder for explore.md, explore.json, explore.junit.xml and cassettes/ of the failures', 'reports')
    .option('--fail-on <level>', 'exit 1 on findings at or above this level: breaking or warning', 'breaking')
    .option('--timeout-ms <ms>', 'per-request limit; a request past it is a timeout finding', String(DEFAULT_EXPLORE_TIMEOUT_MS))
    .option('--config <file>', 'config file with named targets and their fixtures (default api-contracts.config.json)')
    .option('--sandbox-drift <name>', 'with --target sandbox: start the sandbox with this drift (repeatable; see `sandbox --list-drifts`)', collect, [])
    .action(async (options: ExploreCliOptions) => context.setExitCode(await runExploreCommand(options, io ?? processIo)));
}

/**
 * `api-contracts diff`: compares two versions of a spec (files or `git:<ref>:<path>`), or a config
 * API's spec with its version at a git ref (`--api NAME [--base REF]`), or our slice of a vendor's
 * API with the vendor's full document (`--vendor FILE-OR-URL --api NAME`); prints a table of
 * changes judged from an existing client's side, with the suggested version bump, and with
 * `--report-dir` writes `diff.md`, `diff.json` and `diff.junit.xml` (see generator/src/diff/rules.ts).
 *
 * Exit codes: 0 no change at or above `--fail-on`; 1 there is one; 2 bad flags or a side that
 * cannot be read or is not OpenAPI 3.x.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../config/load-config.js';
import { UserError, formatDiagnostic } from '../diagnostics.js';
import { EXIT } from './exit-codes.js';
import type { CommandContext } from './program.js';

/** The flags of `diff`, as commander parses them. */
export interface DiffCliOptions {
  readonly api?: string;
  readonly base?: string;
  readonly vendor?: string;
  readonly reportDir?: string;
  readonly failOn?: string;
  readonly config?: string;
}

/** Where the command prints: the table and report paths to `out`, errors to `err`. */
export interface DiffIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const processIo: DiffIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** The two sides to load, as the user named them, and whether the base is a vendor's document. */
interface Plan {
  readonly base: string;
  readonly revision: string;
  readonly vendor: boolean;
  readonly failOn: 'breaking' | 'warning';
}

/** The flags and arguments checked. @throws {UserError} naming the bad flag or argument. */
async function planOf(sides: readonly string[], options: DiffCliOptions): Promise<Plan> {
  const failOn = options.failOn ?? 'breaking';
  if (failOn !== 'breaking' && failOn !== 'warning') throw new UserError(`--fail-on must be breaking or warning, got '${failOn}'`);
  if (sides.length === 2) {
    if (options.api !== undefined || options.base !== undefined || options.vendor !== undefined) {
      throw new UserError('give either two sides (<base> <revision>) or --api NAME [--base REF | --vendor FILE], not both');
    }
    return { base: sides[0] ?? '', revision: sides[1] ?? '', vendor: false, failOn };
  }
  if (sides.length === 1) throw new UserError('diff needs two sides, <base> and <revision>, or --api NAME without files');
  if (options.api === undefined) throw new UserError('diff needs <base> <revision>, or --api NAME (with --base REF or --vendor FILE)');
  if (options.vendor !== undefined && options.base !== undefined) throw new UserError('--vendor and --base go separately: --vendor compares with the vendor document, --base with a git ref');
  const config = await loadConfig(options.config);
  const api = config.apis.find((a) => a.name === options.api);
  if (api === undefined) throw new UserError(`--api: no API named '${options.api}' in ${config.file} (known: ${config.apis.map((a) => a.name).join(', ')})`);
  const spec = path.relative(process.cwd(), api.spec);
  if (options.vendor !== undefined) return { base: options.vendor, revision: spec, vendor: true, failOn };
  const ref = options.base ?? 'HEAD';
  if (ref === '' || ref.includes(':')) throw new UserError(`--base must be a git ref (a branch, tag or commit), got '${ref}'`);
  return { base: `git:${ref}:${spec}`, revision: spec, vendor: false, failOn };
}

/**
 * Runs the command and returns its exit code (see the module comment). Bad input is reported on
 * `io.err` and gives exit 2; internal errors propagate.
 */
export async function runDiffCommand(sides: readonly string[], options: DiffCliOptions, io: DiffIo = processIo): Promise<number> {
  const { diff } = await import('../diff/diff.js');
  const { renderTerminal } = await import('../diff/report-terminal.js');
  const { writeDiffReports } = await import('../diff/write-reports.js');
  const { atOrAbove } = await import('../diff/rules.js');
  try {
    const plan = await planOf(sides, options);
    const result = await diff(plan);
    for (const line of renderTerminal(result)) io.out(line);
    if (options.reportDir !== undefined) {
      const dir = options.reportDir;
      const paths = await writeDiffReports(dir, result, plan.failOn).catch((error: unknown) => {
        throw new UserError(`--report-dir: cannot write the reports into ${dir}: ${(error as Error).message}`);
      });
      io.out(`reports: ${paths.markdown}, ${paths.json}, ${paths.junit}`);
    }
    return result.changes.some((c) => atOrAbove(c.level, plan.failOn)) ? EXIT.failed : EXIT.ok;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    for (const d of error.diagnostics) io.err(formatDiagnostic(d));
    io.err(`error: ${error.message}`);
    return EXIT.usage;
  }
}

/** Registers `diff` on `program`. */
export function registerDiffCommand(program: Command, context: CommandContext): void {
  program
    .command('diff')
    .description('Report the changes between two versions of a spec, judged from an existing client\'s side (breaking, warning, info), or where our spec disagrees with the vendor\'s document.')
    .argument('[base]', 'the older side: a spec file, or git:<ref>:<path> (for example git:origin/main:spec/payquicker.yaml)')
    .argument('[revision]', 'the newer side, in the same forms')
    .option('--api <name>', 'an API of the config: without files, compare its spec with its version at --base; with --vendor, our side')
    .option('--base <ref>', 'with --api: the git ref to compare the spec with (default HEAD)')
    .option('--vendor <file-or-url>', 'with --api: the vendor\'s full OpenAPI document; only the operations our spec covers are compared, and deviations our spec marks (x-api-contracts-source / x-api-contracts-why) are not listed. A URL is fetched only when given here')
    .option('-c, --config <file>', 'config file for --api (default: api-contracts.config.json or .ts in the working directory)')
    .option('--report-dir <dir>', 'also write diff.md, diff.json and diff.junit.xml into this folder')
    .option('--fail-on <level>', 'exit 1 on changes at or above this level: breaking or warning', 'breaking')
    .addHelpText('after', '\nExit codes: 0 nothing at or above --fail-on, 1 something is, 2 bad flags or an unreadable or invalid side.\nThe summary suggests the version bump for the generated clients: major (breaking), minor (additions, warnings) or patch.')
    .action(async (base: string | undefined, revision: string | undefined, options: DiffCliOptions) => {
      const sides = [base, revision].filter((s): s is string => s !== undefined);
      context.setExitCode(await runDiffCommand(sides, options));
    });
}

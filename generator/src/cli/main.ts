/**
 * Entry point of the `api-contracts` command: builds the commander program, runs it, and maps
 * every outcome to an exit code CI can use.
 *
 * Exit codes: 0 success; 1 the check failed (stale files, lint errors, breaking drift or diff);
 * 2 usage error or bad input (unknown flag, bad spec, bad config); 3 a target could not be
 * reached; 70 internal error (a bug: please report it).
 */
import { Command, CommanderError } from 'commander';
import { UserError, formatDiagnostic } from '../diagnostics.js';
import { registerDiffCommand } from './diff-command.js';
import { registerDriftCommand } from './drift-command.js';
import { registerExploreCommand } from '../../../contract-tests/explore/explore-command.js';
import { registerGenerateCommand } from './generate-command.js';
import { registerImportHarCommand } from './import-har-command.js';
import { registerRecordCommand } from './record-command.js';
import { registerLintCommand } from './lint-command.js';
import { registerSandboxCommand } from './sandbox-command.js';
import { EXIT } from './exit-codes.js';

/** What a subcommand's action uses to report its outcome. */
export interface CommandContext {
  /** Sets the exit code of the run (see {@link EXIT}). */
  setExitCode(code: number): void;
}

/** Builds the program with every subcommand registered; exported for tests of `--help`. */
export function buildProgram(context: CommandContext): Command {
  const program = new Command('api-contracts')
    .description(
      'Typed clients, runtime validators and contract/drift checks from hand-maintained OpenAPI specs.',
    )
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  registerGenerateCommand(program, context);
  registerLintCommand(program, context);
  registerSandboxCommand(program, context);
  registerRecordCommand(program, context);
  registerDriftCommand(program, context);
  registerExploreCommand(program, context);
  registerDiffCommand(program, context);
  registerImportHarCommand(program, context);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/**
 * Runs the command line `argv` (without `node` and the script path) and returns the exit code.
 * Never throws: user errors are printed as diagnostics, internal errors with their stack.
 */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    let exitCode: number = EXIT.ok;
    const program = buildProgram({ setExitCode: (code) => (exitCode = code) });
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error);
  }
}

function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    // Help and version exit 0; anything else commander rejects is a usage error.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof UserError) {
    for (const d of error.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    process.stderr.write(`error: ${error.message}\n`);
    return EXIT.usage;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`internal error (a bug in api-contracts, please report it):\n${detail}\n`);
  return EXIT.internal;
}

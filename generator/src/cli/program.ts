/**
 * The generator's half of the `api-contracts` command: the commander program with `generate`,
 * `lint` and `diff`, and the mapping of every outcome to an exit code CI can use. The contract
 * suite registers its own commands (contract-tests/cli/register.ts); `package/cli.ts` composes the two.
 *
 * Exit codes: 0 success; 1 the check failed (stale files, lint errors, breaking drift or diff);
 * 2 usage error or bad input (unknown flag, bad spec, bad config); 3 a target could not be
 * reached; 70 internal error (a bug: please report it).
 */
import { Command, CommanderError } from 'commander';
import { UserError, formatDiagnostic } from '../diagnostics.js';
import { registerDiffCommand } from './diff-command.js';
import { registerGenerateCommand } from './generate-command.js';
import { registerLintCommand } from './lint-command.js';
import { EXIT } from './exit-codes.js';

/** What a subcommand's action uses to report its outcome. */
export interface CommandContext {
  /** Sets the exit code of the run (see {@link EXIT}). */
  setExitCode(code: number): void;
}

/** Adds commands to `program`, reporting their outcome through `context`. */
export type RegisterCommands = (program: Command, context: CommandContext) => void;

/** The program without subcommands: name, description, version, and errors thrown, not exited. */
function createProgram(version: string): Command {
  return new Command('api-contracts')
    .description('Typed clients, runtime validators and contract/drift checks from hand-maintained OpenAPI specs.')
    .version(version)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
}

/** Registers the generator's commands: `generate`, `lint` and `diff`. */
export const registerGeneratorCommands: RegisterCommands = (program, context) => {
  registerGenerateCommand(program, context);
  registerLintCommand(program, context);
  registerDiffCommand(program, context);
};

/**
 * Builds the program with the commands of every `register` in order (exported for tests of
 * `--help`); `version` is what `--version` prints.
 */
export function buildProgram(context: CommandContext, register: readonly RegisterCommands[], version: string): Command {
  const program = createProgram(version);
  for (const add of register) add(program, context);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/**
 * Runs the command line `argv` (without `node` and the script path) on a program of the commands
 * of `register`, and returns the exit code. Never throws: user errors are printed as diagnostics,
 * internal errors with their stack (exit 70).
 */
export async function runProgram(argv: readonly string[], register: readonly RegisterCommands[], version: string): Promise<number> {
  try {
    let exitCode: number = EXIT.ok;
    const program = buildProgram({ setExitCode: (code) => (exitCode = code) }, register, version);
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

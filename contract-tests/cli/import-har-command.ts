/**
 * `api-contracts import-har <file> [--api payquicker|abconnect] [--base-url <url>] [--out-dir <dir>]`:
 * splits a HAR capture into one cassette per operation, scrubbed and normalised
 * (contract-tests/README.md, "Importing a HAR capture"). Exit 0 when cassettes were written, 2 for
 * bad input: an unreadable or malformed capture (the message names the entry index and JSON
 * pointer), a relative URL, a body over the limits, no entry of the API, a value that still looks
 * like a secret after scrubbing (named by place, never shown), an `--out-dir` that cannot be
 * written, a bad flag. Either every cassette is written or none is.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../generator/src/diagnostics.js';
import { EXIT } from '../../generator/src/cli/exit-codes.js';
import type { CommandContext } from '../../generator/src/cli/program.js';
import { processIo, type CommandIo } from './command-io.js';

/** The flags of `import-har`, as commander parses them. */
export interface ImportHarCliOptions {
  readonly api?: string;
  readonly baseUrl?: string;
  readonly outDir?: string;
}

/** Runs `import-har` on `file`; returns the exit code. Prints one line per cassette written. */
export async function runImportHarCommand(file: string, options: ImportHarCliOptions, io: Pick<CommandIo, 'out' | 'err'> = processIo): Promise<number> {
  try {
    if (options.api !== undefined && options.api !== 'payquicker' && options.api !== 'abconnect') {
      throw new UserError(`--api must be payquicker or abconnect, got '${options.api}'`);
    }
    // Loaded here, not at start-up: importing pulls in the generated operation descriptors.
    const { importHar } = await import('../har/import-har.js');
    const result = await importHar({
      file,
      ...(options.api === undefined ? {} : { api: options.api }),
      ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
      ...(options.outDir === undefined ? {} : { outDir: path.resolve(options.outDir) }),
    });
    for (const cassette of result.cassettes) {
      io.out(`imported ${path.relative(process.cwd(), cassette.file)} … ${cassette.exchanges.length} exchange${cassette.exchanges.length === 1 ? '' : 's'}`);
    }
    if (result.skipped > 0) io.err(`skipped ${result.skipped} entr${result.skipped === 1 ? 'y' : 'ies'} that call no operation of the API`);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.err(`error: ${error.message}`);
    return EXIT.usage;
  }
}

/** Registers `import-har` on `program`. */
export function registerImportHarCommand(program: Command, context: CommandContext): void {
  program
    .command('import-har')
    .description('Split a HAR capture (browser, proxy, Polly.js) into scrubbed cassettes, one per operation.')
    .argument('<file>', 'the HAR 1.2 capture')
    .option('--api <api>', 'payquicker or abconnect (default: the API most entries call)')
    .option('--base-url <url>', "the API base URL in the capture (default: found from the spec's operation paths)")
    .option('--out-dir <dir>', 'cassette folder (default contract-tests/cassettes)')
    .action(async (file: string, options: ImportHarCliOptions) => context.setExitCode(await runImportHarCommand(file, options)));
}

/**
 * `api-contracts record --target sandbox|<config name>|<url> [--api payquicker|abconnect]
 * [--scenario <name>]… [--allow-mutations] [--seed N] [--out-dir <dir>]`: re-records the contract
 * suite's cassettes (contract-tests/README.md, "Re-recording"). Exit 0 when every cassette was
 * written, 1 when a scenario failed (its cassette is left as it was), 2 for bad input (unknown
 * scenario or target, missing credentials, a production server, a mutating scenario on a
 * non-loopback target without --allow-mutations, or a cassette refused because a request of a
 * scenario not marked `breaksSpec` broke the spec), 3 when the target cannot be reached.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../generator/src/diagnostics.js';
import { EXIT } from '../../generator/src/cli/exit-codes.js';
import type { CommandContext } from '../../generator/src/cli/program.js';
import { collect, processIo, type CommandIo } from './command-io.js';

/** The flags of `record`, as commander parses them (values are still text). */
export interface RecordCliOptions {
  readonly target?: string;
  readonly api?: string;
  readonly scenario?: readonly string[];
  readonly allowMutations?: boolean;
  readonly seed?: string;
  readonly outDir?: string;
  readonly config?: string;
}

function parseApi(value: string | undefined): 'payquicker' | 'abconnect' | undefined {
  if (value === undefined || value === 'payquicker' || value === 'abconnect') return value;
  throw new UserError(`--api must be payquicker or abconnect, got '${value}'`);
}

function parseSeed(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UserError(`--seed must be a whole number, got '${value}'`);
  return Number(value);
}

/** Runs `record` and returns its exit code; bad input is reported on `io.err` as `error: …` (exit 2). */
export async function runRecordCommand(options: RecordCliOptions, io: CommandIo = processIo): Promise<number> {
  try {
    if (options.target === undefined) throw new UserError('--target is required: sandbox, a target name from the config file, or a base URL');
    const api = parseApi(options.api);
    const seed = parseSeed(options.seed);
    // Loaded here, not at start-up: recording pulls in the sandbox, the clients and the validators.
    const { recordCassettes } = await import('../record/record.js');
    return await recordCassettes(
      {
        target: options.target,
        ...(api === undefined ? {} : { api }),
        scenarios: options.scenario ?? [],
        allowMutations: options.allowMutations === true,
        ...(seed === undefined ? {} : { seed }),
        env: io.env,
        ...(options.outDir === undefined ? {} : { outDir: path.resolve(options.outDir) }),
        ...(options.config === undefined ? {} : { configFile: options.config }),
      },
      io,
    );
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.err(`error: ${error.message}`);
    for (const d of error.diagnostics) io.err(`${d.file} ${d.pointer} ${d.message}`);
    return EXIT.usage;
  }
}

/** Registers `record` on `program`. */
export function registerRecordCommand(program: Command, context: CommandContext): void {
  program
    .command('record')
    .description('Re-record contract-test cassettes (HAR) by running the scenarios against a server.')
    .requiredOption('--target <target>', 'sandbox (embedded, seeded), a target name from the config file, or a base URL')
    .option('--api <api>', 'payquicker or abconnect (required with a URL target)')
    .option('--scenario <name>', 'record only this scenario, <name> or <api>/<name> (repeatable)', collect, [])
    .option('--allow-mutations', 'also run scenarios that change data on a non-loopback target')
    .option('--seed <n>', 'seed of the embedded sandbox (default 1)')
    .option('--out-dir <dir>', 'cassette folder (default contract-tests/cassettes)')
    .option('--config <file>', 'config file with named targets (default api-contracts.config.json)')
    .action(async (options: RecordCliOptions) => context.setExitCode(await runRecordCommand(options)));
}

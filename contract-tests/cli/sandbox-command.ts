/**
 * `api-contracts sandbox`: runs the local sandbox server for both APIs (contract-tests/sandbox, see
 * its README). Prints exactly `payquicker <base URL>` and `abconnect <base URL>` as its first two
 * lines, then serves until SIGINT or SIGTERM and exits 0 once closed. `--list-drifts` prints the
 * drift catalogue and exits 0. Exit 2 for a bad flag value, an unknown drift name (the message lists
 * the valid ones) or a port that cannot be bound.
 */
import type { Command } from 'commander';
import { EXIT } from '../../generator/src/cli/exit-codes.js';
import type { CommandContext } from '../../generator/src/cli/program.js';
import { collect } from './command-io.js';

/** The flags of `sandbox`, as commander parses them (values are still text). */
export interface SandboxCliOptions {
  readonly port?: string;
  readonly host?: string;
  readonly seed?: string;
  readonly drift?: readonly string[];
  readonly tokenTtl?: string;
  readonly slowMs?: string;
  readonly listDrifts?: boolean;
  readonly payquickerClientId?: string;
  readonly payquickerClientSecret?: string;
  readonly abconnectUsername?: string;
  readonly abconnectPassword?: string;
  readonly abconnectClientId?: string;
  readonly abconnectClientSecret?: string;
}

/** Where the command writes and how it learns it should stop; the process by default. */
export interface SandboxIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Resolves with the signal name when the sandbox should close. */
  readonly stopSignal: () => Promise<string>;
}

/** stdout, stderr, and the first SIGINT or SIGTERM. */
export const processIo: SandboxIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  stopSignal: () =>
    new Promise((resolve) => {
      const stop = (signal: NodeJS.Signals): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve(signal);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    }),
};

/** Thrown for a flag value that is not a whole number. */
class FlagError extends Error {}

function integerFlag(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new FlagError(`${name} must be a whole number, got '${value}'`);
  return Number(value);
}

/** Keeps only the keys whose value is defined, as `exactOptionalPropertyTypes` wants. */
function defined<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/**
 * Runs the command: lists drifts, or starts the sandbox, prints its two base URLs and serves until
 * `io.stopSignal()` resolves. Returns the exit code (0, or 2 for bad input).
 */
export async function runSandboxCommand(options: SandboxCliOptions, io: SandboxIo = processIo): Promise<number> {
  // Loaded here, not at start-up: the sandbox pulls in fastify and the generated validators.
  const sandbox = await import('../sandbox/index.js');
  if (options.listDrifts === true) {
    for (const line of sandbox.describeDrifts()) io.out(line);
    return EXIT.ok;
  }
  let running;
  try {
    running = await sandbox.startSandbox(
      defined({
        port: integerFlag('--port', options.port),
        host: options.host,
        seed: integerFlag('--seed', options.seed),
        drift: options.drift,
        tokenTtlSeconds: integerFlag('--token-ttl', options.tokenTtl),
        slowDelayMs: integerFlag('--slow-ms', options.slowMs),
        payquicker: defined({ clientId: options.payquickerClientId, clientSecret: options.payquickerClientSecret }),
        abconnect: defined({
          username: options.abconnectUsername,
          password: options.abconnectPassword,
          clientId: options.abconnectClientId,
          clientSecret: options.abconnectClientSecret,
        }),
      }),
    );
  } catch (error) {
    const usage = error instanceof FlagError || error instanceof sandbox.UnknownDriftError || error instanceof sandbox.SandboxOptionError;
    const listen = (error as NodeJS.ErrnoException).code !== undefined;
    if (!usage && !listen) throw error;
    io.err(`error: ${(error as Error).message}`);
    return EXIT.usage;
  }
  io.out(`payquicker ${running.payquickerUrl}`);
  io.out(`abconnect ${running.abconnectUrl}`);
  const signal = await io.stopSignal();
  await running.close();
  io.err(`sandbox closed (${signal})`);
  return EXIT.ok;
}

/** Registers `sandbox` on `program`. */
export function registerSandboxCommand(program: Command, context: CommandContext): void {
  program
    .command('sandbox')
    .description('Run the local sandbox server for the PayQuicker and ABConnect APIs until SIGINT/SIGTERM.')
    .option('--port <n>', 'TCP port; 0 (default) picks a free one')
    .option('--host <host>', 'interface to listen on (default 127.0.0.1)')
    .option('--seed <n>', 'deterministic mode: reproducible tokens, ids and timestamps (fake clock)')
    .option('--drift <name>', 'deviate from the spec in one named way (repeatable; see --list-drifts)', collect, [])
    .option('--token-ttl <seconds>', 'access token lifetime in seconds (default 3600)')
    .option('--slow-ms <ms>', 'delay of the slow drift in milliseconds (default 3000)')
    .option('--list-drifts', 'print every drift name with its description and exit')
    .option('--payquicker-client-id <id>', 'PayQuicker client id (default sandbox-client)')
    .option('--payquicker-client-secret <secret>', 'PayQuicker client secret (default sandbox-secret)')
    .option('--abconnect-username <name>', 'ABConnect username (default sandbox-user)')
    .option('--abconnect-password <password>', 'ABConnect password (default sandbox-password)')
    .option('--abconnect-client-id <id>', 'ABConnect client id (default sandbox-client)')
    .option('--abconnect-client-secret <secret>', 'ABConnect client secret (default sandbox-secret)')
    .action(async (options: SandboxCliOptions) => context.setExitCode(await runSandboxCommand(options)));
}

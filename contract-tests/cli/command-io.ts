/**
 * What the contract suite's commands (drift, record, import-har, explore) read and write, so tests
 * can run them without a process, and commander's collector of repeatable flags.
 */

/** Where a command writes (its report and paths to `out`; progress and errors to `err`) and the environment its credentials come from. */
export interface CommandIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly env: Record<string, string | undefined>;
}

/** stdout, stderr (one line per call) and `process.env`. */
export const processIo: CommandIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
};

/** commander's argument parser for a repeatable flag: each value is appended to the earlier ones. */
export function collect(value: string, previous: readonly string[]): string[] {
  return [...previous, value];
}

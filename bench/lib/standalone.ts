/**
 * Lets each benchmark module run on its own (`npx tsx bench/scale.ts`) as well as under
 * bench/run-all.ts, which starts every benchmark in a fresh process with
 * `--json <file>` and collects the sections.
 *
 * Flags: `--quick` (fewer runs and smaller counts, for development; the report says so) and
 * `--json <file>` (write the section as JSON there).
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { renderSection, type Section } from '../report.js';
import { REPO_ROOT } from './versions.js';

const execFileAsync = promisify(execFile);

/** Options every benchmark accepts. */
export interface BenchOptions {
  /** Fewer runs and smaller counts: for trying changes, not for RESULTS.md. */
  readonly quick: boolean;
}

/** True when the module at `moduleUrl` is the script node was started with. */
export function isMain(moduleUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && pathToFileURL(resolve(script)).href === moduleUrl;
}

/**
 * When `moduleUrl` is the entry script: runs `bench`, prints its section as Markdown and writes
 * it as JSON for `--json <file>`. An exception exits 1 with its message (a broken harness, not a
 * missed target: missed targets are FAIL rows).
 */
export function runIfMain(moduleUrl: string, bench: (options: BenchOptions) => Promise<Section>): void {
  if (!isMain(moduleUrl)) return;
  const args = process.argv.slice(2);
  const jsonIndex = args.indexOf('--json');
  const jsonPath = jsonIndex >= 0 ? args[jsonIndex + 1] : undefined;
  bench({ quick: args.includes('--quick') }).then(
    (section) => {
      process.stdout.write(`${renderSection(section)}\n`);
      if (jsonPath !== undefined) writeFileSync(jsonPath, JSON.stringify(section, null, 2));
    },
    reportFailure,
  );
}

/**
 * A measurement that runs in a process of its own: when `moduleUrl` is the entry script, runs
 * `measure` and prints its result as one line of JSON (read back by {@link runJsonChild}). An
 * exception exits 1 with its message.
 */
export function printJsonIfMain(moduleUrl: string, measure: () => Promise<unknown>): void {
  if (!isMain(moduleUrl)) return;
  measure().then((result) => process.stdout.write(`${JSON.stringify(result)}\n`), reportFailure);
}

/**
 * Runs `script` (a path from the repository root that calls {@link printJsonIfMain}) in a fresh
 * `node --import tsx` process with `args` and returns the JSON it printed.
 * @throws the child's failure (non-zero exit, or killed after `timeoutMs` milliseconds).
 */
export async function runJsonChild<T>(script: string, args: readonly string[], timeoutMs: number): Promise<T> {
  const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, script), ...args], { cwd: REPO_ROOT, timeout: timeoutMs });
  return JSON.parse(stdout) as T;
}

function reportFailure(error: unknown): void {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}

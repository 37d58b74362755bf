/**
 * Lets each benchmark module run on its own (`npx tsx bench/scale.ts`) as well as under
 * bench/run-all.ts, which starts every benchmark in a fresh process with
 * `--json <file>` and collects the sections.
 *
 * Flags: `--quick` (fewer runs and smaller counts, for development; the report says so) and
 * `--json <file>` (write the section as JSON there).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderSection, type Section } from '../report.js';

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
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

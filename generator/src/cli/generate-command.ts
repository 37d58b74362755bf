/**
 * `api-contracts generate`: generates clients and validators for every API of the config file, or
 * for one spec given by `--spec/--out`; with `--check`, writes nothing and exits 1 naming the
 * stale files when `generated/` differs from what the specs would produce. An output folder is
 * replaced only when api-contracts wrote it or it is empty, unless `--force` (see output-ownership.ts).
 * Hermetic: an `http(s)` `$ref` is refused (exit 2) unless `--allow-remote-refs` is given.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { formatDiagnostic } from '../diagnostics.js';
import type { GenerateResult } from '../generate/generate.js';
import { EXIT } from './exit-codes.js';
import type { CommandContext } from './program.js';

interface GenerateCliOptions {
  config?: string;
  spec?: string;
  out?: string;
  name?: string;
  check?: boolean;
  force?: boolean;
  quiet?: boolean;
  allowRemoteRefs?: boolean;
}

/** Registers `generate` on `program`. */
export function registerGenerateCommand(program: Command, context: CommandContext): void {
  program
    .command('generate')
    .description('Generate typed clients and validators from OpenAPI specs (all APIs of the config, or --spec/--out).')
    .option('-c, --config <file>', 'config file (default: api-contracts.config.json or .ts in the working directory)')
    .option('--spec <file>', 'one-off: the OpenAPI document to generate from (needs --out)')
    .option('--out <dir>', 'one-off: the folder to write, replaced as a whole; refused unless new, empty or written by api-contracts')
    .option('--name <id>', 'one-off: the API id (default: the spec file name); names the client <Id>Client (default: from info.title)')
    .option('--check', 'write nothing; exit 1 and name the stale files when the output is not up to date')
    .option('--force', 'replace an output folder even when it holds files api-contracts did not write (never a regular file)')
    .option('-q, --quiet', 'print only warnings and errors')
    .option('--allow-remote-refs', 'fetch http(s) $refs (default: refuse them with exit 2; generation reads local files only)')
    .action(async (options: GenerateCliOptions) => context.setExitCode(await runGenerate(options)));
}

async function runGenerate(options: GenerateCliOptions): Promise<number> {
  const { generate } = await import('../generate/generate.js');
  const quiet = options.quiet === true;
  const result = await generate({
    ...options,
    onApi: (api) => {
      if (!quiet) process.stderr.write(`generating ${api.name} from ${path.relative(process.cwd(), api.spec)}…\n`);
    },
  });
  for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
  return result.mode === 'check' ? printCheck(result) : printWrite(result, quiet);
}

async function printWrite(result: GenerateResult, quiet: boolean): Promise<number> {
  const { display } = await import('../generate/output-ownership.js');
  if (!quiet) for (const api of result.apis) process.stdout.write(`wrote ${api.files.length} files to ${display(api.output)}\n`);
  return EXIT.ok;
}

function printCheck(result: GenerateResult): number {
  let stale = 0;
  for (const api of result.apis) {
    const out = path.relative(process.cwd(), api.output) || '.';
    const difference = api.difference ?? { changed: [], missing: [], extra: [] };
    for (const f of difference.changed) process.stdout.write(`stale: ${out}/${f}\n`);
    for (const f of difference.missing) process.stdout.write(`missing: ${out}/${f}\n`);
    for (const f of difference.extra) process.stdout.write(`not generated (remove it): ${out}/${f}\n`);
    stale += difference.changed.length + difference.missing.length + difference.extra.length;
  }
  if (stale === 0) {
    process.stdout.write(`generated code is up to date (${result.apis.length} APIs)\n`);
    return EXIT.ok;
  }
  process.stdout.write(`${stale} generated files are out of date: run \`npm run generate\` and commit the result\n`);
  return EXIT.failed;
}

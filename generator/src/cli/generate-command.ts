/**
 * `api-contracts generate`: generates clients and validators for every API of the config file, or
 * for one spec given by `--spec/--out`; with `--check`, writes nothing and exits 1 naming the
 * stale files when `generated/` differs from what the specs would produce. An output folder is
 * replaced only when api-contracts wrote it or it is empty, unless `--force` (see output-ownership.ts).
 * Hermetic: an `http(s)` `$ref` is refused (exit 2) unless `--allow-remote-refs` is given.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig, type ApiConfig } from '../config/load-config.js';
import { UserError, formatDiagnostic } from '../diagnostics.js';
import type { GeneratedApi } from '../generate/generate-api.js';
import { closeGenerationJobs, startGenerationJobs } from '../generate/generation-jobs.js';
import { pascalCase, screamingSnakeCase } from '../ir/naming.js';
import { EXIT } from './exit-codes.js';
import type { CommandContext } from './program.js';

interface GenerateOptions {
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
    .action(async (options: GenerateOptions) => context.setExitCode(await runGenerate(options)));
}

async function apisOf(options: GenerateOptions): Promise<ApiConfig[]> {
  if (options.spec === undefined && options.out === undefined) return (await loadConfig(options.config)).apis;
  if (options.spec === undefined || options.out === undefined) {
    throw new UserError('--spec and --out go together');
  }
  const name = options.name ?? path.basename(options.spec).replace(/\.(ya?ml|json)$/i, '').toLowerCase();
  // Without --name the file name (`openapi.yaml`) says nothing: the client is named from info.title.
  const clientName = options.name === undefined ? {} : { clientName: `${pascalCase(name)}Client` };
  return [
    {
      name,
      spec: path.resolve(options.spec),
      output: path.resolve(options.out),
      ...clientName,
      envPrefix: screamingSnakeCase(name),
    },
  ];
}

async function runGenerate(options: GenerateOptions): Promise<number> {
  const apis = await apisOf(options);
  // Every output folder is checked before any work, so a refused one costs no generation time
  // and no API of the run is written when another's folder is refused. `--check` only needs a
  // folder path (it names files it would not write as "not generated"), as `--force` does.
  const { replaceableFolder } = await import('../generate/output-ownership.js');
  for (const api of apis) await replaceableFolder(api.output, { force: options.force === true || options.check === true });
  // The workers (openapi-typescript, the emitters) start loading their modules now, beside the
  // pipeline's own (Redocly, prettier), which load here rather than at start-up; they serve every API.
  const jobs = startGenerationJobs();
  const results: GeneratedApi[] = [];
  try {
    const { generateApi } = await import('../generate/generate-api.js');
    for (const api of apis) {
      if (!options.quiet) process.stderr.write(`generating ${api.name} from ${path.relative(process.cwd(), api.spec)}…\n`);
      results.push(await generateApi(api, jobs, { allowRemoteRefs: options.allowRemoteRefs === true }));
    }
  } finally {
    // Not awaited: the threads stop while the files are written (or compared).
    void closeGenerationJobs(jobs);
  }
  for (const d of results.flatMap((r) => r.diagnostics)) process.stderr.write(`${formatDiagnostic(d)}\n`);
  return options.check ? check(results) : write(results, options);
}

async function write(results: readonly GeneratedApi[], { quiet, force }: GenerateOptions): Promise<number> {
  const { writeTree } = await import('../generate/write-tree.js');
  const { display } = await import('../generate/output-ownership.js');
  for (const { api, files } of results) {
    await writeTree(api.output, files, { force: force === true });
    if (!quiet) process.stdout.write(`wrote ${files.length} files to ${display(api.output)}\n`);
  }
  return EXIT.ok;
}

async function check(results: readonly GeneratedApi[]): Promise<number> {
  const { diffTree } = await import('../generate/write-tree.js');
  let stale = 0;
  for (const { api, files } of results) {
    const out = path.relative(process.cwd(), api.output) || '.';
    const difference = await diffTree(api.output, files);
    for (const f of difference.changed) process.stdout.write(`stale: ${out}/${f}\n`);
    for (const f of difference.missing) process.stdout.write(`missing: ${out}/${f}\n`);
    for (const f of difference.extra) process.stdout.write(`not generated (remove it): ${out}/${f}\n`);
    stale += difference.changed.length + difference.missing.length + difference.extra.length;
  }
  if (stale === 0) {
    process.stdout.write(`generated code is up to date (${results.length} APIs)\n`);
    return EXIT.ok;
  }
  process.stdout.write(`${stale} generated files are out of date: run \`npm run generate\` and commit the result\n`);
  return EXIT.failed;
}

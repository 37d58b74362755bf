/**
 * `generate(options)`: the programmatic form of `api-contracts generate`, for build scripts. It
 * generates the clients and validators of every API of the config file, or of one spec
 * (`spec` + `out`), and writes them, or with `check` writes nothing and compares. The CLI prints
 * the result this returns (generate-command.ts).
 */
import path from 'node:path';
import { loadConfig, type ApiConfig } from '../config/load-config.js';
import { UserError, type Diagnostic } from '../diagnostics.js';
import { pascalCase, screamingSnakeCase } from '../ir/naming.js';
import type { GeneratedApi } from './generate-api.js';
import { closeGenerationJobs, startGenerationJobs } from './generation-jobs.js';
import type { TreeDifference } from './write-tree.js';

/** What to generate and how; every field is optional. */
export interface GenerateOptions {
  /** Config file (JSON or `.ts`); default `api-contracts.config.json` or `.ts` in `cwd`. Not read with `spec`/`out`. */
  readonly config?: string;
  /** One-off: the OpenAPI document to generate from; needs `out`. */
  readonly spec?: string;
  /** One-off: the output folder, replaced as a whole; needs `spec`. */
  readonly out?: string;
  /** One-off: the API id (default: the spec file name); the client is then named `<Id>Client` (default: from `info.title`). */
  readonly name?: string;
  /** Write nothing; report per API how its output folder differs from what would be written. */
  readonly check?: boolean;
  /** Replace an output folder even when it holds files api-contracts did not write (never a regular file). */
  readonly force?: boolean;
  /** Fetch `http(s)` `$ref`s (default: refuse them with a {@link UserError}). */
  readonly allowRemoteRefs?: boolean;
  /** Folder the config file is looked up in and relative paths (`config`, `spec`, `out`) start from; default `process.cwd()`. */
  readonly cwd?: string;
  /** Told each API (its name and absolute spec path) as its generation starts. */
  readonly onApi?: (api: { readonly name: string; readonly spec: string }) => void;
}

/** One API of a run. Paths are absolute; `files` are relative to `output`, `/`-separated, sorted. */
export interface GenerateApiResult {
  readonly name: string;
  readonly spec: string;
  readonly output: string;
  /** Every file of the generated tree (written, or with `check` that would be written). */
  readonly files: readonly string[];
  /** With `check` only: how `output` differs from `files` (all lists empty: up to date). */
  readonly difference?: TreeDifference;
}

/** The outcome of {@link generate}. */
export interface GenerateResult {
  /** Whether files were written (`write`) or only compared (`check`). */
  readonly mode: 'write' | 'check';
  readonly apis: readonly GenerateApiResult[];
  /** Warnings found on the way (errors throw instead), each with file and JSON pointer. */
  readonly diagnostics: readonly Diagnostic[];
  /** False with `check` when some output differs; always true after a write. */
  readonly upToDate: boolean;
}

function apisOf(options: GenerateOptions): Promise<ApiConfig[]> | ApiConfig[] {
  const cwd = options.cwd ?? process.cwd();
  if (options.spec === undefined && options.out === undefined) {
    return loadConfig(options.config === undefined ? undefined : path.resolve(cwd, options.config), cwd).then((config) => config.apis);
  }
  if (options.spec === undefined || options.out === undefined) throw new UserError('--spec and --out go together');
  const name = options.name ?? path.basename(options.spec).replace(/\.(ya?ml|json)$/i, '').toLowerCase();
  // Without a name the file name (`openapi.yaml`) says nothing: the client is named from info.title.
  const clientName = options.name === undefined ? {} : { clientName: `${pascalCase(name)}Client` };
  return [{ name, spec: path.resolve(cwd, options.spec), output: path.resolve(cwd, options.out), ...clientName, envPrefix: screamingSnakeCase(name) }];
}

/**
 * Generates (or with `check`, compares) every API of the run. Every output folder is checked
 * before any work, so no API is written when another's folder is refused; each folder is replaced
 * as a whole, never left half-written.
 * @throws {UserError} for a missing or invalid config, a spec that is not valid OpenAPI (with
 *   every error diagnostic: file, line, JSON pointer), a remote `$ref` without `allowRemoteRefs`,
 *   or an output folder that may not be replaced (it holds files api-contracts did not write).
 *   Any other error is a bug.
 */
export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const apis = await apisOf(options);
  const check = options.check === true;
  // `check` only needs a folder path (it names files it would not write as extra), as `force` does.
  const { replaceableFolder } = await import('./output-ownership.js');
  for (const api of apis) await replaceableFolder(api.output, { force: options.force === true || check });
  // The workers (openapi-typescript, the emitters) start loading their modules now, beside the
  // pipeline's own (Redocly, prettier), which load here rather than at start-up; they serve every API.
  const jobs = startGenerationJobs();
  const generated: GeneratedApi[] = [];
  try {
    const { generateApi } = await import('./generate-api.js');
    for (const api of apis) {
      options.onApi?.({ name: api.name, spec: api.spec });
      generated.push(await generateApi(api, jobs, { allowRemoteRefs: options.allowRemoteRefs === true }));
    }
  } finally {
    // Not awaited: the threads stop while the files are written (or compared).
    void closeGenerationJobs(jobs);
  }
  const { diffTree, writeTree } = await import('./write-tree.js');
  const results: GenerateApiResult[] = [];
  for (const { api, files } of generated) {
    const base = { name: api.name, spec: api.spec, output: api.output, files: files.map((f) => f.path) };
    if (check) results.push({ ...base, difference: await diffTree(api.output, files) });
    else {
      await writeTree(api.output, files, { force: options.force === true });
      results.push(base);
    }
  }
  const stale = results.some(({ difference: d }) => d !== undefined && d.changed.length + d.missing.length + d.extra.length > 0);
  return { mode: check ? 'check' : 'write', apis: results, diagnostics: generated.flatMap((g) => g.diagnostics), upToDate: !stale };
}

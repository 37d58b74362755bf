/**
 * The whole pipeline for one API, in memory: load + bundle + validate → IR → emitters (on three
 * worker threads, each printing in the layout of emit/layout.ts at any size) → header. Nothing is written here
 * (see `write-tree.ts`), so a failing run writes nothing.
 */
import path from 'node:path';
import type { ApiConfig } from '../config/load-config.js';
import { UserError, hasErrors, type Diagnostic } from '../diagnostics.js';
import { generatedHeader } from '../emit/header.js';
import { openApiTypesLayout } from '../emit/openapi-types-layout.js';
import { typesDocument } from '../emit/types-document.js';
import { tolerantWithRequired } from '../emit/with-required.js';
import { buildIr } from '../ir/build-ir.js';
import { loadSpec, type LoadOptions, type LoadedSpec } from '../load/load-spec.js';
import { hiddenEscaped } from '../source-text.js';
import { closeGenerationJobs, startGenerationJobs, type GenerationJobs } from './generation-jobs.js';
import { runtimeFiles } from './runtime-files.js';
import { byCodeUnit } from '../code-unit-order.js';

/** One file of a generated tree: `path` is relative to the output folder, with `/` separators. */
export interface GeneratedFile {
  path: string;
  contents: string;
}

/** The files of one API and the warnings found on the way. */
export interface GeneratedApi {
  api: ApiConfig;
  files: GeneratedFile[];
  diagnostics: Diagnostic[];
}

/**
 * Generates every file of `api` in memory, sorted by path. `jobs` are the workers to use, shared
 * by the caller between the APIs of a run (and closed by it); without them, workers are started
 * for this call and closed when it ends. `load` says how the spec's `$ref`s may be read (default:
 * local files only).
 * @throws {UserError} with every error diagnostic (file, line, JSON pointer) when the spec is invalid.
 */
export async function generateApi(api: ApiConfig, jobs?: GenerationJobs, load: LoadOptions = {}): Promise<GeneratedApi> {
  if (jobs !== undefined) return generateWith(api, jobs, load);
  const own = startGenerationJobs();
  try {
    return await generateWith(api, own, load);
  } finally {
    await closeGenerationJobs(own);
  }
}

async function generateWith(api: ApiConfig, jobs: GenerationJobs, load: LoadOptions): Promise<GeneratedApi> {
  const spec = await loadSpec(path.relative(process.cwd(), api.spec) || api.spec, load);
  const ir = buildIr({ spec, name: api.name, envPrefix: api.envPrefix, ...(api.clientName === undefined ? {} : { clientName: api.clientName }) });
  // Largest task first: the validator compiler starts while the other two messages are copied.
  const validators = jobs.validators.run(ir);
  const openapiTypes = jobs.types.run(typesDocument(ir));
  const modules = jobs.client.run(ir);
  for (const pending of [openapiTypes, modules]) pending.catch(() => undefined); // awaited below, unless diagnostics throw first
  locate(ir.diagnostics, spec); // the first line lookup parses the spec's text again: done while the workers run
  const { code: validatorsCode, diagnostics: validatorDiagnostics } = await validators;
  locate(validatorDiagnostics, spec);
  const diagnostics = [...ir.diagnostics, ...validatorDiagnostics];
  if (hasErrors(diagnostics)) {
    throw new UserError(`cannot generate ${api.name} from ${spec.file}`, diagnostics.filter((d) => d.severity === 'error'));
  }
  const { client, typeExports, index } = await modules;
  const header = generatedHeader(sourceName(api), spec.hash);
  const generated: GeneratedFile[] = [
    { path: 'types.gen.ts', contents: `${header}${openApiTypesLayout(hiddenEscaped(tolerantWithRequired(await openapiTypes)))}\n${typeExports}` },
    { path: 'validators.gen.ts', contents: header + asModule(validatorsCode) },
    { path: 'client.gen.ts', contents: header + client },
    { path: 'index.gen.ts', contents: header + index },
  ];
  const files = [...generated, ...(await runtimeFiles(header))].sort((a, b) => byCodeUnit(a.path, b.path));
  return { api, files, diagnostics };
}

/**
 * `code`, or `export {};` when it has no statement: `index.gen.ts` re-exports every module, and a
 * file without imports or exports is a script, not a module, for a bundler project (TS1208/TS2306).
 */
function asModule(code: string): string {
  return code.trim() === '' ? 'export {};\n' : code;
}

/** `api.spec` as the header names it: posix, relative to {@link ApiConfig.sourceBase}, never to the cwd. */
function sourceName(api: ApiConfig): string {
  const base = api.sourceBase ?? path.dirname(path.resolve(api.spec));
  return path.relative(base, path.resolve(api.spec)).split(path.sep).join('/');
}

/** Gives each diagnostic about `spec`'s own file its line there, where the pointer can be found. */
function locate(diagnostics: readonly Diagnostic[], spec: LoadedSpec): void {
  for (const d of diagnostics) {
    if (d.line === undefined && d.file === spec.file) {
      const line = spec.lineOf(d.pointer);
      if (line !== undefined) d.line = line;
    }
  }
}

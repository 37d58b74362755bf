/**
 * The project config file `api-contracts.config.json` (or `.ts`, default-exporting the same
 * shape): which APIs to generate, from which spec, into which folder.
 *
 * ```json
 * { "apis": [ { "name": "payquicker", "spec": "spec/payquicker.yaml", "output": "generated/payquicker",
 *               "clientName": "PayQuickerClient", "envPrefix": "PAYQUICKER" } ] }
 * ```
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError, type Diagnostic } from '../diagnostics.js';
import { pascalCase, screamingSnakeCase } from '../ir/naming.js';
import { parseTargets, type TargetConfig } from './targets-config.js';

/** One API to generate. Paths are relative to the config file's folder. */
export interface ApiConfig {
  /** API id: lower-case letters, digits and `-` (`payquicker`). Names the output folder by default. */
  name: string;
  /** Path of the OpenAPI document. */
  spec: string;
  /** Output folder; default `generated/<name>`. */
  output: string;
  /**
   * Name of the generated top-level client class; in a config file default PascalCase(name) +
   * `Client`; absent (a one-off `generate --spec` without `--name`): from the document's `info.title`.
   */
  clientName?: string;
  /** Prefix of the environment variables `fromEnv()` reads; default SCREAMING_SNAKE(name). */
  envPrefix: string;
  /**
   * Absolute folder the generated `Source:` header names `spec` relative to, so the bytes do not
   * depend on the working directory: the config file's folder; default the spec's own folder.
   */
  sourceBase?: string;
}

/** The whole config file, with defaults applied and paths resolved against its folder. */
export interface ProjectConfig {
  /** Path of the config file that was read. */
  file: string;
  apis: ApiConfig[];
  /** Named servers of the contract suite (`targets` key, optional; see targets-config.ts). */
  targets: Record<string, TargetConfig>;
}

/** File names looked up, in order, in the working directory. */
export const CONFIG_FILES = ['api-contracts.config.json', 'api-contracts.config.ts'] as const;

/**
 * Reads the config file `file`, or the first of {@link CONFIG_FILES} in `cwd`.
 * @throws {UserError} naming the file and the JSON pointer of each bad field, or saying that no
 *   config file exists (with the one-off `--spec/--out` alternative).
 */
export async function loadConfig(file?: string, cwd = process.cwd()): Promise<ProjectConfig> {
  const found = file ?? CONFIG_FILES.map((f) => path.join(cwd, f)).find((f) => existsSync(f));
  if (found === undefined) {
    throw new UserError(
      `no ${CONFIG_FILES.join(' or ')} in ${cwd}: create one, or pass --spec <file> --out <dir>`,
    );
  }
  const raw = await readConfig(found);
  const apis = parseApis(raw, found);
  const problems: Diagnostic[] = [];
  const targets = parseTargets(raw, apis.map((api) => api.name), (pointer, message) =>
    problems.push({ code: 'bad-config', severity: 'error', file: found, pointer, message }),
  );
  if (problems.length > 0) throw new UserError(`invalid config file ${found}`, problems);
  return { file: found, apis, targets };
}

/**
 * tsx's API, an optional peer dependency: only a `.ts` config needs it.
 * @throws {UserError} naming `file` and the remedy when tsx is not installed.
 */
async function importTsx(file: string): Promise<typeof import('tsx/esm/api')> {
  try {
    return await import('tsx/esm/api');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new UserError(`${file} is a TypeScript config, which needs tsx: install it (npm install --save-dev tsx) or use api-contracts.config.json`);
  }
}

async function readConfig(file: string): Promise<unknown> {
  if (file.endsWith('.ts')) {
    // tsx's tsImport compiles the config on its own, so it loads under the prebuilt CLI bundle too.
    // Outside a `"type": "module"` package the file is compiled to CommonJS, and Node's namespace
    // then wraps its exports once more: `default` holds `{ __esModule, default }`.
    const { tsImport } = await importTsx(file);
    const module = (await tsImport(pathToFileURL(path.resolve(file)).href, import.meta.url)) as { default?: unknown };
    const exported = module.default as { __esModule?: boolean; default?: unknown } | undefined;
    return exported?.__esModule === true ? exported.default : exported;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UserError(`cannot read config file ${file}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UserError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

function parseApis(raw: unknown, file: string): ApiConfig[] {
  const problems: Diagnostic[] = [];
  const problem = (pointer: string, message: string): void => {
    problems.push({ code: 'bad-config', severity: 'error', file, pointer, message });
  };
  const apis = (raw as { apis?: unknown } | undefined)?.apis;
  if (!Array.isArray(apis) || apis.length === 0) {
    problem('#/apis', 'must be a non-empty array of { name, spec } objects');
    throw new UserError(`invalid config file ${file}`, problems);
  }
  const base = path.dirname(file);
  const result = apis.map((entry: unknown, i) => parseApi(entry, `#/apis/${i}`, base, problem));
  const names = result.map((a) => a.name);
  names.forEach((n, i) => {
    if (names.indexOf(n) !== i) problem(`#/apis/${i}/name`, `duplicate API name "${n}"`);
  });
  if (problems.length > 0) throw new UserError(`invalid config file ${file}`, problems);
  result.forEach((api, i) => {
    const other = result.findIndex((o, j) => j !== i && isWithin(api.output, o.output));
    if (other !== -1) problem(`#/apis/${i}/output`, `lies in or is the output of #/apis/${other}; each output folder is replaced as a whole, so they must not overlap`);
  });
  if (problems.length > 0) throw new UserError(`invalid config file ${file}`, problems);
  return result;
}

/** True when `folder` is `outer` or lies below it. */
function isWithin(folder: string, outer: string): boolean {
  const relative = path.relative(outer, folder);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

function parseApi(
  entry: unknown,
  pointer: string,
  base: string,
  problem: (pointer: string, message: string) => void,
): ApiConfig {
  const e = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
  const text = (key: string, fallback?: string): string => {
    const value = e[key];
    if (typeof value === 'string' && value.length > 0) return value;
    if (value === undefined && fallback !== undefined) return fallback;
    problem(`${pointer}/${key}`, value === undefined ? 'is required' : 'must be a non-empty string');
    return fallback ?? '';
  };
  const name = text('name');
  if (name && !/^[a-z][a-z0-9-]*$/.test(name)) {
    problem(`${pointer}/name`, 'must be lower-case letters, digits and "-", starting with a letter');
  }
  return {
    name,
    spec: path.resolve(base, text('spec')),
    output: path.resolve(base, text('output', `generated/${name}`)),
    clientName: text('clientName', `${pascalCase(name)}Client`),
    envPrefix: text('envPrefix', screamingSnakeCase(name)),
    sourceBase: path.resolve(base),
  };
}

/**
 * The three code generators compared in benchmarks 1 and 5, as commands to spawn. Each is run
 * with `node <its entry script>` directly (not through `npx`, whose own start-up would add the
 * same ~0.3 s to every tool); output goes to a fresh directory under `os.tmpdir()`.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, ourVersion, packageVersion } from './versions.js';

/** A command line ready for {@link measureProcess}. */
export interface Command {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
}

/** A generator under test. `prepare` writes any config it needs into `workDir` and returns the command. */
export interface Generator {
  readonly id: 'ours' | 'ours-installed' | 'openapi-typescript' | 'hey-api';
  readonly tool: string;
  readonly version: string;
  /** What it produces, so the rows compare like with like. */
  readonly output: string;
  prepare(specPath: string, workDir: string): Command;
}

const node = process.execPath;

/**
 * Builds api-contracts' CLI bundle if a source changed since `npm ci` built it (otherwise a
 * no-op), so `ours` is measured as users run it and not through the TypeScript-loader fallback of
 * an edited checkout. Returns a line for the report's notes.
 * @throws {Error} with the build's output when `generator/bin/build.mjs` fails.
 */
export function prepareOurs(): string {
  const build = spawnSync(node, [join(REPO_ROOT, 'generator/bin/build.mjs')], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`generator/bin/build.mjs failed: ${build.stderr || build.stdout}`);
  return `api-contracts ran from its prebuilt bundle; \`npm run build\` said “${build.stdout.trim()}”.`;
}

/**
 * api-contracts: types + validators + client (`generate --spec --out`), run as `node <bin>` in
 * `cwd` as a user would; `id` and `tool` tell the in-checkout bin from an installed one.
 */
export function apiContracts(id: 'ours' | 'ours-installed', tool: string, bin: string, cwd: string): Generator {
  return {
    id,
    tool,
    version: ourVersion(),
    output: 'types + validators + client',
    prepare: (specPath, workDir) => ({
      command: node,
      args: [bin, 'generate', '--spec', specPath, '--out', join(workDir, 'out')],
      cwd,
    }),
  };
}

/** api-contracts from this checkout, run from the repo root. */
export const ours: Generator = apiContracts('ours', 'api-contracts', join(REPO_ROOT, 'generator/bin/api-contracts.js'), REPO_ROOT);

/** openapi-typescript: types only (`openapi-typescript <spec> -o <file>`). */
export const openapiTypescript: Generator = {
  id: 'openapi-typescript',
  tool: 'openapi-typescript',
  version: packageVersion('openapi-typescript'),
  output: 'types only',
  prepare: (specPath, workDir) => ({
    command: node,
    args: [join(REPO_ROOT, 'node_modules/openapi-typescript/bin/cli.js'), specPath, '-o', join(workDir, 'out', 'types.ts')],
    cwd: workDir,
  }),
};

/**
 * Hey API: types + zod schemas + SDK with response/request validation, through a config file
 * (the CLI cannot set the SDK's `validator` option). Its `bin/run.js` only re-spawns
 * `dist/run.mjs`, so that file is run directly. Log files are off; it runs in `workDir` anyway.
 */
export const heyApi: Generator = {
  id: 'hey-api',
  tool: '@hey-api/openapi-ts',
  version: packageVersion('@hey-api/openapi-ts'),
  output: 'types + zod + SDK (validator: true)',
  prepare: (specPath, workDir) => {
    const config = {
      input: specPath,
      output: join(workDir, 'out'),
      logs: { file: false, level: 'silent' },
      plugins: ['@hey-api/client-fetch', 'zod', { name: '@hey-api/sdk', validator: true }],
    };
    const configPath = join(workDir, 'openapi-ts.config.mjs');
    writeFileSync(configPath, `export default ${JSON.stringify(config)};\n`);
    return {
      command: node,
      args: [join(REPO_ROOT, 'node_modules/@hey-api/openapi-ts/dist/run.mjs'), '-f', configPath],
      cwd: workDir,
    };
  },
};

/**
 * What a new user of the package does in another repository, from the packed tarball and offline
 * (issue 14, item 7): `npm pack`, install the tarball into an empty project with its dependencies
 * from npm's cache, generate a client from a small spec and from the packaged one, type-check the
 * output in the three consumer configurations, import `api-contracts/payquicker` from a plain
 * `.mjs` against a running `api-contracts sandbox`, and run `api-contracts drift --target sandbox`.
 * Every command comes from the README section "Using it in another repo", so the README cannot
 * promise a command the package does not keep. One pack and install for the whole file.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { access, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkflow, stepsOf } from '../../../contract-tests/workflows/workflow-file.js';
import { ROOT } from '../run-cli.js';
import { CONSUMER_CONFIGS, typecheck } from '../typecheck.js';
import { readmeBlocks, shellCommands } from './readme-section.js';

const execFileAsync = promisify(execFile);

const BLOCKS = readmeBlocks('Using it in another repo');
const COMMANDS = shellCommands(BLOCKS);
const INSTALL = 'npm install --save-dev api-contracts';
/** Credentials the sandbox accepts for PayQuicker (README, "The sandbox server"). */
const SANDBOX_ENV = { PAYQUICKER_CLIENT_ID: 'sandbox-client', PAYQUICKER_CLIENT_SECRET: 'sandbox-secret' };

/** A one-operation spec with a path parameter, a query parameter and a documented error. */
const SMALL_SPEC = `openapi: 3.1.0
info: { title: Shop API, version: 1.0.0 }
servers: [{ url: 'https://shop.example.test/v1' }]
paths:
  /orders/{orderId}:
    get:
      operationId: getOrder
      tags: [orders]
      parameters:
        - { name: orderId, in: path, required: true, schema: { type: string, pattern: '^o-[0-9]+$' } }
        - { name: expand, in: query, schema: { type: boolean } }
      responses:
        '200':
          description: The order
          content: { application/json: { schema: { $ref: '#/components/schemas/Order' } } }
        '404':
          description: No such order
          content: { application/json: { schema: { $ref: '#/components/schemas/Problem' } } }
components:
  schemas:
    Order:
      type: object
      required: [id, total]
      properties:
        id: { type: string }
        total: { type: number, minimum: 0 }
        note: { type: [string, 'null'] }
    Problem:
      type: object
      required: [title]
      properties: { title: { type: string } }
`;

/** A TypeScript consumer of the compiled vendor client: must compile, and the last line must not. */
const TYPED_IMPORT = `import { PayQuickerClient, ApiError } from 'api-contracts/payquicker';

const client = new PayQuickerClient({ baseUrl: 'http://127.0.0.1:9/payquicker/api/v2' });
export const tokens: AsyncIterable<{ token?: string }> = client.jobs.listPaymentJobsAll({ pageSize: 50 });
export const isApiError = (error: unknown): boolean => error instanceof ApiError;
// @ts-expect-error jobToken is a string: the types come from the package, not \`any\`
export const wrong = client.jobs.retrievePaymentJob({ jobToken: 42 });
`;

/** The environment of `npm test` without npm's per-script variables, which would point the nested npm at this repository. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_(package|lifecycle|config_(local_)?prefix)|INIT_CWD$)/i.test(k)));
  return { ...env, NO_COLOR: '1', ...extra };
}

let project = '';
let tarball = '';
let sandbox: ChildProcess | undefined;
const ran: string[] = [];

/**
 * Runs one command line in the project, as the README's reader would in a shell, and records it as
 * the README line `readmeLine` (the line itself unless the test had to adapt it).
 */
async function runCommand(command: string, env: Record<string, string> = {}, readmeLine = command): Promise<{ stdout: string; stderr: string }> {
  ran.push(readmeLine);
  try {
    return await execFileAsync('sh', ['-c', command], { cwd: project, env: childEnv(env), maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    throw new Error(`\`${command}\` exited ${e.code}:\n${e.stderr ?? ''}\n${e.stdout ?? ''}`.slice(0, 4000), { cause: error });
  }
}

/** Starts the README's sandbox command (in its own process group) and resolves with the PayQuicker base URL it prints. */
function startSandbox(command: string): Promise<string> {
  ran.push(command);
  const child = spawn('sh', ['-c', command], { cwd: project, env: childEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  sandbox = child;
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /^payquicker (\S+)$/m.exec(out)?.[1];
      if (url !== undefined) resolve(url);
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (code) => reject(new Error(`\`${command}\` exited ${code} before printing its URLs:\n${err}${out}`)));
  });
}

async function listTs(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => path.join(e.parentPath, e.name));
}

/** A compiled file whose source is gone (left by an earlier incremental build): `prepack` must not ship it. */
const STALE_OUTPUT = 'dist/generator/src/stale-output-of-a-deleted-source.js';

beforeAll(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'api-contracts-consumer-'));
  await mkdir(path.join(ROOT, path.dirname(STALE_OUTPUT)), { recursive: true });
  await writeFile(path.join(ROOT, STALE_OUTPUT), 'export {};\n');
  const packed = await execFileAsync('npm', ['pack', '--silent', '--pack-destination', project], { cwd: ROOT, env: childEnv(), maxBuffer: 16 * 1024 * 1024 });
  tarball = path.join(project, packed.stdout.trim().split('\n').pop() ?? '');
  await writeFile(path.join(project, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
  await writeFile(path.join(project, 'openapi.yaml'), SMALL_SPEC);
  // The README's install line, with the tarball in place of the registry and npm's cache in place of the network.
  expect(COMMANDS).toContain(INSTALL);
  await runCommand(`${INSTALL.replace(/api-contracts$/, `"${tarball}"`)} --prefer-offline --no-audit --no-fund`, {}, INSTALL);
}, 240_000);

afterAll(async () => {
  if (sandbox?.pid !== undefined && sandbox.exitCode === null) process.kill(-sandbox.pid, 'SIGTERM');
  if (project !== '') await rm(project, { recursive: true, force: true });
});

describe('the package installed from its tarball into an empty project', () => {
  it('ships a clean build: no compiled file of a deleted source (prepack empties dist/, prepare then builds it whole)', async () => {
    await expect(access(path.join(ROOT, STALE_OUTPUT))).rejects.toThrow();
    await expect(access(path.join(project, 'node_modules/api-contracts', STALE_OUTPUT))).rejects.toThrow();
    await expect(access(path.join(project, 'node_modules/api-contracts/dist/package/index.js'))).resolves.toBeUndefined();
  });

  it('runs the README’s build step: generate from a small spec, --check, and from the packaged spec', async () => {
    const generate = COMMANDS.filter((c) => /^npx api-contracts generate\b/.test(c));
    expect(generate.length).toBeGreaterThanOrEqual(3);
    for (const command of generate) {
      const { stdout } = await runCommand(command);
      if (command.includes('--check')) expect(stdout).toContain('up to date');
    }
    const files = (await listTs(path.join(project, 'src'))).map((f) => path.relative(project, f));
    expect(files).toEqual(expect.arrayContaining(['src/api/client.gen.ts', 'src/api/index.gen.ts', 'src/payquicker/index.gen.ts']));
  }, 120_000);

  for (const [name, options] of Object.entries(CONSUMER_CONFIGS)) {
    it(`its output and a typed import of api-contracts/payquicker compile in a ${name} project`, async () => {
      const consumer = path.join(project, 'src', 'use-vendor-client.ts');
      await writeFile(consumer, TYPED_IMPORT);
      // src/payquicker is what generated/payquicker holds, which consumer-configs.test.ts checks in these configurations.
      const roots = [path.join(project, 'src/api/index.gen.ts'), consumer];
      expect(typecheck(roots, options)).toEqual([]);
    }, 60_000);
  }

  it('imports api-contracts/payquicker from a plain .mjs and calls the running sandbox (README)', async () => {
    const script = BLOCKS.find((b) => b.lang === 'js' && b.text.includes("from 'api-contracts/payquicker'"));
    const file = /^\/\/ (\S+\.mjs)\b/.exec(script?.text ?? '')?.[1];
    expect(file, 'a js block of the README opens with `// <name>.mjs`').toBeDefined();
    await writeFile(path.join(project, file ?? ''), script?.text ?? '');
    const start = COMMANDS.find((c) => /^npx api-contracts sandbox\b/.test(c));
    const baseUrl = await startSandbox(start ?? 'false');
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    const run = COMMANDS.find((c) => c.startsWith('node '));
    expect(run).toBe(`node ${file}`);
    const { stdout } = await runCommand(run ?? 'false', { ...SANDBOX_ENV, PAYQUICKER_BASE_URL: baseUrl });
    expect(stdout).toMatch(/^jobs-[0-9a-f-]{36} [A-Z_]+$/m);
  }, 60_000);

  it('npx api-contracts drift --target sandbox exits 0 with the packaged spec, scenarios and cassettes (README)', async () => {
    const drift = COMMANDS.filter((c) => /^npx api-contracts drift\b/.test(c));
    expect(drift).toContain('npx api-contracts drift --target sandbox');
    for (const command of drift) await runCommand(command);
  }, 60_000);

  it('the reusable workflow’s check and summary steps, run by bash there, end with drift’s exit code and report', async () => {
    // `shell: bash` runs a step as `bash --noprofile --norc -eo pipefail {0}` (GitHub's workflow syntax, jobs.<id>.steps[*].shell).
    const bash = (script: string | undefined) => ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script ?? 'false'];
    const steps = stepsOf(loadWorkflow('drift-reusable.yml'));
    const check = steps.find((s) => s.id === 'check');
    const summary = steps.find((s) => /GITHUB_STEP_SUMMARY/.test(s.run ?? ''));
    const files = { GITHUB_OUTPUT: path.join(project, 'github-output'), GITHUB_STEP_SUMMARY: path.join(project, 'step-summary.md') };
    const runner = { ...files, PATH: `${path.join(project, 'node_modules/.bin')}${path.delimiter}${process.env['PATH'] ?? ''}` };
    const env = { ...runner, API: 'payquicker', TARGET: '', FAIL_ON: 'breaking', SPEC: '', CASSETTES: '' };
    await execFileAsync('bash', bash(check?.run), { cwd: project, env: childEnv(env) });
    expect(await readFile(files.GITHUB_OUTPUT, 'utf8')).toBe('exit-code=0\n');
    await execFileAsync('bash', bash(summary?.run), { cwd: project, env: childEnv(env) });
    expect(await readFile(files.GITHUB_STEP_SUMMARY, 'utf8')).toMatch(/^# API drift report\n[\s\S]*No drift/);
    const refused = await execFileAsync('bash', bash(check?.run), { cwd: project, env: childEnv({ ...env, FAIL_ON: 'never' }) }).catch((e: { code?: number }) => e);
    expect((refused as { code?: number }).code).toBe(2);
    expect(await readFile(files.GITHUB_OUTPUT, 'utf8')).toBe('exit-code=0\nexit-code=2\n');
  }, 60_000);

  it('ran every command of the README section', () => {
    expect([...ran].sort()).toEqual([...COMMANDS].sort());
  });
});

/**
 * `generate --out` as a user runs it (issue 12, item 2): a folder holding anyone else's files, a
 * regular file or a path below one is refused with exit 2 naming the path, and every file
 * survives; a new, empty or previously generated folder is (re)written with the user's umask;
 * `--force` is the documented way to replace a foreign folder.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderSnapshot } from '../folder-snapshot.js';
import { BIN, ROOT, runCli, type CliResult } from '../run-cli.js';

/** A small spec from the feature fixtures: generating it takes a couple of seconds. */
const SPEC = path.join(ROOT, 'generator/test/fixtures/features/arrays.yaml');

/** A fresh project folder holding `spec.json` (the fixture) and `src/index.ts`. */
async function project(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'api-contracts-out-'));
  await cp(SPEC, path.join(dir, 'spec.json'));
  await mkdir(path.join(dir, 'src'));
  await writeFile(path.join(dir, 'src/index.ts'), 'export const mine = 1;\n');
  return dir;
}

/** Runs the CLI in `cwd` under the shell umask `umask` (octal text). */
function runWithUmask(umask: string, args: readonly string[], cwd: string): Promise<CliResult> {
  return new Promise((resolve) => {
    const script = `umask ${umask} && exec "$0" "$@"`;
    execFile('sh', ['-c', script, process.execPath, BIN, ...args], { cwd }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const generate = (out: string, ...more: string[]): string[] => ['generate', '--spec', 'spec.json', '--out', out, ...more];

describe('generate --out refuses what it did not write (exit 2, naming the path)', () => {
  it('the project folder itself (`--out .`): spec.json and src/ survive', async () => {
    const dir = await project();
    const before = await folderSnapshot(dir);
    const result = await runCli(generate('.'), dir);
    expect(result.stderr).toContain('refusing to replace output folder .:');
    expect(result.stderr).toContain('spec.json');
    expect(result.stderr).toContain('src/index.ts');
    expect(result.stderr).toContain('--force');
    expect(result.code).toBe(2);
    expect(await folderSnapshot(dir)).toEqual(before);
    expect(await readdir(path.dirname(dir))).not.toContainEqual(expect.stringMatching(new RegExp(`^\\.${path.basename(dir)}\\.tmp-`)));
  });

  it('a non-empty folder of the user (`--out src`)', async () => {
    const dir = await project();
    const result = await runCli(generate('src'), dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('refusing to replace output folder src:');
    expect(result.stderr).toContain('index.ts');
    expect(await readFile(path.join(dir, 'src/index.ts'), 'utf8')).toBe('export const mine = 1;\n');
  });

  it('a regular file (`--out spec.json`), even with --force, and under --check', async () => {
    const dir = await project();
    for (const extra of [[], ['--force'], ['--check']]) {
      const result = await runCli(generate('spec.json', ...extra), dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('output folder spec.json exists and is not a folder');
    }
    expect(await readFile(path.join(dir, 'spec.json'), 'utf8')).toBe(await readFile(SPEC, 'utf8'));
  });

  it.each([{ extra: [] }, { extra: ['--check'] }])('a path below a regular file is exit 2, not 70 ($extra)', async ({ extra }) => {
    const dir = await project();
    const result = await runCli(generate('spec.json/api', ...extra), dir);
    expect(result.stderr).toContain('output folder spec.json/api lies below spec.json, which is a file');
    expect(result.stderr).not.toContain('internal error');
    expect(result.code).toBe(2);
  });

  it('a config whose second API writes into a foreign folder writes neither API', async () => {
    const dir = await project();
    const config = { apis: [{ name: 'first', spec: 'spec.json', output: 'generated/first' }, { name: 'second', spec: 'spec.json', output: 'src' }] };
    await writeFile(path.join(dir, 'api-contracts.config.json'), JSON.stringify(config));
    const result = await runCli(['generate'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('refusing to replace output folder src:');
    expect(await readdir(dir)).not.toContain('generated');
  });
});

describe('generate --out writes a new, empty or previously generated folder', () => {
  it('an empty folder, with the umask; then again over its own output; then --check passes', async () => {
    const dir = await project();
    await mkdir(path.join(dir, 'api'));
    const first = await runWithUmask('027', generate('api'), dir);
    expect(first.stdout).toMatch(/^wrote \d+ files to api$/m);
    expect(first.code).toBe(0);
    expect((await stat(path.join(dir, 'api'))).mode & 0o777).toBe(0o750);
    expect((await stat(path.join(dir, 'api/runtime'))).mode & 0o777).toBe(0o750);
    expect((await stat(path.join(dir, 'api/client.gen.ts'))).mode & 0o777).toBe(0o640);

    const second = await runWithUmask('022', generate('api'), dir);
    expect(second.code).toBe(0);
    expect((await stat(path.join(dir, 'api'))).mode & 0o777).toBe(0o755);
    expect((await stat(path.join(dir, 'api/client.gen.ts'))).mode & 0o777).toBe(0o644);
    expect(await readdir(path.join(dir, 'api'))).toContain('api-contracts.manifest.json');

    const check = await runCli(generate('api', '--check'), dir);
    expect(check.stdout).toContain('generated code is up to date');
    expect(check.code).toBe(0);
    expect(await readFile(path.join(dir, 'src/index.ts'), 'utf8')).toBe('export const mine = 1;\n');
  });

  it('our own folder with a user file in it is refused naming the file, and replaced with --force', async () => {
    const dir = await project();
    expect((await runCli(generate('api'), dir)).code).toBe(0);
    await writeFile(path.join(dir, 'api/notes.md'), 'keep me');
    const refused = await runCli(generate('api'), dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('refusing to replace output folder api:');
    expect(refused.stderr).toContain('notes.md');
    expect(await readFile(path.join(dir, 'api/notes.md'), 'utf8')).toBe('keep me');

    const forced = await runCli(generate('api', '--force'), dir);
    expect(forced.code).toBe(0);
    expect(await readdir(path.join(dir, 'api'))).not.toContain('notes.md');
  });

  it('--force replaces a foreign folder as a whole', async () => {
    const dir = await project();
    const result = await runCli(generate('src', '--force'), dir);
    expect(result.code).toBe(0);
    expect(await readdir(path.join(dir, 'src'))).not.toContain('index.ts');
    expect(await readdir(path.join(dir, 'src'))).toContain('client.gen.ts');
  });

  it('--help documents --force', async () => {
    const { stdout } = await runCli(['generate', '--help']);
    expect(stdout.replace(/\s+/g, ' ')).toContain('--force replace an output folder even when it holds files api-contracts did not write');
  });
});

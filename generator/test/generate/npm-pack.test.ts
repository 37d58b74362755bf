/**
 * The package works as a build step in another repo: `npm pack`, install the tarball into an
 * empty project, run `npx api-contracts generate --spec … --out src/api` there (and `--check`),
 * and type-check the result as that project would.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../run-cli.js';
import { typecheck } from '../typecheck.js';

const run = promisify(execFile);

async function listTs(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => path.join(e.parentPath, e.name));
}

describe('installed from its tarball into an empty project', () => {
  it('generates a client that type-checks there, and --check passes', async () => {
    const project = await mkdtemp(path.join(os.tmpdir(), 'api-contracts-consumer-'));
    const { stdout } = await run('npm', ['pack', '--silent', '--pack-destination', project], { cwd: ROOT });
    const tarball = path.join(project, stdout.trim().split('\n').pop() ?? '');
    await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: project });
    const spec = path.join(ROOT, 'spec/payquicker.yaml');
    const npx = ['exec', '--', 'api-contracts', 'generate', '--spec', spec, '--out', 'src/api', '--name', 'payquicker'];
    await run('npm', npx, { cwd: project });
    const check = await run('npm', [...npx, '--check'], { cwd: project });
    expect(check.stdout).toContain('up to date');
    const files = await listTs(path.join(project, 'src/api'));
    expect(files.map((f) => path.relative(project, f))).toEqual(expect.arrayContaining(['src/api/client.gen.ts', 'src/api/index.gen.ts']));
    expect(typecheck(files)).toEqual([]);
  }, 300_000);
});

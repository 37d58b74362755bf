/**
 * api-contracts as another repository gets it: `npm pack` of this checkout, installed into an empty
 * project under `os.tmpdir()` with its dependencies from npm's cache (`--prefer-offline`), for the
 * benchmarks that measure the installed package (bench/installed.ts).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './versions.js';

const run = promisify(execFile);

/** An installed copy of the package; `remove()` deletes its project folder. */
export interface InstalledPackage {
  /** The project folder it is installed in. */
  readonly project: string;
  /** Absolute path of its `api-contracts` bin file (from its package.json `bin`). */
  readonly bin: string;
  remove(): void;
}

/**
 * Packs this checkout and installs the tarball into a fresh project.
 * @throws {Error} with npm's output when packing or installing fails.
 */
export async function installPackedCheckout(): Promise<InstalledPackage> {
  const project = mkdtempSync(join(tmpdir(), 'bench-installed-'));
  try {
    const packed = await run('npm', ['pack', '--silent', '--pack-destination', project], { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 });
    const tarball = join(project, packed.stdout.trim().split('\n').pop() ?? '');
    writeFileSync(join(project, 'package.json'), '{ "name": "bench-consumer", "private": true, "type": "module" }\n');
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: project, maxBuffer: 16 * 1024 * 1024 });
    const root = join(project, 'node_modules/api-contracts');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin?: string | Record<string, string> };
    const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.['api-contracts'];
    if (bin === undefined) throw new Error('the installed package.json has no api-contracts bin');
    return { project, bin: join(root, bin), remove: () => rmSync(project, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(project, { recursive: true, force: true });
    throw error;
  }
}

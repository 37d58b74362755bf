/**
 * The bin runs the prebuilt bundle (`generator/dist/`) only while it matches the sources, and the
 * bundle does what the sources do: its paths to the runtime, the openapi-typescript worker and
 * the specs resolve from `generator/dist/` as they do from `generator/src/`.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DIST, MANIFEST, bundleIsFresh, hashInputs } from '../../bin/bundle-freshness.mjs';
import { ROOT } from '../run-cli.js';

const run = promisify(execFile);

async function fakePackage(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'bundle-fresh-'));
  await mkdir(path.join(root, DIST), { recursive: true });
  await mkdir(path.join(root, 'src'));
  await writeFile(path.join(root, 'src/a.ts'), 'export const a = 1;\n');
  await writeFile(path.join(root, 'src/b.ts'), 'export const b = 2;\n');
  const inputs = ['src/a.ts', 'src/b.ts'];
  await writeFile(path.join(root, DIST, MANIFEST), JSON.stringify({ inputs, hash: hashInputs(root, inputs) }));
  return root;
}

describe('bundleIsFresh', () => {
  it('holds until an input changes', async () => {
    const root = await fakePackage();
    try {
      expect(bundleIsFresh(root)).toBe(true);
      await writeFile(path.join(root, 'src/b.ts'), 'export const b = 3;\n');
      expect(bundleIsFresh(root)).toBe(false);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('is false when an input is gone or there is no manifest', async () => {
    const root = await fakePackage();
    try {
      await rm(path.join(root, 'src/a.ts'));
      expect(bundleIsFresh(root)).toBe(false);
      await rm(path.join(root, DIST, MANIFEST));
      expect(bundleIsFresh(root)).toBe(false);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('the built bundle', () => {
  it('is fresh after `npm run build` and checks generated/ like the sources do', async () => {
    await run(process.execPath, [path.join(ROOT, 'generator/bin/build.mjs')], { cwd: ROOT });
    expect(bundleIsFresh()).toBe(true);
    const dir = await mkdtemp(path.join(tmpdir(), 'bundle-run-'));
    try {
      const script = path.join(dir, 'run-bundle.mjs');
      const main = pathToFileURL(path.join(ROOT, DIST, 'main.mjs')).href;
      await writeFile(script, `const { main } = await import(${JSON.stringify(main)});\nprocess.exitCode = await main(process.argv.slice(2));\n`);
      const { stdout } = await run(process.execPath, [script, 'generate', '--check', '--quiet'], { cwd: ROOT });
      expect(stdout).toContain('generated code is up to date (2 APIs)');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

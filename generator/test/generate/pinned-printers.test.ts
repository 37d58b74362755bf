/**
 * The libraries whose output is committed in `generated/` (prettier formats it, ts-morph prints
 * the client, openapi-typescript prints the types) are pinned to one exact version in
 * package.json, the one package-lock.json installs: a range would let a fresh install print other
 * bytes and make `generate --check` fail on an unchanged spec.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../run-cli.js';

const PRINTERS = ['prettier', 'ts-morph', 'openapi-typescript'] as const;

interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

describe('the printers of committed output', () => {
  it.each(PRINTERS)('%s is declared at exactly the version the lockfile installs', async (name) => {
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as PackageJson;
    const lock = JSON.parse(await readFile(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string } & PackageJson>;
    };
    const declared = pkg.dependencies?.[name] ?? pkg.devDependencies?.[name];
    const installed = lock.packages[`node_modules/${name}`]?.version;
    expect(installed).toMatch(/^\d+\.\d+\.\d+/);
    expect(declared).toBe(installed);
    const root = lock.packages[''];
    expect(root?.dependencies?.[name] ?? root?.devDependencies?.[name]).toBe(installed);
  });
});

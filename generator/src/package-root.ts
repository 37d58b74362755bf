/**
 * The api-contracts package root, for the files the tool reads beside its code (the client
 * runtime, the openapi-typescript worker, the specs and cassettes of the contract suite).
 *
 * This module sits two folders below the root (`generator/src/`), and so does the prebuilt CLI
 * bundle that inlines it (`generator/dist/`, see `generator/bin/build.mjs`): one relative URL
 * gives the root from both. Every other module asks here instead of resolving paths against its
 * own `import.meta.url`, which in the bundle is the bundle's URL.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the package root (the folder of `package.json`), without a trailing separator. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/[\\/]$/, '');

/** Absolute path of `relative` (`/`-separated, from the package root). */
export function fromPackageRoot(relative: string): string {
  return path.join(PACKAGE_ROOT, ...relative.split('/'));
}

/**
 * True in the prebuilt bundle (whose modules are `.mjs` files under `generator/dist/`), false when
 * the TypeScript sources run (through tsx or vitest): worker threads are started from the
 * bundle's own entry points in the first case and from the sources in the second.
 */
export const RUNS_BUNDLED = import.meta.url.endsWith('.mjs');

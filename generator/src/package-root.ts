/**
 * The api-contracts package root, for the files the tool reads beside its code (the client
 * runtime, the openapi-typescript worker, the specs and cassettes of the contract suite).
 *
 * The code runs in one of three forms, told apart by the extension of this module's own URL:
 * - `sources`: the TypeScript sources (`generator/src/*.ts`, through tsx or vitest);
 * - `bundle`: the CLI bundle (`generator/dist/*.mjs`, see `generator/bin/build.mjs`), which
 *   inlines this module, two folders below the root as the sources are;
 * - `compiled`: tsc's output for the library entry points (`dist/generator/src/*.js`, see
 *   `tsconfig.build.json`), three folders below the root.
 * Every other module asks here instead of resolving paths against its own `import.meta.url`,
 * which in the bundle is the bundle's URL.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Which form of the code is running (see the module comment). */
export type CodeForm = 'sources' | 'bundle' | 'compiled';

/** The form of the code now running. */
export const RUNS_FROM: CodeForm = import.meta.url.endsWith('.mjs') ? 'bundle' : import.meta.url.endsWith('.js') ? 'compiled' : 'sources';

/** Absolute path of the package root (the folder of `package.json`), without a trailing separator. */
export const PACKAGE_ROOT = fileURLToPath(new URL(RUNS_FROM === 'compiled' ? '../../../' : '../../', import.meta.url)).replace(/[\\/]$/, '');

/** Absolute path of `relative` (`/`-separated, from the package root). */
export function fromPackageRoot(relative: string): string {
  return path.join(PACKAGE_ROOT, ...relative.split('/'));
}

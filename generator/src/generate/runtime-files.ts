/**
 * The hand-written client runtime (`generator/runtime/*.ts`), copied into every generated tree
 * under `runtime/` so that a consumer needs no dependency but Node's `fetch`.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fromPackageRoot } from '../package-root.js';
import type { GeneratedFile } from './generate-api.js';
import { byCodeUnit } from '../code-unit-order.js';

const RUNTIME_DIR = fromPackageRoot('generator/runtime');

let cache: Promise<{ name: string; text: string }[]> | undefined;

function readRuntime(): Promise<{ name: string; text: string }[]> {
  cache ??= readdir(RUNTIME_DIR).then((names) =>
    Promise.all(
      names
        .filter((n) => n.endsWith('.ts'))
        .sort(byCodeUnit)
        .map(async (name) => ({ name, text: await readFile(path.join(RUNTIME_DIR, name), 'utf8') })),
    ),
  );
  return cache;
}

/**
 * The runtime's files under `runtime/`, each with `header` prepended and otherwise verbatim: they
 * are hand-written sources kept in the project's style, so re-formatting them would only cost time.
 */
export async function runtimeFiles(header: string): Promise<GeneratedFile[]> {
  const files = await readRuntime();
  return files.map((f) => ({ path: `runtime/${f.name}`, contents: header + f.text }));
}

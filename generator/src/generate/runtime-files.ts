/**
 * The hand-written client runtime (`generator/runtime/*.ts`), copied into every generated tree
 * under `runtime/` so that a consumer needs no dependency but Node's `fetch`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { formatTypeScript } from '../emit/format.js';
import type { GeneratedFile } from './generate-api.js';

const RUNTIME_DIR = fileURLToPath(new URL('../../runtime/', import.meta.url));

let cache: Promise<{ name: string; text: string }[]> | undefined;

function readRuntime(): Promise<{ name: string; text: string }[]> {
  cache ??= readdir(RUNTIME_DIR).then((names) =>
    Promise.all(
      names
        .filter((n) => n.endsWith('.ts'))
        .sort()
        .map(async (name) => ({ name, text: await readFile(new URL(name, `file://${RUNTIME_DIR}`), 'utf8') })),
    ),
  );
  return cache;
}

/** The runtime's files under `runtime/`, each with `header` prepended and formatted like the rest. */
export async function runtimeFiles(header: string): Promise<GeneratedFile[]> {
  const files = await readRuntime();
  return Promise.all(
    files.map(async (f) => ({ path: `runtime/${f.name}`, contents: await formatTypeScript(header + f.text) })),
  );
}

/**
 * Versions of the tools being compared, read from their installed package.json (the pinned
 * devDependencies), and the repository root every benchmark resolves paths against.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Absolute path of the repository root (two levels above bench/lib). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `version` of `node_modules/<name>/package.json`, or `?` when the package is not installed. */
export function packageVersion(name: string): string {
  try {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '?';
  } catch {
    return '?';
  }
}

/** Version of api-contracts itself (the repository's package.json). */
export function ourVersion(): string {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '?';
}

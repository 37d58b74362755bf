/**
 * Versions of the tools being compared, read from their installed package.json (the pinned
 * devDependencies), and the repository root every benchmark resolves paths against.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Absolute path of the repository root (two levels above bench/lib). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The vendor's ABConnect document in the reference material beside the repository (`../shared`,
 * or `$SHARED_DIR` for a checkout that is not beside it, such as a git worktree); it may be absent.
 */
export const VENDOR_ABCONNECT_DOCUMENT = join(process.env['SHARED_DIR'] ?? join(REPO_ROOT, '../shared'), 'reference/abconnect/acportal-swagger.json');

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

// Whether the prebuilt CLI bundle (`generator/dist/`, made by build.mjs) matches the sources it
// was built from: the bin runs it only then, and the TypeScript sources through tsx otherwise, so
// an edited source is never shadowed by an old bundle. Freshness is by content hash, not by file
// times, which npm resets when it packs and installs.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the api-contracts package root. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The bundle folder, relative to the package root. */
export const DIST = 'generator/dist';
/** The build script, relative to the package root; hashed with the sources. */
export const BUILD_SCRIPT = 'generator/bin/build.mjs';
/** The lockfile, relative to the package root; hashed with the sources (it pins the bundled Redocly). */
export const LOCKFILE = 'package-lock.json';
/** File name, inside DIST, of `{ inputs: string[], hash: string }` (inputs relative to the package root). */
export const MANIFEST = 'inputs.json';

/**
 * sha256 (hex) over the `inputs` (paths relative to `root`), each as its path and its bytes.
 * @throws the file system's error (ENOENT, …) when an input cannot be read.
 */
export function hashInputs(root, inputs) {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(`${input}\0`).update(readFileSync(path.join(root, input))).update('\0');
  return hash.digest('hex');
}

/**
 * True when `root`'s DIST holds a bundle whose every input still has the bytes it was built from;
 * false when the manifest is missing or unreadable, or an input changed or is gone.
 */
export function bundleIsFresh(root = PACKAGE_ROOT) {
  try {
    const { inputs, hash } = JSON.parse(readFileSync(path.join(root, DIST, MANIFEST), 'utf8'));
    return hashInputs(root, inputs) === hash;
  } catch {
    return false;
  }
}

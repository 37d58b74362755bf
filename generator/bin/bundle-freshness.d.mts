// Types of bundle-freshness.mjs (plain JavaScript: the bin reads it before any TypeScript loader runs).

/** Absolute path of the api-contracts package root. */
export declare const PACKAGE_ROOT: string;
/** The bundle folder, relative to the package root (`generator/dist`). */
export declare const DIST: string;
/** The build script, relative to the package root; hashed with the sources. */
export declare const BUILD_SCRIPT: string;
/** The lockfile, relative to the package root; hashed with the sources. */
export declare const LOCKFILE: string;
/** File name, inside DIST, of `{ inputs: string[], hash: string }`. */
export declare const MANIFEST: string;

/**
 * sha256 (hex) over `inputs` (paths relative to `root`), each as its path and its bytes.
 * @throws the file system's error (ENOENT, …) when an input cannot be read.
 */
export declare function hashInputs(root: string, inputs: readonly string[]): string;

/** True when `root`'s DIST holds a bundle whose every input still has the bytes it was built from. */
export declare function bundleIsFresh(root?: string): boolean;

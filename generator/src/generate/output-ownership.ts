/**
 * Which folders `generate` may replace. The output folder is replaced as a whole, so a wrong
 * `--out` (`.`, `src`, a spec file) would delete the user's work: only a folder this tool wrote, a
 * new or empty folder, or any folder under `--force` is replaced; anything else is refused with a
 * {@link UserError} (exit 2) that names the path.
 *
 * A folder is ours when every file in it is listed by its {@link MANIFEST_FILE} or starts with the
 * generated header (a tree written before the manifest existed, or by a version of the tool whose
 * runtime had other files).
 */
import type { Dirent } from 'node:fs';
import { lstat, open, readFile, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../diagnostics.js';
import { generatedHeader } from '../emit/header.js';
import type { GeneratedFile } from './generate-api.js';
import { byCodeUnit } from '../code-unit-order.js';

/** Name of the manifest written at the top of every generated tree. */
export const MANIFEST_FILE = 'api-contracts.manifest.json';

/** What a manifest says: the tool that wrote the folder and every file it wrote there (posix paths). */
interface Manifest {
  generator: 'api-contracts';
  files: string[];
}

/** The first line of every generated file, whatever its spec. */
const HEADER_LINE = generatedHeader('', '').split('\n')[0] ?? '';

/** At most this many foreign entries are named in a refusal; the walk stops at one more. */
const NAMED_AT_MOST = 5;

/** The manifest of a tree made of `files` (sorted, so the bytes depend on the file list only). */
export function manifestFile(files: readonly GeneratedFile[]): GeneratedFile {
  const manifest = {
    $comment:
      'Written by `api-contracts generate`: the files it wrote here. The next run replaces this folder only while every file in it is listed (or with --force).',
    generator: 'api-contracts',
    files: files.map((f) => f.path).sort(byCodeUnit),
  };
  return { path: MANIFEST_FILE, contents: `${JSON.stringify(manifest, null, 2)}\n` };
}

/** Options of {@link replaceableFolder}. */
export interface OwnershipOptions {
  /** Replace a folder that holds files this tool did not write (`--force`). A regular file is never replaced. */
  force?: boolean;
}

/**
 * Checks that `outDir` may be replaced by a generated tree and returns the folder to replace:
 * `outDir` itself, or the folder a symbolic link at `outDir` points to (the link is kept).
 * Reads the folder; writes nothing.
 * @throws {UserError} naming the path when `outDir` is a file or lies below one, or is a folder
 *   holding files this tool did not write (named, at most five) and `force` is not set.
 */
export async function replaceableFolder(outDir: string, options: OwnershipOptions = {}): Promise<string> {
  const shown = display(outDir);
  const stats = await lstat(outDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
    throw new UserError(`cannot use output folder ${shown}: ${error.message}`);
  });
  if (stats === undefined) {
    await assertNoFileAbove(outDir);
    return outDir;
  }
  const target = stats.isSymbolicLink() ? await realpath(outDir).catch(() => outDir) : outDir;
  const targetStats = target === outDir ? stats : await lstat(target);
  if (!targetStats.isDirectory()) {
    throw new UserError(`output folder ${shown} exists and is not a folder: choose a folder path (a file is never replaced, even with --force)`);
  }
  if (options.force === true) return target;
  const foreign = await foreignEntries(target);
  if (foreign.length > 0) {
    const named = foreign.slice(0, NAMED_AT_MOST).join(', ') + (foreign.length > NAMED_AT_MOST ? ', …' : '');
    throw new UserError(
      `refusing to replace output folder ${shown}: it holds files api-contracts did not write (${named}). ` +
        'Choose a new or empty folder, remove those files, or pass --force to replace the folder as a whole.',
    );
  }
  return target;
}

/** Throws when the nearest existing ancestor of the missing path `outDir` is not a folder. */
async function assertNoFileAbove(outDir: string): Promise<void> {
  let dir = path.dirname(outDir);
  for (;;) {
    const stats = await lstat(dir).catch(() => undefined);
    if (stats !== undefined) {
      if (stats.isDirectory() || (stats.isSymbolicLink() && (await isFolder(dir)))) return;
      throw new UserError(`output folder ${display(outDir)} lies below ${display(dir)}, which is a file, not a folder: choose a folder path`);
    }
    if (path.dirname(dir) === dir) return;
    dir = path.dirname(dir);
  }
}

async function isFolder(file: string): Promise<boolean> {
  return (await realpath(file).then((real) => lstat(real)).catch(() => undefined))?.isDirectory() === true;
}

/**
 * Entries of `dir` this tool did not write: files neither listed by a valid manifest nor starting
 * with the generated header, symbolic links and other non-files, and empty folders
 * (`name/`). At most one more than {@link NAMED_AT_MOST}; empty for an empty folder.
 */
async function foreignEntries(dir: string): Promise<string[]> {
  const manifest = await readManifest(dir);
  const owned = manifest === undefined ? undefined : new Set([...manifest.files, MANIFEST_FILE]);
  const foreign: string[] = [];
  for await (const entry of walk(dir, '')) {
    const ours = entry.kind === 'file' && (owned?.has(entry.name) === true || (await hasHeader(path.join(dir, entry.name))));
    if (!ours) foreign.push(entry.kind === 'empty-folder' ? `${entry.name}/` : entry.name);
    if (foreign.length > NAMED_AT_MOST) break;
  }
  return foreign;
}

async function readManifest(dir: string): Promise<Manifest | undefined> {
  const text = await readFile(path.join(dir, MANIFEST_FILE), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as Partial<Manifest> | null;
    const files = value?.files;
    const valid = value?.generator === 'api-contracts' && Array.isArray(files) && files.every((f) => typeof f === 'string');
    return valid ? (value as Manifest) : undefined;
  } catch {
    return undefined;
  }
}

interface WalkEntry {
  /** Posix path relative to the walked folder. */
  name: string;
  kind: 'file' | 'empty-folder' | 'other';
}

/** The entries below `dir`, depth first in name order, lazily so that a caller can stop early. */
async function* walk(dir: string, prefix: string): AsyncGenerator<WalkEntry> {
  const entries: Dirent[] = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`cannot read ${display(dir)} to see whether api-contracts wrote it: ${error.message}`);
  });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const name = `${prefix}${entry.name}`;
    if (entry.isDirectory()) {
      const nested = walk(path.join(dir, entry.name), `${name}/`);
      let empty = true;
      for await (const inner of nested) {
        empty = false;
        yield inner;
      }
      if (empty) yield { name, kind: 'empty-folder' };
    } else {
      yield { name, kind: entry.isFile() ? 'file' : 'other' };
    }
  }
}

/** True when the regular file `file` starts with the generated header's first line. */
async function hasHeader(file: string): Promise<boolean> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (handle === undefined) return false;
  try {
    const expected = Buffer.from(HEADER_LINE, 'utf8');
    const start = Buffer.alloc(expected.length);
    const { bytesRead } = await handle.read(start, 0, start.length, 0);
    return bytesRead === expected.length && start.equals(expected);
  } finally {
    await handle.close();
  }
}

/** `file` as the user most likely named it: relative to the working directory when inside it. */
export function display(file: string): string {
  const relative = path.relative(process.cwd(), file);
  if (relative === '') return '.';
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return outside ? file : relative;
}

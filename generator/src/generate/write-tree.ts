/**
 * Step 5 of the pipeline: writes a generated tree atomically. Files go to a temporary sibling
 * folder first, which then replaces the output folder by rename, so a run that fails half-way
 * leaves the previous tree untouched and a reader never sees a mix of old and new files.
 * Only a folder that `output-ownership.ts` allows is replaced; the tree carries its manifest.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../diagnostics.js';
import type { GeneratedFile } from './generate-api.js';
import { display, manifestFile, replaceableFolder, type OwnershipOptions } from './output-ownership.js';
import { byCodeUnit } from '../code-unit-order.js';

/**
 * Replaces the folder `outDir` with exactly `files` plus the manifest (`api-contracts.manifest.json`).
 * The folder and files get the process umask (typically 0755 and 0644). A symbolic link at
 * `outDir` is kept and the folder it points to replaced.
 * @throws {UserError} when `outDir` may not be replaced (see {@link replaceableFolder}) or cannot
 *   be written (permissions, read-only or full disk); the previous tree is then left as it was.
 */
export async function writeTree(outDir: string, files: readonly GeneratedFile[], options: OwnershipOptions = {}): Promise<void> {
  const target = await replaceableFolder(outDir, options);
  try {
    await swapIn(target, [...files, manifestFile(files)]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined && ENVIRONMENT_ERRORS.has(code)) {
      throw new UserError(`cannot write output folder ${display(outDir)}: ${(error as Error).message}`);
    }
    throw error;
  }
}

/** File-system errors caused by where the user asked to write, not by a bug here. */
const ENVIRONMENT_ERRORS = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENOTDIR', 'ENAMETOOLONG', 'EBUSY']);

async function swapIn(outDir: string, files: readonly GeneratedFile[]): Promise<void> {
  const parent = path.dirname(outDir);
  await mkdir(parent, { recursive: true });
  // Not mkdtemp, which makes the folder 0700 whatever the umask: mkdir applies the umask, and
  // fails rather than reuse a folder when the random name is taken.
  const staging = path.join(parent, `.${path.basename(outDir)}.tmp-${randomBytes(6).toString('hex')}`);
  await mkdir(staging);
  try {
    for (const file of files) {
      const target = path.join(staging, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.contents, { flag: 'wx' });
    }
    const retired = `${staging}.old`;
    const hadOld = await rename(outDir, retired).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    try {
      await rename(staging, outDir);
    } catch (error) {
      if (hadOld) await rename(retired, outDir);
      throw error;
    }
    if (hadOld) await rm(retired, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** How a folder on disk differs from the files a run would write. */
export interface TreeDifference {
  /** Files whose contents differ. */
  changed: string[];
  /** Files the run would write that are not on disk. */
  missing: string[];
  /** Files on disk the run would not write. */
  extra: string[];
}

/**
 * Compares `outDir` with `files` and the manifest {@link writeTree} adds; all three lists empty
 * means the folder is up to date.
 */
export async function diffTree(outDir: string, files: readonly GeneratedFile[]): Promise<TreeDifference> {
  const onDisk = await listFiles(outDir);
  const wanted = new Map([...files, manifestFile(files)].map((f) => [f.path, f.contents]));
  const difference: TreeDifference = { changed: [], missing: [], extra: onDisk.filter((f) => !wanted.has(f)) };
  for (const [file, contents] of wanted) {
    if (!onDisk.includes(file)) difference.missing.push(file);
    else if ((await readFile(path.join(outDir, file), 'utf8')) !== contents) difference.changed.push(file);
  }
  return difference;
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`])),
  );
  return nested.flat().sort(byCodeUnit);
}

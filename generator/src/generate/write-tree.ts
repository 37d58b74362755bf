/**
 * Step 5 of the pipeline: writes a generated tree atomically. Files go to a temporary sibling
 * folder first, which then replaces the output folder by rename, so a run that fails half-way
 * leaves the previous tree untouched and a reader never sees a mix of old and new files.
 */
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GeneratedFile } from './generate-api.js';

/** Replaces the folder `outDir` with exactly `files`. */
export async function writeTree(outDir: string, files: readonly GeneratedFile[]): Promise<void> {
  const parent = path.dirname(outDir);
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(path.join(parent, `.${path.basename(outDir)}.tmp-`));
  try {
    for (const file of files) {
      const target = path.join(staging, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.contents);
    }
    const retired = `${staging}.old`;
    const hadOld = await rename(outDir, retired).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    await rename(staging, outDir);
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

/** Compares `outDir` with `files`; all three lists empty means the folder is up to date. */
export async function diffTree(outDir: string, files: readonly GeneratedFile[]): Promise<TreeDifference> {
  const onDisk = await listFiles(outDir);
  const wanted = new Map(files.map((f) => [f.path, f.contents]));
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
  return nested.flat().sort();
}

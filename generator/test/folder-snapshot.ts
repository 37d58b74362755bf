/**
 * What a folder holds, for tests that prove files survive a refused run. Test helper.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every entry below `dir` (folders as `name/`, with `''`) mapped to each file's contents. */
export async function folderSnapshot(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const name = path.relative(dir, path.join(entry.parentPath, entry.name));
    result[entry.isDirectory() ? `${name}/` : name] = entry.isDirectory() ? '' : await readFile(path.join(dir, name), 'utf8');
  }
  return result;
}

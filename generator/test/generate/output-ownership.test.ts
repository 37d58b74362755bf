/**
 * Which folders the tree writer replaces (issue 12, item 2): a new, empty or api-contracts-written
 * folder only; a folder with anyone else's files is refused naming them unless `force`; a regular
 * file, or a path below one, never. Replacing is atomic and keeps the umask.
 */
import { lstat, mkdir, mkdtemp, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderSnapshot } from '../folder-snapshot.js';
import { UserError } from '../../src/diagnostics.js';
import { generatedHeader } from '../../src/emit/header.js';
import type { GeneratedFile } from '../../src/generate/generate-api.js';
import { MANIFEST_FILE, replaceableFolder } from '../../src/generate/output-ownership.js';
import { diffTree, writeTree } from '../../src/generate/write-tree.js';

const HEADER = generatedHeader('spec/shop.yaml', 'sha256:0');
const TREE: GeneratedFile[] = [
  { path: 'client.gen.ts', contents: `${HEADER}export const client = 1;\n` },
  { path: 'runtime/index.ts', contents: `${HEADER}export const runtime = 1;\n` },
];

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'api-contracts-ownership-'));
}

/** Creates `files` (path → contents) under `dir`. */
async function plant(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, contents] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), contents);
  }
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return (error as UserError).message;
}

describe('folders that are not ours are refused and survive', () => {
  it('a project folder with spec.json and src/', async () => {
    const project = await tempDir();
    await plant(project, { 'spec.json': '{"openapi":"3.1.0"}', 'src/index.ts': 'export {};\n' });
    const before = await folderSnapshot(project);
    const message = await refusal(writeTree(project, TREE));
    expect(message).toContain(project);
    expect(message).toContain('spec.json');
    expect(message).toContain('src/index.ts');
    expect(message).toContain('--force');
    expect(await folderSnapshot(project)).toEqual(before);
    expect(await readdir(path.dirname(project))).not.toContainEqual(expect.stringMatching(new RegExp(`^\\.${path.basename(project)}\\.tmp-`)));
  });

  it('any non-empty folder, even one holding a single empty folder', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'photos'));
    expect(await refusal(writeTree(dir, TREE))).toContain('photos/');
    expect(await folderSnapshot(dir)).toEqual({ 'photos/': '' });
  });

  it('names at most five foreign files, with … only when there are more', async () => {
    const dir = await tempDir();
    await plant(dir, Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((n) => [`${n}.txt`, n])));
    expect(await refusal(replaceableFolder(dir))).toContain('(a.txt, b.txt, c.txt, d.txt, e.txt)');
    await plant(dir, { 'f.txt': 'f', 'g.txt': 'g' });
    const message = await refusal(replaceableFolder(dir));
    expect(message).toContain('(a.txt, b.txt, c.txt, d.txt, e.txt, …)');
    expect(message).not.toContain('f.txt');
  });

  it('a file that only mentions the header further down', async () => {
    const dir = await tempDir();
    await plant(dir, { 'notes.md': `my notes\n${HEADER}` });
    expect(await refusal(replaceableFolder(dir))).toContain('notes.md');
  });

  it('a manifest that is not ours (not JSON, or another shape)', async () => {
    for (const manifest of ['not json', '{"generator":"other","files":["a.ts"]}', '{"generator":"api-contracts","files":[1]}']) {
      const dir = await tempDir();
      await plant(dir, { [MANIFEST_FILE]: manifest, 'a.ts': 'export {};\n' });
      expect(await refusal(replaceableFolder(dir))).toMatch(/api-contracts\.manifest\.json|a\.ts/);
    }
  });
});

describe('regular files are never replaced', () => {
  it('a regular file as the output folder, even with force', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'spec.json');
    await writeFile(file, '{}');
    for (const force of [false, true]) {
      const message = await refusal(writeTree(file, TREE, { force }));
      expect(message).toContain(file);
      expect(message).toContain('not a folder');
    }
    expect(await readFile(file, 'utf8')).toBe('{}');
  });

  it('a path below a regular file names that file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'spec.json');
    await writeFile(file, '{}');
    for (const out of [path.join(file, 'api'), path.join(file, 'deeper/api')]) {
      const message = await refusal(writeTree(out, TREE, { force: true }));
      expect(message).toContain(out);
      expect(message).toContain(`below ${file}`);
    }
    expect(await readFile(file, 'utf8')).toBe('{}');
  });
});

describe('folders that are replaced', () => {
  it('a new folder, with missing parents', async () => {
    const out = path.join(await tempDir(), 'a/b/api');
    await writeTree(out, TREE);
    expect(Object.keys(await folderSnapshot(out)).sort()).toEqual([MANIFEST_FILE, 'client.gen.ts', 'runtime/', 'runtime/index.ts']);
  });

  it('an empty folder', async () => {
    const out = await tempDir();
    await writeTree(out, TREE);
    expect(await readFile(path.join(out, 'client.gen.ts'), 'utf8')).toBe(TREE[0]?.contents);
  });

  it('our own previous output: its files, including ones this run no longer writes, are replaced', async () => {
    const out = path.join(await tempDir(), 'api');
    await writeTree(out, [...TREE, { path: 'old.gen.ts', contents: `${HEADER}export {};\n` }]);
    const manifest = JSON.parse(await readFile(path.join(out, MANIFEST_FILE), 'utf8')) as { files: string[] };
    expect(manifest.files).toEqual(['client.gen.ts', 'old.gen.ts', 'runtime/index.ts']);
    await writeTree(out, TREE);
    expect(Object.keys(await folderSnapshot(out))).not.toContain('old.gen.ts');
    expect(await diffTree(out, TREE)).toEqual({ changed: [], missing: [], extra: [] });
  });

  it('our output from before the manifest, when every file carries the header', async () => {
    const out = await tempDir();
    await plant(out, { 'client.gen.ts': `${HEADER}old\n`, 'runtime/index.ts': `${HEADER}old\n` });
    await writeTree(out, TREE);
    expect(await diffTree(out, TREE)).toEqual({ changed: [], missing: [], extra: [] });
  });

  it('our output with a generated file its manifest does not list (written by another version of the tool)', async () => {
    const out = path.join(await tempDir(), 'api');
    await writeTree(out, TREE);
    await plant(out, { 'runtime/added.ts': `${HEADER}export {};\n` });
    await writeTree(out, TREE);
    expect(await diffTree(out, TREE)).toEqual({ changed: [], missing: [], extra: [] });
  });

  it('a symbolic link to our folder: the link stays, the folder behind it is replaced', async () => {
    const dir = await tempDir();
    await writeTree(path.join(dir, 'real'), [{ path: 'client.gen.ts', contents: `${HEADER}old\n` }]);
    await symlink(path.join(dir, 'real'), path.join(dir, 'link'));
    await writeTree(path.join(dir, 'link'), TREE);
    expect((await lstat(path.join(dir, 'link'))).isSymbolicLink()).toBe(true);
    expect(await diffTree(path.join(dir, 'real'), TREE)).toEqual({ changed: [], missing: [], extra: [] });
  });
});

describe('a foreign file inside our folder', () => {
  async function oursWithNotes(): Promise<string> {
    const out = path.join(await tempDir(), 'api');
    await writeTree(out, TREE);
    await plant(out, { 'runtime/notes.txt': 'mine' });
    return out;
  }

  it('is refused, naming the file, and kept', async () => {
    const out = await oursWithNotes();
    const message = await refusal(writeTree(out, TREE));
    expect(message).toContain('runtime/notes.txt');
    expect(await readFile(path.join(out, 'runtime/notes.txt'), 'utf8')).toBe('mine');
  });

  it('is replaced with the folder under force', async () => {
    const out = await oursWithNotes();
    await writeTree(out, TREE, { force: true });
    expect(Object.keys(await folderSnapshot(out))).not.toContain('runtime/notes.txt');
  });

  it('force replaces a foreign folder as a whole', async () => {
    const out = await tempDir();
    await plant(out, { 'spec.json': '{}' });
    await writeTree(out, TREE, { force: true });
    expect(Object.keys(await folderSnapshot(out)).sort()).toEqual([MANIFEST_FILE, 'client.gen.ts', 'runtime/', 'runtime/index.ts']);
  });
});

describe('writing', () => {
  it('gives the folders and files the umask, as mkdir and writeFile do', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'reference'));
    await writeFile(path.join(dir, 'reference/file'), '');
    await writeTree(path.join(dir, 'api'), TREE);
    const mode = async (p: string): Promise<number> => (await stat(path.join(dir, p))).mode & 0o777;
    expect(await mode('api')).toBe(await mode('reference'));
    expect(await mode('api/runtime')).toBe(await mode('reference'));
    expect(await mode('api/client.gen.ts')).toBe(await mode('reference/file'));
    expect(await mode('api')).not.toBe(0o700);
  });

  it('leaves the previous tree and no temporary folder when a write fails half-way', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'api');
    await writeTree(out, TREE);
    const before = await folderSnapshot(out);
    // `client.gen.ts` is a file, so `client.gen.ts/x.ts` cannot be written after it.
    const broken = [...TREE, { path: 'client.gen.ts/x.ts', contents: 'x' }];
    await expect(writeTree(out, broken)).rejects.toThrow();
    expect(await folderSnapshot(out)).toEqual(before);
    expect(await readdir(dir)).toEqual(['api']);
  });
});

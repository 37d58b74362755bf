/**
 * Writing cassettes, shared by `record` and `import-har`: every cassette is serialised (normalised
 * and scrubbed, cassette.ts) and scanned (secret-scan.ts) first; when any still looks like it
 * holds a secret nothing is written. Then all are written all-or-nothing: each to a temporary file
 * beside its target, then renamed over it (atomic per file, POSIX rename(2)); when a step fails,
 * the cassettes already replaced get their previous content back (or are removed when they were
 * new), and no temporary file is left behind.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { serializeCassette, type Cassette } from './cassette.js';
import { findSecrets, type SecretFinding } from './secret-scan.js';

/** Thrown, before anything is written, when a cassette still looks like it holds a secret after scrubbing. */
export class SecretsFoundError extends Error {
  override readonly name = 'SecretsFoundError';

  constructor(
    readonly cassette: Cassette,
    /** Where and why; never the value. */
    readonly findings: readonly SecretFinding[],
  ) {
    super(`${cassette.file}: refusing to write what looks like a secret: ${findings.map((f) => `${f.reason} at ${f.pointer}`).join('; ')}`);
  }
}

interface Staged {
  file: string;
  temporary: string;
  backup: string;
  /** Set once the target has been replaced; `true` when it existed before (its copy is in `backup`). */
  replaced?: { existed: boolean };
}

async function backUp(item: Staged): Promise<boolean> {
  try {
    await copyFile(item.file, item.backup);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

async function rollBack(staged: readonly Staged[]): Promise<void> {
  for (const item of [...staged].reverse()) {
    if (item.replaced?.existed === true) await rename(item.backup, item.file);
    else if (item.replaced !== undefined) await rm(item.file, { force: true });
  }
}

async function cleanUp(staged: readonly Staged[]): Promise<void> {
  await Promise.all(staged.flatMap((item) => [rm(item.temporary, { force: true }), rm(item.backup, { force: true })]));
}

/**
 * Scans, then writes `cassettes` all-or-nothing (see the module comment). Folders are created
 * when missing.
 * @throws {SecretsFoundError} for the first cassette whose text still looks like it holds a
 *   secret, before any file is touched; a file system error after restoring every target.
 */
export async function writeCassettes(cassettes: readonly Cassette[]): Promise<void> {
  const texts = cassettes.map((cassette) => ({ cassette, text: serializeCassette(cassette) }));
  for (const { cassette, text } of texts) {
    const findings = findSecrets(text);
    if (findings.length > 0) throw new SecretsFoundError(cassette, findings);
  }
  const suffix = `${process.pid}.${randomBytes(4).toString('hex')}`;
  const staged: Staged[] = [];
  try {
    for (const { cassette, text } of texts) {
      const item: Staged = { file: cassette.file, temporary: `${cassette.file}.${suffix}.tmp`, backup: `${cassette.file}.${suffix}.bak` };
      await mkdir(path.dirname(item.file), { recursive: true });
      staged.push(item);
      await writeFile(item.temporary, text, 'utf8');
    }
    for (const item of staged) {
      const existed = await backUp(item);
      await rename(item.temporary, item.file);
      item.replaced = { existed };
    }
  } catch (error) {
    await rollBack(staged);
    throw error;
  } finally {
    await cleanUp(staged);
  }
}

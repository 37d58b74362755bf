/**
 * Reads one side of a diff: a spec file, `git:<ref>:<path>` (the file as committed at `ref`, read
 * with `git show` run without a shell), or, only when the user passes one, an `http(s)` URL. Git
 * and URL content is loaded from a private temporary folder, removed afterwards, so such a side must
 * be one file (a relative `$ref` to another file is reported as dangling); messages name the side
 * as the user wrote it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '../diagnostics.js';
import { loadSpec, type LoadedSpec } from '../load/load-spec.js';

const run = promisify(execFile);

/** Largest spec read from git or a URL, in bytes (GitHub's REST document is 13 MB). */
const MAX_BYTES = 64 * 1024 * 1024;

/** A loaded side and the label reports use for it. */
export interface DiffSide {
  readonly label: string;
  readonly spec: LoadedSpec;
}

/** Splits `git:<ref>:<path>`; git refuses `:` in ref names, so the first colon ends the ref. */
function parseGitSide(side: string): { ref: string; file: string } | undefined {
  const match = /^git:([^:]+):(.+)$/.exec(side);
  return match === null ? undefined : { ref: match[1] ?? '', file: match[2] ?? '' };
}

async function gitShow(ref: string, file: string, side: string): Promise<string> {
  if (ref.startsWith('-')) throw new UserError(`${side}: a git ref cannot start with '-'`);
  // A leading `./` makes git read the path relative to the working directory, as the user typed it.
  const relative = path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
  const object = `${ref}:${/^\.\.?\//.test(relative) ? relative : `./${relative}`}`;
  try {
    const { stdout } = await run('git', ['show', object], { maxBuffer: MAX_BYTES, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    const detail = String((error as { stderr?: string }).stderr ?? (error as Error).message).trim().split('\n')[0];
    throw new UserError(`cannot read ${side} from git: ${detail}`);
  }
}

async function download(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow' });
  } catch (error) {
    throw new UserError(`cannot fetch ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new UserError(`cannot fetch ${url}: HTTP ${response.status}`);
  const text = await response.text();
  if (text.length > MAX_BYTES) throw new UserError(`${url} is larger than ${MAX_BYTES} bytes`);
  return text;
}

/** Loads `text` as a file named like `name` (for its extension), naming `label` in errors. */
async function loadText(text: string, name: string, label: string): Promise<LoadedSpec> {
  const dir = await mkdtemp(path.join(tmpdir(), 'api-contracts-diff-'));
  const file = path.join(dir, path.basename(name) || 'spec.yaml');
  try {
    await writeFile(file, text, 'utf8');
    return { ...(await loadSpec(file)), file: label };
  } catch (error) {
    if (error instanceof UserError) {
      throw new UserError(error.message.replaceAll(file, label), error.diagnostics.map((d) => ({ ...d, file: label })));
    }
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Loads one side: `git:<ref>:<path>`, an `http://` or `https://` URL, or a file path.
 * @throws {UserError} naming the side when it cannot be read, parsed or validated as OpenAPI 3.x.
 */
export async function loadSide(side: string): Promise<DiffSide> {
  const git = parseGitSide(side);
  if (git !== undefined) return { label: side, spec: await loadText(await gitShow(git.ref, git.file, side), git.file, side) };
  if (side.startsWith('git:')) throw new UserError(`${side}: expected git:<ref>:<path>, for example git:origin/main:spec/payquicker.yaml`);
  if (/^https?:\/\//i.test(side)) return { label: side, spec: await loadText(await download(side), new URL(side).pathname, side) };
  return { label: side, spec: await loadSpec(side) };
}

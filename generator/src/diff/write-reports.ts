/**
 * Writes `diff.md`, `diff.json` and `diff.junit.xml` into the report folder. All three are rendered
 * first, then each is written atomically (a temporary file in the same folder, then a rename), so a
 * CI step never reads a half-written report.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DiffResult } from './diff-result.js';
import { renderJson } from './report-json.js';
import { renderJunit } from './report-junit.js';
import { renderMarkdown } from './report-md.js';
import type { DiffLevel } from './rules.js';

/** Paths of the written reports. */
export interface DiffReportPaths {
  readonly markdown: string;
  readonly json: string;
  readonly junit: string;
}

async function writeAtomically(file: string, text: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Writes the three reports of `result` into `dir` (created if needed).
 * @throws the file system error when `dir` cannot be created or written.
 */
export async function writeDiffReports(dir: string, result: DiffResult, failOn: DiffLevel): Promise<DiffReportPaths> {
  const texts = { markdown: renderMarkdown(result), json: renderJson(result), junit: renderJunit(result, failOn) };
  await mkdir(dir, { recursive: true });
  const paths: DiffReportPaths = { markdown: path.join(dir, 'diff.md'), json: path.join(dir, 'diff.json'), junit: path.join(dir, 'diff.junit.xml') };
  for (const key of ['markdown', 'json', 'junit'] as const) await writeAtomically(paths[key], texts[key]);
  return paths;
}

/**
 * Writes `drift.md`, `drift.json` and `drift.junit.xml` into the report folder, each atomically (a
 * temporary file in the same folder, then a rename), so a CI step never reads a half-written report.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderJson } from './report-json.js';
import { renderJunit } from './report-junit.js';
import { renderMarkdown } from './report-md.js';
import type { DriftLevel } from './rules.js';
import type { DriftResult } from './run-drift.js';

/** Paths of the written reports. */
export interface ReportPaths {
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
 * Writes the three reports of `result` into `dir` (created if needed), as `<name>.md`,
 * `<name>.json` and `<name>.junit.xml` (`name` default `drift`; `explore` writes its own).
 * @throws the file system error when `dir` cannot be created or written.
 */
export async function writeReports(dir: string, result: DriftResult, failOn: DriftLevel, name = 'drift'): Promise<ReportPaths> {
  await mkdir(dir, { recursive: true });
  const paths: ReportPaths = {
    markdown: path.join(dir, `${name}.md`),
    json: path.join(dir, `${name}.json`),
    junit: path.join(dir, `${name}.junit.xml`),
  };
  await writeAtomically(paths.markdown, renderMarkdown(result));
  await writeAtomically(paths.json, renderJson(result));
  await writeAtomically(paths.junit, renderJunit(result, failOn));
  return paths;
}

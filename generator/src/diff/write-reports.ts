/**
 * Writes `diff.md`, `diff.json` and `diff.junit.xml` into the report folder: all three go to
 * temporary files in the same folder first, then each is renamed into place, so a CI step never
 * reads a half-written report.
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

/**
 * Writes the three reports of `result` into `dir` (created if needed).
 * @throws the file system error when `dir` cannot be created or written.
 */
export async function writeDiffReports(dir: string, result: DiffResult, failOn: DiffLevel): Promise<DiffReportPaths> {
  await mkdir(dir, { recursive: true });
  const paths: DiffReportPaths = { markdown: path.join(dir, 'diff.md'), json: path.join(dir, 'diff.json'), junit: path.join(dir, 'diff.junit.xml') };
  const staged = [
    { file: paths.markdown, text: renderMarkdown(result) },
    { file: paths.json, text: renderJson(result) },
    { file: paths.junit, text: renderJunit(result, failOn) },
  ].map((report) => ({ ...report, temp: path.join(dir, `.${path.basename(report.file)}.${process.pid}.tmp`) }));
  try {
    await Promise.all(staged.map((report) => writeFile(report.temp, report.text, 'utf8')));
    for (const report of staged) await rename(report.temp, report.file);
  } finally {
    await Promise.all(staged.map((report) => rm(report.temp, { force: true })));
  }
  return paths;
}

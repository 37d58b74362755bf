/**
 * `diff.json`: the machine-readable report, `{ base, revision, changes, summary, bump }`; each change
 * is `{ rule, level, operationId, method, path, pointer, message }` (see rules.ts).
 */
import type { DiffResult } from './diff-result.js';
import { summarize, type Change, type DiffSummary, type SemverBump } from './rules.js';

/** The shape of `diff.json`. */
export interface DiffJson {
  base: string;
  revision: string;
  changes: Change[];
  /** Counts per level. */
  summary: DiffSummary;
  /** The suggested version bump for the generated clients. */
  bump: SemverBump;
}

/** `result` as `diff.json` text (two-space indented, trailing newline). */
export function renderJson(result: DiffResult): string {
  const changes = result.changes.map(({ rule, level, operationId, method, path, pointer, message }) => ({ rule, level, operationId, method, path, pointer, message }));
  const report: DiffJson = { base: result.base, revision: result.revision, changes, summary: summarize(result.changes), bump: result.bump };
  return `${JSON.stringify(report, null, 2)}\n`;
}

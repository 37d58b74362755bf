/**
 * The terminal report of `diff`: a fixed-width table of changes, most severe first, a summary line
 * and the suggested version bump.
 */
import type { DiffResult } from './diff-result.js';
import { LEVELS, summarize, type Change } from './rules.js';

const COLUMNS = ['level', 'rule', 'operation', 'pointer', 'message'] as const;
const MAX_WIDTH = 60;

/**
 * `text` on one line, control characters (a spec's text could carry terminal escapes) shown as `?`,
 * cut to the column width: at its end, or at its start for pointers (whose end says most).
 */
function clip(text: string, keepEnd = false): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const flat = text.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  if (flat.length <= MAX_WIDTH) return flat;
  return keepEnd ? `…${flat.slice(flat.length - MAX_WIDTH + 1)}` : `${flat.slice(0, MAX_WIDTH - 1)}…`;
}

/** How a change names its operation: the operationId, else `METHOD /path`, else `(document)`. */
export function operationLabel(change: Pick<Change, 'operationId' | 'method' | 'path'>): string {
  if (change.operationId !== '') return change.operationId;
  return change.path === '' ? '(document)' : `${change.method.toUpperCase()} ${change.path}`;
}

function row(c: Change): string[] {
  return [clip(c.level), clip(c.rule), clip(operationLabel(c)), clip(c.pointer, true), clip(c.message)];
}

/** The lines to print: the table (when there are changes), `N breaking, N warning, N info` and the bump. */
export function renderTerminal(result: DiffResult): string[] {
  const summary = summarize(result.changes);
  const total = LEVELS.map((level) => `${summary[level]} ${level}`).join(', ');
  const silenced = result.silenced ? `; ${result.silenced} marked deviations not listed` : '';
  const tail = `suggested version bump for the generated clients: ${result.bump}`;
  if (result.changes.length === 0) return [`no changes (${total}${silenced})`, tail];
  const rows = result.changes.map(row);
  const widths = COLUMNS.map((name, i) => Math.max(name.length, ...rows.map((r) => (r[i] ?? '').length)));
  const format = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [format(COLUMNS), format(widths.map((w) => '-'.repeat(w))), ...rows.map(format), '', `${result.changes.length} changes: ${total}${silenced}`, tail];
}

/**
 * The terminal report: a fixed-width table of findings, most severe first, and a summary line.
 */
import { LEVELS, summarize, type Finding } from './rules.js';

const COLUMNS = ['level', 'rule', 'operation', 'pointer', 'expected', 'actual'] as const;
const MAX_WIDTH = 48;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_WIDTH ? `${flat.slice(0, MAX_WIDTH - 1)}…` : flat;
}

function row(f: Finding): string[] {
  return [f.level, f.rule, `${f.api}/${f.operationId}`, f.pointer || '(response)', f.expected, f.actual].map(clip);
}

/** The lines to print: the table (when there are findings) and `N breaking, N warning, N info`. */
export function renderTerminal(findings: readonly Finding[]): string[] {
  const summary = summarize(findings);
  const total = LEVELS.map((level) => `${summary[level]} ${level}`).join(', ');
  if (findings.length === 0) return [`no drift (${total})`];
  const rows = [...findings].sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level)).map(row);
  const widths = COLUMNS.map((name, i) => Math.max(name.length, ...rows.map((r) => (r[i] ?? '').length)));
  const format = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [format(COLUMNS), format(widths.map((w) => '-'.repeat(w))), ...rows.map(format), '', `${findings.length} findings: ${total}`];
}

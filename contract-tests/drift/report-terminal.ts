/**
 * The terminal report: the scenario outcome counts and the scenarios that did not pass (with their
 * reasons), then finding counts per operation, then one fixed-width row per distinct finding
 * (folded across operations, see group-findings.ts) with its count, and a summary line.
 */
import { foldGroups, groupFindings, operationSummaries, type FindingRow } from './group-findings.js';
import { countOutcomes, notPassed, outcomeLine } from './outcome.js';
import { LEVELS, summarize } from './rules.js';
import type { DriftResult } from './run-drift.js';

const MAX_WIDTH = 48;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_WIDTH ? `${flat.slice(0, MAX_WIDTH - 1)}…` : flat;
}

/** Rows of cells as aligned lines, with a header and a rule under it. */
function table(columns: readonly string[], rows: readonly string[][]): string[] {
  const widths = columns.map((name, i) => Math.max(name.length, ...rows.map((r) => (r[i] ?? '').length)));
  const format = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [format(columns), format(widths.map((w) => '-'.repeat(w))), ...rows.map(format)];
}

function findingCells(row: FindingRow): string[] {
  const where = `${row.api}/${row.operations.join(',')}`;
  return [row.level, row.rule, where, row.pointers.map((p) => p || '(response)').join(','), row.expected, row.actual, String(row.count), row.scenarios.join(',')].map(clip);
}

/**
 * The lines to print: `scenarios: N passed, N drift, N inconclusive`, one line per scenario that did
 * not pass, and, when there are findings, the per-operation and the finding tables and
 * `N findings in M rows: N breaking, N warning, N info`.
 */
export function renderTerminal(result: Pick<DriftResult, 'findings' | 'scenarios' | 'operations'>): string[] {
  const lines = [`scenarios: ${outcomeLine(result.scenarios)}`];
  for (const r of notPassed(result.scenarios)) lines.push(`  ${r.outcome.padEnd(12)} ${r.api}/${r.scenario}: ${r.reason}`);
  const summary = summarize(result.findings);
  const total = LEVELS.map((level) => `${summary[level]} ${level}`).join(', ');
  if (result.findings.length === 0) {
    const inconclusive = countOutcomes(result.scenarios).inconclusive;
    return [...lines, inconclusive === 0 ? `no drift (${total})` : `no finding (${total}), but ${inconclusive} inconclusive: not a pass`];
  }
  const operations = operationSummaries(result.scenarios, result.operations).map((op) => [`${op.api}/${op.operationId}`, ...LEVELS.map((level) => String(op.counts[level]))]);
  const rows = foldGroups(groupFindings(result.scenarios));
  return [
    ...lines,
    '',
    ...table(['operation', ...LEVELS], operations),
    '',
    ...table(['level', 'rule', 'operations', 'pointers', 'expected', 'actual', 'count', 'scenarios'], rows.map(findingCells)),
    '',
    `${result.findings.length} findings in ${rows.length} rows: ${total}`,
  ];
}

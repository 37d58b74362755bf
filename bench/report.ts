/**
 * The shape every benchmark returns (a {@link Section}) and its rendering as Markdown for
 * bench/RESULTS.md. Ratios are always "ours ÷ tool" of the measured quantity, so each target
 * says which direction passes.
 */

/**
 * A target from issue 7, checked against the measured ratio. `pass` is undefined when not measured.
 * `kind` marks rows that are not targets: an `aim` (met or missed, never a failure) or a ratio shown
 * for `information` only (no limit, no verdict).
 */
export interface Target {
  readonly label: string;
  /** Human-readable limit, e.g. `≤ 0.50` or `≥ 1.00`; `–` for information. */
  readonly limit: string;
  readonly measured: number | undefined;
  readonly pass: boolean | undefined;
  /** Decimals shown for `measured` (0 for counts). */
  readonly digits: number;
  readonly kind?: 'aim' | 'information';
}

/** A Markdown table: one header row, then rows of already formatted cells. */
export interface Table {
  readonly caption?: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** One benchmark's outcome. `data` holds the raw numbers written to results.json. */
export interface Section {
  readonly id: string;
  readonly title: string;
  readonly tables: readonly Table[];
  readonly targets: readonly Target[];
  readonly notes: readonly string[];
  readonly data: unknown;
  readonly elapsedMs: number;
}

/** A target whose ratio must be at most `limit` (times, memory). */
export function atMost(label: string, measured: number | undefined, limit: number, digits = 2): Target {
  const ok = measured !== undefined && Number.isFinite(measured);
  return { label, limit: `≤ ${limit.toFixed(digits)}`, measured, pass: ok ? measured <= limit : undefined, digits };
}

/** A target whose ratio must be at least `limit` (throughput). */
export function atLeast(label: string, measured: number | undefined, limit: number, digits = 2): Target {
  const ok = measured !== undefined && Number.isFinite(measured);
  return { label, limit: `≥ ${limit.toFixed(digits)}`, measured, pass: ok ? measured >= limit : undefined, digits };
}

/** An aim beyond the targets (at least `limit`): reported as met or missed, never as a failure. */
export function aimAtLeast(label: string, measured: number | undefined, limit: number, digits = 2): Target {
  return { ...atLeast(label, measured, limit, digits), kind: 'aim' };
}

/** A ratio shown beside the targets to explain them: no limit, no verdict. */
export function information(label: string, measured: number | undefined, digits = 2): Target {
  return { label, limit: '–', measured, pass: undefined, digits, kind: 'information' };
}

function escapeCell(cell: string): string {
  return cell.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A table as GitHub-flavoured Markdown. */
export function renderTable(table: Table): string {
  const lines = [`| ${table.columns.map(escapeCell).join(' | ')} |`, `|${table.columns.map(() => ' --- ').join('|')}|`];
  for (const row of table.rows) lines.push(`| ${row.map(escapeCell).join(' | ')} |`);
  return (table.caption ? `${table.caption}\n\n` : '') + lines.join('\n');
}

/** PASS, FAIL or NOT MEASURED for a target; `aim met` or `aim missed` for an aim; `information` otherwise. */
export function verdict(target: Target): string {
  if (target.kind === 'information') return 'information';
  if (target.pass === undefined) return 'NOT MEASURED';
  if (target.kind === 'aim') return target.pass ? 'aim met' : 'aim missed';
  return target.pass ? 'PASS' : 'FAIL';
}

/** A target as a table row: label, limit, measured value, verdict. */
export function targetRow(target: Target): string[] {
  return [target.label, target.limit, target.measured === undefined ? '–' : target.measured.toFixed(target.digits), verdict(target)];
}

/** A section: heading, tables, targets with PASS/FAIL, notes. */
export function renderSection(section: Section): string {
  const parts = [`## ${section.title}`];
  for (const table of section.tables) parts.push(renderTable(table));
  if (section.targets.length > 0) {
    parts.push(
      renderTable({
        caption: 'Targets:',
        columns: ['target', 'limit', 'measured', 'verdict'],
        rows: section.targets.map(targetRow),
      }),
    );
  }
  if (section.notes.length > 0) parts.push(section.notes.map((n) => `- ${n}`).join('\n'));
  parts.push(`_Benchmark time: ${(section.elapsedMs / 1000).toFixed(1)} s._`);
  return parts.join('\n\n');
}

/**
 * `drift.json`: the machine-readable report, `{ target, startedAt, findings, summary }`. Findings
 * carry `rule, level, api, operationId, cassette, pointer, expected, actual` (see rules.ts).
 */
import { summarize, type DriftSummary, type Finding } from './rules.js';
import type { DriftResult } from './run-drift.js';

/** The shape of `drift.json`. */
export interface DriftJson {
  target: string;
  startedAt: string;
  findings: Finding[];
  /** Counts per level. */
  summary: DriftSummary;
}

/** `result` as `drift.json` text (two-space indented, trailing newline). */
export function renderJson(result: Pick<DriftResult, 'target' | 'startedAt' | 'findings'>): string {
  const findings = result.findings.map(({ rule, level, api, operationId, cassette, pointer, expected, actual }) => ({
    rule,
    level,
    api,
    operationId,
    cassette,
    pointer,
    expected,
    actual,
  }));
  const report: DriftJson = { target: result.target, startedAt: result.startedAt, findings, summary: summarize(result.findings) };
  return `${JSON.stringify(report, null, 2)}\n`;
}

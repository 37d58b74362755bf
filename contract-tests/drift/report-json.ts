/**
 * `drift.json`: the machine-readable report, `{ target, startedAt, outcomes, scenarios, summary,
 * findings, groups }`. `outcomes` counts scenarios per outcome; `scenarios` gives each one's
 * outcome and reason; `findings` lists every occurrence with `rule, level, api, operationId,
 * cassette, pointer, expected, actual` (see rules.ts); `groups` lists each distinct finding once
 * with its count and scenarios (see group-findings.ts).
 */
import type { InconclusiveKind } from '../core/inconclusive.js';
import type { ApiName } from '../core/types.js';
import { groupFindings, type FindingGroup } from './group-findings.js';
import { countOutcomes, type Outcome, type OutcomeCounts } from './outcome.js';
import { summarize, type DriftSummary, type Finding } from './rules.js';
import type { DriftResult } from './run-drift.js';

/** One scenario in `drift.json`: its outcome, the inconclusive kind when there is one, and why. */
export interface ScenarioJson {
  api: ApiName;
  scenario: string;
  outcome: Outcome;
  kind?: InconclusiveKind;
  reason: string;
}

/** The shape of `drift.json`. */
export interface DriftJson {
  target: string;
  startedAt: string;
  /** Counts of scenarios per outcome. */
  outcomes: OutcomeCounts;
  scenarios: ScenarioJson[];
  /** Counts of findings per level. */
  summary: DriftSummary;
  findings: Finding[];
  groups: FindingGroup[];
}

/** `result` as `drift.json` text (two-space indented, trailing newline). */
export function renderJson(result: Pick<DriftResult, 'target' | 'startedAt' | 'findings' | 'scenarios'>): string {
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
  const scenarios = result.scenarios.map(({ api, scenario, outcome, kind, reason }) => ({ api, scenario, outcome, ...(kind === undefined ? {} : { kind }), reason }));
  const report: DriftJson = {
    target: result.target,
    startedAt: result.startedAt,
    outcomes: countOutcomes(result.scenarios),
    scenarios,
    summary: summarize(result.findings),
    findings,
    groups: groupFindings(result.scenarios),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * Groups findings so a server with N distinct drifts gives about N report rows, not one per
 * scenario: a group is one `(rule, api, operationId, pointer, expected, actual)` with how often it
 * occurred and in which scenarios (`drift.json` `groups`); a row folds the groups that differ only
 * by operation or by the place of one shared schema (see foldGroups) into one line listing the
 * operations and places (the tables of stdout and `drift.md`). Also the per-operation counts the reports start with.
 */
import type { ApiName } from '../core/types.js';
import type { ScenarioResult } from './outcome.js';
import { LEVELS, summarize, type DriftLevel, type DriftSummary, type RuleId } from './rules.js';
import type { CheckedOperation } from './run-drift.js';

/** One distinct finding: every field that identifies it, how many times it occurred, and the scenarios it came from (in run order). */
export interface FindingGroup {
  rule: RuleId;
  level: DriftLevel;
  api: ApiName;
  operationId: string;
  pointer: string;
  expected: string;
  actual: string;
  count: number;
  scenarios: string[];
}

/**
 * Groups folded into one table row (see {@link foldGroups}): `pointers` are the places (array
 * indexes as an asterisk), `operations` the operationIds, both in order of first appearance;
 * `count` is summed.
 */
export interface FindingRow extends Omit<FindingGroup, 'operationId' | 'pointer'> {
  pointers: string[];
  operations: string[];
}

/** Finding counts per level of one operation. */
export interface OperationSummary extends CheckedOperation {
  readonly counts: DriftSummary;
}

function addOnce(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

function bySeverity<T extends { level: DriftLevel }>(items: T[]): T[] {
  return items.sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
}

/** The distinct findings of `results`, most severe first, then in order of first appearance. */
export function groupFindings(results: readonly ScenarioResult[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const result of results) {
    for (const f of result.findings) {
      const key = JSON.stringify([f.rule, f.api, f.operationId, f.pointer, f.expected, f.actual]);
      const group = groups.get(key) ?? { rule: f.rule, level: f.level, api: f.api, operationId: f.operationId, pointer: f.pointer, expected: f.expected, actual: f.actual, count: 0, scenarios: [] };
      group.count += 1;
      addOnce(group.scenarios, result.scenario);
      groups.set(key, group);
    }
  }
  return bySeverity([...groups.values()]);
}

/** `pointer` with each array index replaced by an asterisk: every item of a list is one place to a reader. */
export function itemPointer(pointer: string): string {
  return pointer.replace(/\/\d+(?=\/|$)/g, '/*');
}

/** The part of an item pointer inside its innermost array item: a list item and a single object of the same schema share it. */
function placeInItem(pointer: string): string {
  const star = pointer.lastIndexOf('/*');
  return star === -1 ? pointer : pointer.slice(star + 2);
}

/**
 * `groups` folded into rows, in the order of `groups`: one row per rule, API, expected and actual
 * text ({@link actualKind}), and place inside the innermost array item. So one drift in a schema
 * shared by several operations, or by a single object and the items of a list (`/count` and the
 * items' `count` of `/payload`), or by every item of a list, is one row; the row shows the first
 * actual text.
 */
export function foldGroups(groups: readonly FindingGroup[]): FindingRow[] {
  const rows = new Map<string, FindingRow>();
  for (const { operationId, pointer, ...group } of groups) {
    const place = itemPointer(pointer);
    const key = JSON.stringify([group.rule, group.api, placeInItem(place), group.expected, actualKind(group)]);
    const row = rows.get(key);
    if (row === undefined) {
      rows.set(key, { ...group, scenarios: [...group.scenarios], pointers: [place], operations: [operationId] });
      continue;
    }
    row.count += group.count;
    addOnce(row.pointers, place);
    addOnce(row.operations, operationId);
    for (const scenario of group.scenarios) addOnce(row.scenarios, scenario);
  }
  return [...rows.values()];
}

/**
 * What a finding's actual text says for folding: for `type-change` (`string "1"`) the JSON type
 * alone, since the same wrong type with other values is one drift; otherwise the whole text.
 */
function actualKind({ rule, actual }: FindingGroup): string {
  return rule === 'type-change' ? (actual.split(' ')[0] ?? actual) : actual;
}

/** Counts per level of each operation in `operations` that has findings, in that order. */
export function operationSummaries(results: readonly ScenarioResult[], operations: readonly CheckedOperation[]): OperationSummary[] {
  const findings = results.flatMap((r) => r.findings);
  return operations
    .map((op) => ({ ...op, counts: summarize(findings.filter((f) => f.api === op.api && f.operationId === op.operationId)) }))
    .filter((summary) => LEVELS.some((level) => summary.counts[level] > 0));
}

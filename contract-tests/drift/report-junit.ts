/**
 * `drift.junit.xml`: one JUnit test case per operation, so CI systems show drift per operation.
 * A test case fails for its breaking findings (and warnings under `--fail-on warning`); other
 * findings are listed in its `system-out`, each distinct finding once with its count. Follows the JUnit XML format as Jenkins and GitLab read it.
 */
import { groupFindings, type FindingGroup } from './group-findings.js';
import { countOutcomes, OUTCOMES, type ScenarioResult } from './outcome.js';
import { atOrAbove, type DriftLevel } from './rules.js';
import type { CheckedOperation, DriftResult } from './run-drift.js';

/** `text` escaped for XML attribute values and text (XML 1.0 §2.4); control characters XML forbids are dropped. */
export function escapeXml(text: string): string {
  return [...text]
    .filter((c) => {
      const code = c.codePointAt(0) ?? 0;
      return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code !== 0xfffe && code !== 0xffff);
    })
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function line(g: FindingGroup): string {
  return `[${g.level}] ${g.rule} at ${g.pointer || '(response)'}: expected ${g.expected}, actual ${g.actual} (${g.count}× in ${g.scenarios.join(', ')})`;
}

/** Why an operation was not exercised: the reasons of its scenarios, when every scenario exercising it was inconclusive. */
function skippedReason(operation: CheckedOperation, scenarios: readonly ScenarioResult[]): string | undefined {
  const mine = scenarios.filter((r) => r.api === operation.api && r.operations.includes(operation.operationId));
  if (mine.length === 0 || mine.some((r) => r.outcome !== 'inconclusive')) return undefined;
  return [...new Set(mine.map((r) => `${r.scenario}: ${r.reason}`))].join('; ');
}

interface Case {
  readonly op: CheckedOperation;
  readonly groups: readonly FindingGroup[];
  readonly skipped: string | undefined;
}

function testCase({ op, groups, skipped }: Case, failOn: DriftLevel): string {
  const name = `${escapeXml(op.api)}.${escapeXml(op.operationId)}`;
  const failing = groups.filter((g) => atOrAbove(g.level, failOn));
  const other = groups.filter((g) => !atOrAbove(g.level, failOn));
  const open = `    <testcase classname="${escapeXml(op.api)}" name="${name}"`;
  if (groups.length === 0 && skipped === undefined) return `${open}/>`;
  const parts = [`${open}>`];
  if (skipped !== undefined) parts.push(`      <skipped message="${escapeXml(`inconclusive: ${skipped}`)}"/>`);
  if (failing.length > 0) {
    const count = failing.reduce((sum, g) => sum + g.count, 0);
    const message = `${count} finding${count === 1 ? '' : 's'} at or above ${failOn}`;
    parts.push(`      <failure message="${escapeXml(message)}" type="${escapeXml(failing[0]?.rule ?? 'drift')}">${escapeXml(failing.map(line).join('\n'))}</failure>`);
  }
  if (other.length > 0) parts.push(`      <system-out>${escapeXml(other.map(line).join('\n'))}</system-out>`);
  parts.push('    </testcase>');
  return parts.join('\n');
}

/**
 * `result` as `drift.junit.xml` text; `failOn` decides which findings fail a test case. The suite's
 * properties give the scenario outcome counts; an operation whose scenarios were all inconclusive
 * is skipped, with their reasons.
 */
export function renderJunit(result: Pick<DriftResult, 'target' | 'startedAt' | 'scenarios' | 'operations'>, failOn: DriftLevel): string {
  const groups = groupFindings(result.scenarios);
  const cases: Case[] = result.operations.map((op) => ({
    op,
    groups: groups.filter((g) => g.api === op.api && g.operationId === op.operationId),
    skipped: skippedReason(op, result.scenarios),
  }));
  const failures = cases.filter((c) => c.groups.some((g) => atOrAbove(g.level, failOn))).length;
  const skipped = cases.filter((c) => c.skipped !== undefined).length;
  const counts = countOutcomes(result.scenarios);
  const suite = `api-contracts drift (${result.target})`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(suite)}" tests="${cases.length}" failures="${failures}">`,
    `  <testsuite name="${escapeXml(suite)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" timestamp="${escapeXml(result.startedAt)}">`,
    '    <properties>',
    ...OUTCOMES.map((outcome) => `      <property name="scenarios.${outcome}" value="${counts[outcome]}"/>`),
    '    </properties>',
    ...cases.map((c) => testCase(c, failOn)),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

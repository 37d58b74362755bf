/**
 * `drift.junit.xml`: one JUnit test case per operation, so CI systems show drift per operation.
 * A test case fails for its breaking findings (and warnings under `--fail-on warning`); other
 * findings are listed in its `system-out`. Follows the JUnit XML format as Jenkins and GitLab read it.
 */
import { atOrAbove, type DriftLevel, type Finding } from './rules.js';
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

function line(f: Finding): string {
  return `[${f.level}] ${f.rule} at ${f.pointer || '(response)'}: expected ${f.expected}, actual ${f.actual} (${f.cassette})`;
}

function testCase(operation: CheckedOperation, findings: readonly Finding[], failOn: DriftLevel): string {
  const name = `${escapeXml(operation.api)}.${escapeXml(operation.operationId)}`;
  const failing = findings.filter((f) => atOrAbove(f.level, failOn));
  const other = findings.filter((f) => !atOrAbove(f.level, failOn));
  const open = `    <testcase classname="${escapeXml(operation.api)}" name="${name}"`;
  if (findings.length === 0) return `${open}/>`;
  const parts = [`${open}>`];
  if (failing.length > 0) {
    const message = `${failing.length} finding${failing.length === 1 ? '' : 's'} at or above ${failOn}`;
    parts.push(`      <failure message="${escapeXml(message)}" type="${escapeXml(failing[0]?.rule ?? 'drift')}">${escapeXml(failing.map(line).join('\n'))}</failure>`);
  }
  if (other.length > 0) parts.push(`      <system-out>${escapeXml(other.map(line).join('\n'))}</system-out>`);
  parts.push('    </testcase>');
  return parts.join('\n');
}

/** `result` as `drift.junit.xml` text; `failOn` decides which findings fail a test case. */
export function renderJunit(result: Pick<DriftResult, 'target' | 'startedAt' | 'findings' | 'operations'>, failOn: DriftLevel): string {
  const cases = result.operations.map((op) => ({ op, findings: result.findings.filter((f) => f.api === op.api && f.operationId === op.operationId) }));
  const failures = cases.filter((c) => c.findings.some((f) => atOrAbove(f.level, failOn))).length;
  const suite = `api-contracts drift (${result.target})`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(suite)}" tests="${cases.length}" failures="${failures}">`,
    `  <testsuite name="${escapeXml(suite)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0" timestamp="${escapeXml(result.startedAt)}">`,
    ...cases.map((c) => testCase(c.op, c.findings, failOn)),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

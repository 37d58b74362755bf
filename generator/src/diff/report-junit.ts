/**
 * `diff.junit.xml`: one JUnit test case per operation of the revision, plus one for document-level
 * changes (servers, security schemes) and one per removed operation. A test case fails for changes
 * at or above `--fail-on`; others are listed in its `system-out`. Follows the JUnit XML format as
 * Jenkins and GitLab read it.
 */
import type { DiffResult } from './diff-result.js';
import { operationLabel } from './report-terminal.js';
import { atOrAbove, type Change, type DiffLevel } from './rules.js';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** `text` escaped for XML attribute values and text (XML 1.0 §2.2, §2.4): characters XML forbids are dropped. */
function escapeXml(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

function line(c: Change): string {
  return `[${c.level}] ${c.rule} at ${c.pointer}: ${c.message}`;
}

function testCase(name: string, changes: readonly Change[], failOn: DiffLevel): string {
  const failing = changes.filter((c) => atOrAbove(c.level, failOn));
  const other = changes.filter((c) => !atOrAbove(c.level, failOn));
  const open = `    <testcase classname="api-contracts.diff" name="${escapeXml(name)}"`;
  if (changes.length === 0) return `${open}/>`;
  const parts = [`${open}>`];
  if (failing.length > 0) {
    const message = `${failing.length} change${failing.length === 1 ? '' : 's'} at or above ${failOn}`;
    parts.push(`      <failure message="${escapeXml(message)}" type="${escapeXml(failing[0]?.rule ?? 'diff')}">${escapeXml(failing.map(line).join('\n'))}</failure>`);
  }
  if (other.length > 0) parts.push(`      <system-out>${escapeXml(other.map(line).join('\n'))}</system-out>`);
  parts.push('    </testcase>');
  return parts.join('\n');
}

/** `result` as `diff.junit.xml` text; `failOn` decides which changes fail a test case. */
export function renderJunit(result: DiffResult, failOn: DiffLevel): string {
  const byOperation = new Map<string, Change[]>();
  for (const op of result.operations) byOperation.set(`${op.method} ${op.path}`, []);
  byOperation.set(' ', []);
  const names = new Map<string, string>([[' ', '(document)']]);
  for (const op of result.operations) names.set(`${op.method} ${op.path}`, operationLabel(op));
  for (const change of result.changes) {
    const key = `${change.method} ${change.path}`;
    if (!byOperation.has(key)) byOperation.set(key, []);
    byOperation.get(key)?.push(change);
    if (!names.has(key)) names.set(key, operationLabel(change));
  }
  const cases = [...byOperation].map(([key, changes]) => ({ name: names.get(key) ?? key, changes }));
  const failures = cases.filter((c) => c.changes.some((change) => atOrAbove(change.level, failOn))).length;
  const suite = `api-contracts diff (${result.base} → ${result.revision})`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(suite)}" tests="${cases.length}" failures="${failures}">`,
    `  <testsuite name="${escapeXml(suite)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">`,
    ...cases.map((c) => testCase(c.name, c.changes, failOn)),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/**
 * `drift.md`: the report for humans, fit for a GitHub job summary or a pull-request comment: counts
 * per level, one table row per finding, and the explanation of every rule that fired.
 */
import { LEVELS, RULES, summarize, type Finding } from './rules.js';
import type { DriftResult } from './run-drift.js';

/** Text safe in a Markdown table cell: pipes escaped, line breaks flattened, as inline code when asked. */
function cell(text: string, code = false): string {
  const flat = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  if (!code || flat === '') return flat;
  const fence = flat.includes('`') ? '``' : '`';
  return `${fence}${fence === '``' ? ' ' : ''}${flat}${fence === '``' ? ' ' : ''}${fence}`;
}

function findingRow(f: Finding): string {
  const where = `${f.api} \`${f.operationId}\``;
  return `| ${f.level} | ${f.rule} | ${where} | ${cell(f.pointer || '(response)', true)} | ${cell(f.expected, true)} | ${cell(f.actual, true)} | ${cell(f.cassette)} |`;
}

/** `result` as `drift.md` text. */
export function renderMarkdown(result: Pick<DriftResult, 'target' | 'startedAt' | 'findings'>): string {
  const summary = summarize(result.findings);
  const lines = [
    `# API drift report`,
    '',
    `Target \`${cell(result.target)}\`, started ${result.startedAt}.`,
    '',
    '| level | findings |',
    '| --- | ---: |',
    ...LEVELS.map((level) => `| ${level} | ${summary[level]} |`),
    '',
  ];
  if (result.findings.length === 0) {
    lines.push('No drift: every response matched the spec and its cassette.', '');
    return lines.join('\n');
  }
  const ordered = [...result.findings].sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
  lines.push(
    '## Findings',
    '',
    '| level | rule | operation | pointer | expected | actual | cassette |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...ordered.map(findingRow),
    '',
    '## Rules',
    '',
  );
  const used = new Set(result.findings.map((f) => f.rule));
  for (const rule of RULES.filter((r) => used.has(r.id))) lines.push(`- **${rule.id}** (${rule.level}): ${rule.title}. ${rule.description}`);
  lines.push('');
  return lines.join('\n');
}

/**
 * `drift.md`: the report for humans, fit for a GitHub job summary or a pull-request comment: scenario
 * outcome counts (and why each scenario that did not pass did not), counts per level and per
 * operation, one table row per distinct finding (group-findings.ts), and the explanation of every
 * rule that fired.
 */
import { foldGroups, groupFindings, operationSummaries, type FindingRow } from './group-findings.js';
import { countOutcomes, notPassed, OUTCOMES } from './outcome.js';
import { LEVELS, RULES, summarize } from './rules.js';
import type { DriftResult } from './run-drift.js';

/** Text safe in a Markdown table cell: pipes escaped, line breaks flattened, as inline code when asked. */
function cell(text: string, code = false): string {
  const flat = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  if (!code || flat === '') return flat;
  const fence = flat.includes('`') ? '``' : '`';
  return `${fence}${fence === '``' ? ' ' : ''}${flat}${fence === '``' ? ' ' : ''}${fence}`;
}

function findingRow(row: FindingRow): string {
  const where = `${row.api} ${row.operations.map((op) => `\`${op}\``).join(', ')}`;
  const cells = [cell(row.pointers.map((p) => p || '(response)').join(', '), true), cell(row.expected, true), cell(row.actual, true)];
  return `| ${row.level} | ${row.rule} | ${where} | ${cells.join(' | ')} | ${row.count} | ${cell(row.scenarios.join(', '))} |`;
}

function outcomeLines(scenarios: DriftResult['scenarios']): string[] {
  const counts = countOutcomes(scenarios);
  const lines = ['| outcome | scenarios |', '| --- | ---: |', ...OUTCOMES.map((outcome) => `| ${outcome} | ${counts[outcome]} |`), ''];
  const shown = notPassed(scenarios);
  if (shown.length > 0) {
    lines.push('| scenario | outcome | reason |', '| --- | --- | --- |');
    for (const r of shown) lines.push(`| ${r.api}/${cell(r.scenario)} | ${r.outcome} | ${cell(r.reason)} |`);
    lines.push('');
  }
  return lines;
}

/** `result` as `drift.md` text: outcome counts, finding counts per level and per operation, one row per distinct finding, the rules that fired. */
export function renderMarkdown(result: Pick<DriftResult, 'target' | 'startedAt' | 'findings' | 'scenarios' | 'operations'>): string {
  const summary = summarize(result.findings);
  const lines = [
    `# API drift report`,
    '',
    `Target \`${cell(result.target)}\`, started ${result.startedAt}.`,
    '',
    ...outcomeLines(result.scenarios),
    '| level | findings |',
    '| --- | ---: |',
    ...LEVELS.map((level) => `| ${level} | ${summary[level]} |`),
    '',
  ];
  if (result.findings.length === 0) {
    const inconclusive = countOutcomes(result.scenarios).inconclusive;
    lines.push(
      inconclusive === 0
        ? 'No drift: every response matched the spec and its cassette.'
        : `No finding in what could be exercised, but ${inconclusive} scenario${inconclusive === 1 ? ' was' : 's were'} inconclusive (see above): this is not a pass.`,
      '',
    );
    return lines.join('\n');
  }
  const rows = foldGroups(groupFindings(result.scenarios));
  lines.push(
    '## Operations',
    '',
    `| operation | ${LEVELS.join(' | ')} |`,
    `| --- |${LEVELS.map(() => ' ---: |').join('')}`,
    ...operationSummaries(result.scenarios, result.operations).map((op) => `| ${op.api} \`${op.operationId}\` | ${LEVELS.map((level) => op.counts[level]).join(' | ')} |`),
    '',
    '## Findings',
    '',
    `${result.findings.length} findings in ${rows.length} rows; a row lists every operation and scenario it occurred in.`,
    '',
    '| level | rule | operations | pointers | expected | actual | count | scenarios |',
    '| --- | --- | --- | --- | --- | --- | ---: | --- |',
    ...rows.map(findingRow),
    '',
    '## Rules',
    '',
  );
  const used = new Set(result.findings.map((f) => f.rule));
  for (const rule of RULES.filter((r) => used.has(r.id))) lines.push(`- **${rule.id}** (${rule.level}): ${rule.title}. ${rule.description}`);
  lines.push('');
  return lines.join('\n');
}

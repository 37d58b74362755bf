/**
 * `diff.md`: the report for humans, fit for a GitHub job summary: both sides, counts per level, the
 * suggested version bump, one table row per change and the explanation of every rule that fired.
 */
import type { DiffResult } from './diff-result.js';
import { operationLabel } from './report-terminal.js';
import { LEVELS, RULES, summarize, type Change } from './rules.js';

/** Text safe in a Markdown table cell: pipes escaped, line breaks flattened, as inline code when asked. */
function cell(text: string, code = false): string {
  const flat = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  if (!code || flat === '') return flat;
  return flat.includes('`') ? `\`\` ${flat} \`\`` : `\`${flat}\``;
}

/** Markdown text of a message: its backticks kept as code spans, other Markdown and HTML characters escaped. */
function prose(text: string): string {
  return cell(text)
    .split('`')
    .map((part, i) => (i % 2 === 1 ? `\`${part}\`` : part.replace(/[\\*_[\]<>#]/g, (c) => `\\${c}`)))
    .join('');
}

function changeRow(c: Change): string {
  const where = c.path === '' ? '' : `${c.method.toUpperCase()} ${c.path}`;
  return `| ${c.level} | ${c.rule} | ${cell(operationLabel(c), true)} | ${cell(where, true)} | ${cell(c.pointer, true)} | ${prose(c.message)} |`;
}

/** `result` as `diff.md` text. */
export function renderMarkdown(result: DiffResult): string {
  const summary = summarize(result.changes);
  const lines = [
    '# API diff report',
    '',
    `Base ${cell(result.base, true)}, revision ${cell(result.revision, true)}.`,
    '',
    '| level | changes |',
    '| --- | ---: |',
    ...LEVELS.map((level) => `| ${level} | ${summary[level]} |`),
    '',
    `Suggested version bump for the generated clients: **${result.bump}**.`,
    '',
  ];
  if (result.silenced) lines.push(`${result.silenced} disagreements with the vendor's document are not listed: our spec marks them as deliberate (\`x-api-contracts-source\` / \`x-api-contracts-why\`).`, '');
  if (result.changes.length === 0) {
    lines.push('No changes.', '');
    return lines.join('\n');
  }
  lines.push('## Changes', '', '| level | rule | operation | method and path | pointer | change |', '| --- | --- | --- | --- | --- | --- |', ...result.changes.map(changeRow), '', '## Rules', '');
  const used = new Set<string>(result.changes.map((c) => c.rule));
  for (const rule of RULES.filter((r) => used.has(r.id))) lines.push(`- **${rule.id}** (${rule.level}): ${rule.description}`);
  lines.push('');
  return lines.join('\n');
}

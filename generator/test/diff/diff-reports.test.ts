/**
 * The diff reports carry text from the specs (property names, enum values, paths): each escapes it
 * for where it lands. diff.md keeps table cells whole, diff.junit.xml stays well-formed, the terminal
 * table shows no control characters.
 */
import { describe, expect, it } from 'vitest';
import type { DiffResult } from '../../src/diff/diff-result.js';
import { renderJson } from '../../src/diff/report-json.js';
import { renderJunit } from '../../src/diff/report-junit.js';
import { renderMarkdown } from '../../src/diff/report-md.js';
import { renderTerminal } from '../../src/diff/report-terminal.js';

const HOSTILE = 'a|b <script>x</script> \u001b[31mred\u0001 & "q"';

const result: DiffResult = {
  base: 'old.yaml',
  revision: 'new.yaml',
  operations: [{ operationId: 'listJobs', method: 'get', path: '/jobs' }, { operationId: 'getJob', method: 'get', path: '/jobs/{id}' }],
  changes: [
    { rule: 'response-body-property-removed', level: 'breaking', operationId: 'listJobs', method: 'get', path: '/jobs', pointer: '#/components/schemas/Job/properties/x', message: `property \`${HOSTILE}\` removed ${HOSTILE}` },
    { rule: 'response-body-enum-value-added', level: 'warning', operationId: 'listJobs', method: 'get', path: '/jobs', pointer: '#/components/schemas/Job/properties/s/enum/2', message: 'enum value "c" added' },
    { rule: 'server-removed', level: 'breaking', operationId: '', method: '', path: '', pointer: '#/servers/1', message: 'server https://b.example removed' },
  ],
  bump: 'major',
};

describe('diff reports', () => {
  it('diff.md: one row per change with every cell intact, HTML escaped outside code spans, and the rules explained', () => {
    const md = renderMarkdown(result);
    const rows = md.split('\n').filter((l) => /^\| (breaking|warning|info) \| [a-z-]+ \|/.test(l));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.split(/(?<!\\)\|/)).toHaveLength(8);
    // Inside code spans HTML is shown as text; outside them it must be escaped.
    expect(md.replace(/`[^`]*`/g, '')).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('**major**');
    expect(md).toMatch(/- \*\*server-removed\*\* \(breaking\):/);
  });

  it('diff.junit.xml: one test case per operation and one for the document, failures by --fail-on, well-formed text', () => {
    const xml = renderJunit(result, 'breaking');
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml).toContain('failures="2"');
    expect(xml).toMatch(/name="getJob"\/>/);
    expect(xml).toMatch(/name="\(document\)">\s*<failure/);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/); // eslint-disable-line no-control-regex -- forbidden in XML
    expect(xml).not.toContain('<script>');
    expect(renderJunit(result, 'warning')).toContain('failures="2"');
    expect(renderJunit({ ...result, changes: result.changes.slice(1, 2) }, 'breaking')).toContain('failures="0"');
  });

  it('diff.json: the issue\'s shape with counts and the bump', () => {
    const json = JSON.parse(renderJson(result)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['base', 'revision', 'changes', 'summary', 'bump']);
    expect(json['summary']).toEqual({ breaking: 2, warning: 1, info: 0 });
    expect(Object.keys((json['changes'] as object[])[0] ?? {})).toEqual(['rule', 'level', 'operationId', 'method', 'path', 'pointer', 'message']);
  });

  it('terminal: no control characters, the document row named, the summary and the bump', () => {
    const lines = renderTerminal(result);
    expect(lines.join('\n')).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/); // eslint-disable-line no-control-regex -- terminal escapes
    expect(lines.some((l) => /server-removed\s+\(document\)/.test(l))).toBe(true);
    expect(lines.at(-2)).toBe('3 changes: 2 breaking, 1 warning, 0 info');
    expect(lines.at(-1)).toBe('suggested version bump for the generated clients: major');
  });
});

/**
 * The three report writers and the terminal table: drift.json's documented shape, drift.md's
 * counts, table and rule explanations, drift.junit.xml's test cases and failures with XML escaping,
 * and atomic writing into the report folder.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderJson } from '../report-json.js';
import { escapeXml, renderJunit } from '../report-junit.js';
import { renderMarkdown } from '../report-md.js';
import { renderTerminal } from '../report-terminal.js';
import { RULES, ruleOf, type Finding, type RuleId } from '../rules.js';
import type { DriftResult } from '../run-drift.js';
import { writeReports } from '../write-reports.js';

function finding(rule: RuleId, operationId: string, overrides: Partial<Finding> = {}): Finding {
  return {
    rule,
    level: ruleOf(rule).level,
    api: 'payquicker',
    operationId,
    cassette: `contract-tests/cassettes/payquicker/${operationId}.har`,
    pointer: '/status',
    expected: 'one of ["COMPLETED"]',
    actual: '"ON_HOLD"',
    ...overrides,
  };
}

const RESULT: DriftResult = {
  target: 'sandbox',
  startedAt: '2026-02-07T23:17:57.000Z',
  findings: [
    finding('new-enum-value', 'retrievePaymentJob'),
    finding('type-change', 'listPaymentJobs', { pointer: '/payload/0/count', expected: 'integer', actual: 'string "1|<a & b>"' }),
    finding('example-changed', 'retrievePaymentJob', { pointer: '/filename', expected: '"a.csv"', actual: '"b.csv"' }),
  ],
  operations: [
    { api: 'payquicker', operationId: 'requestToken' },
    { api: 'payquicker', operationId: 'listPaymentJobs' },
    { api: 'payquicker', operationId: 'retrievePaymentJob' },
  ],
};

describe('drift.json', () => {
  it('has target, startedAt, every finding with the documented fields, and counts per level', () => {
    const json = JSON.parse(renderJson(RESULT)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['target', 'startedAt', 'findings', 'summary']);
    expect(json['summary']).toEqual({ breaking: 1, warning: 1, info: 1 });
    const findings = json['findings'] as Record<string, unknown>[];
    expect(findings).toHaveLength(3);
    for (const f of findings) expect(Object.keys(f).sort()).toEqual(['actual', 'api', 'cassette', 'expected', 'level', 'operationId', 'pointer', 'rule']);
  });
});

describe('drift.md', () => {
  const md = renderMarkdown(RESULT);

  it('counts findings per level and lists them most severe first', () => {
    expect(md).toMatch(/\| breaking \| 1 \|\n\| warning \| 1 \|\n\| info \| 1 \|/);
    const rows = md.split('\n').filter((l) => /^\| (breaking|warning|info) \| [a-z-]+ \|/.test(l));
    expect(rows.map((r) => r.split(' | ')[1])).toEqual(['type-change', 'new-enum-value', 'example-changed']);
  });

  it('escapes pipes inside cells so each row keeps its seven columns', () => {
    const row = md.split('\n').find((l) => l.includes('type-change |')) ?? '';
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(7);
    expect(row).toContain('1\\|<a & b>');
  });

  it('explains exactly the rules that fired', () => {
    const explained = RULES.filter((r) => md.includes(`- **${r.id}**`)).map((r) => r.id);
    expect(explained.sort()).toEqual(['example-changed', 'new-enum-value', 'type-change']);
  });

  it('says there is no drift when there are no findings', () => {
    const clean = renderMarkdown({ ...RESULT, findings: [] });
    expect(clean).toContain('No drift');
    expect(clean).not.toContain('## Findings');
  });
});

describe('drift.junit.xml', () => {
  it('has one test case per operation and fails those with breaking findings', () => {
    const xml = renderJunit(RESULT, 'breaking');
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml).toMatch(/<testsuites [^>]*tests="3" failures="1"/);
    const failing = /<testcase classname="payquicker" name="payquicker\.listPaymentJobs">\s*<failure [^>]*type="type-change"/;
    expect(xml).toMatch(failing);
    expect(xml).toMatch(/name="payquicker\.retrievePaymentJob">\s*<system-out>/);
  });

  it('also fails warnings under --fail-on warning', () => {
    expect(renderJunit(RESULT, 'warning')).toMatch(/<testsuites [^>]*failures="2"/);
  });

  it('escapes markup and drops characters XML forbids', () => {
    const xml = renderJunit(RESULT, 'breaking');
    expect(xml).toContain('string &quot;1|&lt;a &amp; b&gt;&quot;');
    expect(xml).not.toContain('<a & b>');
    expect(escapeXml(`a\u0000b\u0007c'd\te`)).toBe('abc&apos;d\te');
  });

  it('is well-formed enough for an XML reader: every element closes', () => {
    const xml = renderJunit(RESULT, 'warning');
    const opened = [...xml.matchAll(/<(testsuites|testsuite|testcase|failure|system-out)[\s>]/g)].length;
    const closed = [...xml.matchAll(/<\/(testsuites|testsuite|testcase|failure|system-out)>|<testcase [^>]*\/>/g)].length;
    expect(closed).toBe(opened);
  });
});

describe('terminal report', () => {
  it('prints a table with one row per finding and a summary line', () => {
    const lines = renderTerminal(RESULT.findings);
    expect(lines[0]).toMatch(/^level\s+rule\s+operation\s+pointer\s+expected\s+actual$/);
    expect(lines.filter((l) => /^(breaking|warning|info) /.test(l))).toHaveLength(3);
    expect(lines.at(-1)).toBe('3 findings: 1 breaking, 1 warning, 1 info');
  });

  it('prints one line when there is no drift', () => {
    expect(renderTerminal([])).toEqual(['no drift (0 breaking, 0 warning, 0 info)']);
  });
});

describe('writeReports', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('writes the three files into a new folder and leaves no temporary file', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'drift-reports-'));
    dirs.push(root);
    const dir = path.join(root, 'nested', 'reports');
    const paths = await writeReports(dir, RESULT, 'breaking');
    expect((await readdir(dir)).sort()).toEqual(['drift.json', 'drift.junit.xml', 'drift.md']);
    expect(parse(await readFile(paths.json, 'utf8'))).toMatchObject({ target: 'sandbox', summary: { breaking: 1 } });
    expect(await readFile(paths.markdown, 'utf8')).toBe(renderMarkdown(RESULT));
    expect(await readFile(paths.junit, 'utf8')).toBe(renderJunit(RESULT, 'breaking'));
  });
});

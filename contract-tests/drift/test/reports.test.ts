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
import type { ScenarioResult } from '../outcome.js';
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

function scenario(name: string, findings: Finding[], overrides: Partial<ScenarioResult> = {}): ScenarioResult {
  const outcome = findings.length === 0 ? 'passed' : 'drift';
  return { api: 'payquicker', scenario: name, operations: [...new Set(findings.map((f) => f.operationId))], outcome, reason: `${outcome} reason`, findings, ...overrides };
}

function resultOf(scenarios: ScenarioResult[]): DriftResult {
  return {
    target: 'sandbox',
    startedAt: '2026-02-07T23:17:57.000Z',
    findings: scenarios.flatMap((s) => s.findings),
    scenarios,
    operations: [
      { api: 'payquicker', operationId: 'requestToken' },
      { api: 'payquicker', operationId: 'listPaymentJobs' },
      { api: 'payquicker', operationId: 'retrievePaymentJob' },
    ],
  };
}

const RESULT = resultOf([
  scenario('retrieve-payment-job', [
    finding('new-enum-value', 'retrievePaymentJob'),
    finding('example-changed', 'retrievePaymentJob', { pointer: '/filename', expected: '"a.csv"', actual: '"b.csv"' }),
  ]),
  scenario('list-payment-jobs', [finding('type-change', 'listPaymentJobs', { pointer: '/payload/0/count', expected: 'integer', actual: 'string "1|<a & b>"' })]),
]);

/** The same type-change in three scenarios and two operations (a shared schema), one scenario inconclusive. */
const REPEATED = resultOf([
  scenario('list-payment-jobs', [finding('type-change', 'listPaymentJobs', { pointer: '/count', expected: 'integer', actual: 'string "1"' })]),
  scenario('retrieve-payment-job', [finding('type-change', 'retrievePaymentJob', { pointer: '/count', expected: 'integer', actual: 'string "1"' })]),
  scenario('retrieve-payment-job-again', [finding('type-change', 'retrievePaymentJob', { pointer: '/count', expected: 'integer', actual: 'string "1"' })]),
  scenario('list-payment-jobs-page-2', [
    finding('undocumented-property', 'listPaymentJobs', { pointer: '/payload/0/riskLevel', expected: 'absent', actual: '"LOW"' }),
    finding('undocumented-property', 'listPaymentJobs', { pointer: '/payload/1/riskLevel', expected: 'absent', actual: '"LOW"' }),
  ]),
  scenario('request-token', [], { operations: ['requestToken'], outcome: 'inconclusive', kind: 'credentials-rejected', reason: 'credentials rejected: requestToken answered HTTP 401 invalid_client' }),
]);

describe('drift.json', () => {
  it('has target, startedAt, every finding with the documented fields, and counts per level', () => {
    const json = JSON.parse(renderJson(RESULT)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['target', 'startedAt', 'outcomes', 'scenarios', 'summary', 'findings', 'groups']);
    expect(json['outcomes']).toEqual({ passed: 0, drift: 2, inconclusive: 0 });
    expect(json['summary']).toEqual({ breaking: 1, warning: 1, info: 1 });
    const findings = json['findings'] as Record<string, unknown>[];
    expect(findings).toHaveLength(3);
    for (const f of findings) expect(Object.keys(f).sort()).toEqual(['actual', 'api', 'cassette', 'expected', 'level', 'operationId', 'pointer', 'rule']);
  });

  it('keeps every occurrence in findings and lists each (rule, api, operationId, pointer, expected, actual) once in groups', () => {
    const json = JSON.parse(renderJson(REPEATED)) as { findings: unknown[]; groups: Record<string, unknown>[]; scenarios: Record<string, unknown>[] };
    expect(json.findings).toHaveLength(5);
    expect(json.groups).toEqual([
      { rule: 'type-change', level: 'breaking', api: 'payquicker', operationId: 'listPaymentJobs', pointer: '/count', expected: 'integer', actual: 'string "1"', count: 1, scenarios: ['list-payment-jobs'] },
      { rule: 'type-change', level: 'breaking', api: 'payquicker', operationId: 'retrievePaymentJob', pointer: '/count', expected: 'integer', actual: 'string "1"', count: 2, scenarios: ['retrieve-payment-job', 'retrieve-payment-job-again'] },
      { rule: 'undocumented-property', level: 'warning', api: 'payquicker', operationId: 'listPaymentJobs', pointer: '/payload/0/riskLevel', expected: 'absent', actual: '"LOW"', count: 1, scenarios: ['list-payment-jobs-page-2'] },
      { rule: 'undocumented-property', level: 'warning', api: 'payquicker', operationId: 'listPaymentJobs', pointer: '/payload/1/riskLevel', expected: 'absent', actual: '"LOW"', count: 1, scenarios: ['list-payment-jobs-page-2'] },
    ]);
    expect(json.scenarios.at(-1)).toEqual({ api: 'payquicker', scenario: 'request-token', outcome: 'inconclusive', kind: 'credentials-rejected', reason: 'credentials rejected: requestToken answered HTTP 401 invalid_client' });
  });
});

describe('drift.md', () => {
  const md = renderMarkdown(RESULT);

  it('counts findings per level and lists them most severe first', () => {
    expect(md).toMatch(/\| breaking \| 1 \|\n\| warning \| 1 \|\n\| info \| 1 \|/);
    const rows = md.split('\n').filter((l) => /^\| (breaking|warning|info) \| [a-z-]+ \|/.test(l));
    expect(rows.map((r) => r.split(' | ')[1])).toEqual(['type-change', 'new-enum-value', 'example-changed']);
  });

  it('escapes pipes inside cells so each row keeps its eight columns', () => {
    const row = md.split('\n').find((l) => l.includes('type-change |')) ?? '';
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(8);
    expect(row).toContain('1\\|<a & b>');
  });

  it('explains exactly the rules that fired', () => {
    const explained = RULES.filter((r) => md.includes(`- **${r.id}**`)).map((r) => r.id);
    expect(explained.sort()).toEqual(['example-changed', 'new-enum-value', 'type-change']);
  });

  it('starts with the outcome counts and the reason of each scenario that did not pass, then the per-operation summary', () => {
    const text = renderMarkdown(REPEATED);
    expect(text.indexOf('| outcome | scenarios |')).toBeGreaterThan(0);
    expect(text.indexOf('| outcome | scenarios |')).toBeLessThan(text.indexOf('| level | findings |'));
    expect(text).toMatch(/\| passed \| 0 \|\n\| drift \| 4 \|\n\| inconclusive \| 1 \|/);
    expect(text).toContain('| payquicker/request-token | inconclusive | credentials rejected: requestToken answered HTTP 401 invalid_client |');
    expect(text.indexOf('## Operations')).toBeLessThan(text.indexOf('## Findings'));
    expect(text).toContain('| payquicker `retrievePaymentJob` | 2 | 0 | 0 |');
  });

  it('folds one finding repeated over scenarios and operations into one row with its count, operations and scenarios', () => {
    const rows = renderMarkdown(REPEATED).split('\n').filter((l) => /^\| breaking \| type-change \|/.test(l));
    expect(rows).toEqual([
      '| breaking | type-change | payquicker `listPaymentJobs`, `retrievePaymentJob` | `/count` | `integer` | `string "1"` | 3 | list-payment-jobs, retrieve-payment-job, retrieve-payment-job-again |',
    ]);
  });

  it('says there is no drift when there are no findings', () => {
    const clean = renderMarkdown(resultOf([scenario('list-payment-jobs', [])]));
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

  it('gives the outcome counts as suite properties, counts each distinct finding once, and skips operations only inconclusive scenarios exercised', () => {
    const xml = renderJunit(REPEATED, 'breaking');
    expect(xml).toMatch(/<property name="scenarios.passed" value="0"\/>\s*<property name="scenarios.drift" value="4"\/>\s*<property name="scenarios.inconclusive" value="1"\/>/);
    expect(xml).toMatch(/<testsuite [^>]*skipped="1"/);
    expect(xml).toMatch(/name="payquicker\.requestToken">\s*<skipped message="inconclusive: request-token: credentials rejected/);
    const retrieve = /name="payquicker\.retrievePaymentJob">\s*<failure message="2 findings at or above breaking" type="type-change">([^<]*)<\/failure>/.exec(xml);
    expect(retrieve?.[1]?.split('\n')).toEqual(['[breaking] type-change at /count: expected integer, actual string &quot;1&quot; (2× in retrieve-payment-job, retrieve-payment-job-again)']);
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
    const opened = [...xml.matchAll(/<(testsuites|testsuite|testcase|failure|system-out|properties)[\s>]/g)].length;
    const closed = [...xml.matchAll(/<\/(testsuites|testsuite|testcase|failure|system-out|properties)>|<testcase [^>]*\/>/g)].length;
    expect(closed).toBe(opened);
  });
});

describe('terminal report', () => {
  it('prints the outcome counts first, then the operations, then one row per distinct finding and a summary line', () => {
    const lines = renderTerminal(RESULT);
    expect(lines[0]).toBe('scenarios: 0 passed, 2 drift, 0 inconclusive');
    expect(lines.filter((l) => /^operation\s+breaking\s+warning\s+info$/.test(l))).toHaveLength(1);
    expect(lines.some((l) => /^payquicker\/retrievePaymentJob\s+0\s+1\s+1$/.test(l))).toBe(true);
    expect(lines.filter((l) => /^level\s+rule\s+operations\s+pointers\s+expected\s+actual\s+count\s+scenarios$/.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /^(breaking|warning|info) /.test(l))).toHaveLength(3);
    expect(lines.at(-1)).toBe('3 findings in 3 rows: 1 breaking, 1 warning, 1 info');
  });

  it('folds repeated findings into one row and names each scenario that did not pass with its reason', () => {
    const lines = renderTerminal(REPEATED);
    expect(lines.slice(0, 2)).toEqual([
      'scenarios: 0 passed, 4 drift, 1 inconclusive',
      '  inconclusive payquicker/request-token: credentials rejected: requestToken answered HTTP 401 invalid_client',
    ]);
    const rows = lines.filter((l) => /^breaking /.test(l));
    expect(rows).toHaveLength(1);
    expect(lines.filter((l) => /^warning /.test(l))).toEqual([expect.stringMatching(/^warning\s+undocumented-property\s+payquicker\/listPaymentJobs\s+\/payload\/\*\/riskLevel\s+absent\s+"LOW"\s+2\s+list-payment-jobs-page-2$/)]);
    expect(rows[0]).toMatch(/payquicker\/listPaymentJobs,retrievePaymentJob\s+\/count\s+integer\s+string "1"\s+3\s+list-payment-jobs,retrieve-payment-job,retrieve…$/);
    expect(lines.at(-1)).toBe('5 findings in 2 rows: 3 breaking, 2 warning, 0 info');
  });

  it('prints the outcome line and one line when there is no drift', () => {
    expect(renderTerminal(resultOf([scenario('list-payment-jobs', [])]))).toEqual(['scenarios: 1 passed, 0 drift, 0 inconclusive', 'no drift (0 breaking, 0 warning, 0 info)']);
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

/**
 * `api-contracts diff` run as a user runs it: the table on stdout, the three reports, `--fail-on`,
 * git sides, `--api`, and exit 2 naming the bad side or flag.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseDocument, type Doc } from '../diff/base-document.js';
import { runCli } from '../run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'diff-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function specFile(name: string, edit: (d: Doc) => void = () => undefined): string {
  const doc = baseDocument();
  edit(doc);
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}

const base = specFile('base.json');
const breaking = specFile('breaking.json', (d) => delete d['paths']['/health']);
const warning = specFile('warning.json', (d) => d['components']['schemas'].Job.properties.status.enum.push('cancelled'));

describe('api-contracts diff', () => {
  it('exits 0 on an identical document and suggests a patch', async () => {
    const result = await runCli(['diff', base, base]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('no changes');
    expect(result.stdout).toContain('suggested version bump for the generated clients: patch');
  });

  it('prints the table, exits 1 on a breaking change and writes the three reports', async () => {
    const reports = path.join(dir, 'reports');
    const result = await runCli(['diff', base, breaking, '--report-dir', reports]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/breaking\s+api-path-removed\s+health\s+#\/paths\/~1health/);
    expect(result.stdout).toContain('bump for the generated clients: major');
    const json = JSON.parse(readFileSync(path.join(reports, 'diff.json'), 'utf8')) as Record<string, unknown>;
    expect(json).toMatchObject({
      base,
      revision: breaking,
      changes: [{ rule: 'api-path-removed', level: 'breaking', operationId: 'health', method: 'get', path: '/health', pointer: '#/paths/~1health' }],
      summary: { breaking: 1, warning: 0, info: 0 },
    });
    expect(readFileSync(path.join(reports, 'diff.md'), 'utf8')).toMatch(/\| breaking \| api-path-removed \| `health` \|/);
    const junit = readFileSync(path.join(reports, 'diff.junit.xml'), 'utf8');
    expect(junit).toMatch(/<testcase classname="api-contracts.diff" name="health">\s*<failure/);
    expect(junit).toContain('failures="1"');
  });

  it('exits 0 on a warning by default and 1 with --fail-on warning', async () => {
    expect((await runCli(['diff', base, warning])).code).toBe(0);
    const strict = await runCli(['diff', base, warning, '--fail-on', 'warning']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/warning\s+response-body-enum-value-added/);
  });

  it('reads a side from git and compares a config API with HEAD', async () => {
    const fromGit = await runCli(['diff', 'git:HEAD:spec/payquicker.yaml', 'spec/payquicker.yaml']);
    expect(fromGit.stderr).toBe('');
    expect(fromGit.code).toBe(0);
    const api = await runCli(['diff', '--api', 'abconnect']);
    expect(api.code).toBe(0);
    expect(api.stdout).toContain('no changes');
  });

  it.each([
    { args: ['diff', base], message: /needs two sides/ },
    { args: ['diff', base, path.join(dir, 'missing.json')], message: /missing\.json/ },
    { args: ['diff', 'git:no-such-ref-xyz:spec/payquicker.yaml', base], message: /cannot read git:no-such-ref-xyz:spec\/payquicker\.yaml from git/ },
    { args: ['diff', 'git:HEAD', base], message: /expected git:<ref>:<path>/ },
    { args: ['diff', base, base, '--fail-on', 'info'], message: /--fail-on must be breaking or warning/ },
    { args: ['diff', '--api', 'nope'], message: /no API named 'nope'/ },
    { args: ['diff', '--api', 'abconnect', '--base', 'HEAD', '--vendor', base], message: /--vendor and --base go separately/ },
    { args: ['diff', base, base, '--api', 'abconnect'], message: /not both/ },
  ])('exits 2 on bad input: $args', async ({ args, message }) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('exits 2, not 70, when --report-dir cannot be written', async () => {
    const result = await runCli(['diff', base, base, '--report-dir', path.join(base, 'reports')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--report-dir: cannot write the reports into .*base\.json/);
  });

  it('names the file and the JSON pointer of an invalid side', async () => {
    const bad = specFile('bad.json', (d) => (d['openapi'] = '2.5.0'));
    const result = await runCli(['diff', base, bad]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${bad} #/openapi error`);
  });
});

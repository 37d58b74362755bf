/**
 * `api-contracts drift` through runDriftCommand: exit codes (0 clean, 1 at or above --fail-on,
 * 2 bad input, 3 unreachable target), the terminal table and progress, the report files, and that
 * no credential reaches the output or the reports.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDriftCommand, type DriftCliOptions } from '../../cli/drift-command.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function run(options: DriftCliOptions, env: Record<string, string> = {}) {
  const reportDir = await mkdtemp(path.join(tmpdir(), 'drift-command-'));
  dirs.push(reportDir);
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDriftCommand({ reportDir, ...options }, { out: (l) => out.push(l), err: (l) => err.push(l), env });
  return { code, out, err, reportDir };
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address !== null ? address.port : 9;
}

describe('runDriftCommand', () => {
  it('exits 1 on breaking drift, prints the table and the report paths, and writes the reports', async () => {
    const { code, out, err, reportDir } = await run({ target: 'sandbox', api: 'payquicker', scenario: ['retrieve-payment-job'], sandboxDrift: ['type-change'] });
    expect(code).toBe(1);
    expect(out.some((l) => /^breaking\s+type-change\s+payquicker\/retrievePaymentJob\s+\/count/.test(l))).toBe(true);
    expect(out.at(-1)).toBe(`reports: ${path.join(reportDir, 'drift.md')}, ${path.join(reportDir, 'drift.json')}, ${path.join(reportDir, 'drift.junit.xml')}`);
    expect(err).toContain('[1/1] payquicker/retrieve-payment-job … 1 finding');
    const json = JSON.parse(await readFile(path.join(reportDir, 'drift.json'), 'utf8')) as { summary: Record<string, number> };
    expect(json.summary).toEqual({ breaking: 1, warning: 0, info: 0 });
    for (const file of ['drift.md', 'drift.json', 'drift.junit.xml']) {
      const text = await readFile(path.join(reportDir, file), 'utf8');
      expect(text).not.toMatch(/sandbox-secret|sandbox-password|Bearer /);
    }
  });

  it('exits 0 on warnings by default and 1 under --fail-on warning', async () => {
    const options = { target: 'sandbox', api: 'payquicker', scenario: ['retrieve-payment-job'], sandboxDrift: ['add-undocumented-field'] };
    expect((await run(options)).code).toBe(0);
    expect((await run({ ...options, failOn: 'warning' })).code).toBe(1);
  });

  it('exits 3 with a one-line message when the target cannot be reached, without printing credentials', async () => {
    const port = await closedPort();
    const env = { PAYQUICKER_CLIENT_ID: 'client-x', PAYQUICKER_CLIENT_SECRET: 'very-secret-value' };
    const { code, out, err } = await run({ target: `http://127.0.0.1:${port}/api/v2`, api: 'payquicker', scenario: ['list-payment-jobs'] }, env);
    expect(code).toBe(3);
    expect(err.at(-1)).toMatch(new RegExp(`^error: cannot reach the payquicker target .*127\\.0\\.0\\.1:${port}`));
    expect(err.join('\n')).not.toMatch(/very-secret-value|\n\s+at /);
    expect(out).toEqual([]);
  });

  it.each([
    ['payquicker', { PAYQUICKER_CLIENT_ID: 'client-x', PAYQUICKER_CLIENT_SECRET: 'very-secret-value' }],
    ['abconnect', { ABCONNECT_ACCESS_TOKEN: 'very-secret-value' }],
  ] as const)('exits 3 for %s at http://127.0.0.1:1/api/v2 (nothing listens there), writing no report', async (api, env) => {
    const { code, out, err, reportDir } = await run({ target: 'http://127.0.0.1:1/api/v2', api }, env);
    expect(code).toBe(3);
    expect(err.at(-1)).toMatch(new RegExp(`^error: cannot reach the ${api} target http://127\\.0\\.0\\.1:1/api/v2`));
    expect(err.join('\n')).not.toMatch(/very-secret-value/);
    expect(out).toEqual([]);
    await expect(readFile(path.join(reportDir, 'drift.json'), 'utf8')).rejects.toThrow();
  });

  it.each([
    [{ target: 'sandbox', failOn: 'info' }, /--fail-on must be breaking or warning/],
    [{ target: 'sandbox', timeoutMs: '0' }, /--timeout-ms must be a positive whole number/],
    [{ target: 'sandbox', api: 'stripe' }, /--api must be payquicker or abconnect/],
    [{ target: 'http://127.0.0.1:1', api: 'payquicker', sandboxDrift: ['slow'] }, /--sandbox-drift needs --target sandbox/],
    [{ target: 'sandbox', scenario: ['no-such-scenario'] }, /unknown scenario 'no-such-scenario'/],
    [{ target: 'sandbox', api: 'payquicker', scenario: ['list-payment-jobs'], sandboxDrift: ['no-such-drift'] }, /unknown drift 'no-such-drift'/],
  ] satisfies [DriftCliOptions, RegExp][])('exits 2 for bad input %#', async (options, message) => {
    const { code, err } = await run(options);
    expect(code).toBe(2);
    expect(err.at(-1)).toMatch(message);
  });
});

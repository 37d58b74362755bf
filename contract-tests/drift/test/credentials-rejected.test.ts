/**
 * Refused credentials never pass: against a running sandbox with a wrong PayQuicker secret, a
 * garbage ABConnect access token or a wrong ABConnect password, every scenario is inconclusive,
 * the reports say why, and the command exits 4 naming the environment variables to check, without
 * printing a secret.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDriftCommand, type DriftCliOptions } from '../../cli/drift-command.js';
import { SANDBOX_FIXTURES } from '../../core/fixtures.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';

let sandbox: Sandbox;
const dirs: string[] = [];
beforeAll(async () => {
  sandbox = await startSandbox({ seed: 1 });
});
afterAll(async () => {
  await sandbox.close();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** Runs drift against the running sandbox as the named target `running` (with the fixtures its scenarios need). */
async function run(options: DriftCliOptions, env: Record<string, string>) {
  const reportDir = await mkdtemp(path.join(tmpdir(), 'drift-credentials-'));
  dirs.push(reportDir);
  const config = path.join(reportDir, 'api-contracts.config.json');
  const running = {
    payquicker: { baseUrl: sandbox.payquickerUrl, fixtures: SANDBOX_FIXTURES.payquicker },
    abconnect: { baseUrl: sandbox.abconnectUrl, fixtures: SANDBOX_FIXTURES.abconnect },
  };
  const apis = ['payquicker', 'abconnect'].map((name) => ({ name, spec: `spec/${name}.yaml` }));
  await writeFile(config, JSON.stringify({ apis, targets: { running } }));
  options = { target: 'running', config, ...options };
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDriftCommand({ reportDir, ...options }, { out: (l) => out.push(l), err: (l) => err.push(l), env });
  const reports = await Promise.all(['drift.md', 'drift.json', 'drift.junit.xml'].map((f) => readFile(path.join(reportDir, f), 'utf8')));
  return { code, out, err, reports };
}

const ABCONNECT_LOGIN = { ABCONNECT_USERNAME: 'sandbox-user', ABCONNECT_CLIENT_ID: 'sandbox-client', ABCONNECT_CLIENT_SECRET: 'sandbox-secret' };

describe('drift with refused credentials', () => {
  it.each([
    ['payquicker', { PAYQUICKER_CLIENT_ID: 'sandbox-client', PAYQUICKER_CLIENT_SECRET: 'expired-secret-xyz' }, 'check PAYQUICKER_CLIENT_ID and PAYQUICKER_CLIENT_SECRET', ['list-payment-jobs', 'request-token-unsupported-grant']],
    ['abconnect', { ABCONNECT_ACCESS_TOKEN: 'garbage-token-xyz' }, 'check ABCONNECT_ACCESS_TOKEN', ['get-payment-create', 'get-payment-unknown-job']],
    ['abconnect', { ...ABCONNECT_LOGIN, ABCONNECT_PASSWORD: 'wrong-password-xyz' }, 'check ABCONNECT_USERNAME, ABCONNECT_PASSWORD', ['get-payment-create', 'get-payment-unknown-job']],
  ] as const)('%s %#: every scenario inconclusive, exit 4, names the variables, prints no secret', async (api, env, hint, scenarios) => {
    const { code, out, err, reports } = await run({ api, scenario: [...scenarios] }, env);
    expect(code).toBe(4);
    expect(out[0]).toBe(`scenarios: 0 passed, 0 drift, ${scenarios.length} inconclusive`);
    expect(err.at(-1)).toContain(hint);
    const json = JSON.parse(reports[1] ?? '{}') as { outcomes: Record<string, number>; scenarios: { outcome: string; kind: string; reason: string }[]; findings: unknown[] };
    expect(json.outcomes).toEqual({ passed: 0, drift: 0, inconclusive: scenarios.length });
    for (const s of json.scenarios) {
      expect(s.kind).toBe('credentials-rejected');
      expect(s.reason).toMatch(/^credentials rejected: .* answered HTTP (400|401)/);
    }
    expect(json.findings).toEqual([]);
    expect(reports[0]).toMatch(/\| inconclusive \| [1-9] \|/);
    expect(reports[2]).toMatch(/<skipped message="inconclusive: /);
    for (const text of [...out, ...err, ...reports]) expect(text).not.toMatch(/xyz/);
  });

  it('passes with the right credentials (the same target and scenarios)', async () => {
    const env = { PAYQUICKER_CLIENT_ID: 'sandbox-client', PAYQUICKER_CLIENT_SECRET: 'sandbox-secret' };
    const { code, out } = await run({ api: 'payquicker', scenario: ['list-payment-jobs'] }, env);
    expect(out[0]).toBe('scenarios: 1 passed, 0 drift, 0 inconclusive');
    expect(code).toBe(0);
  });
});

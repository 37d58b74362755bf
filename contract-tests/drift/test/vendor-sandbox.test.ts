/**
 * The drift check pointed at a server that is not the embedded sandbox, as at a vendor's sandbox:
 * a named target of the config with its own fixtures (inline and from a fixtures file). A running
 * sandbox plays the vendor here. A scenario whose fixture is missing is inconclusive naming it;
 * with every fixture given, a created job gets a fresh clientPaymentId and is cancelled afterwards.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDriftCommand } from '../../cli/drift-command.js';
import { PayQuickerClient } from '../../../generated/payquicker/index.gen.js';
import { SANDBOX_FIXTURES } from '../../core/fixtures.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { runDrift } from '../run-drift.js';

const ENV = { PAYQUICKER_CLIENT_ID: 'sandbox-client', PAYQUICKER_CLIENT_SECRET: 'sandbox-secret' };
const SCENARIOS = ['retrieve-payment-job', 'create-payment-job', 'cancel-payment-job-completed'];
let sandbox: Sandbox;
let dir: string;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 1 });
  dir = await mkdtemp(path.join(tmpdir(), 'vendor-sandbox-'));
});
afterAll(async () => {
  await sandbox.close();
  await rm(dir, { recursive: true, force: true });
});

async function config(name: string, target: Record<string, unknown>, fixturesFile?: Record<string, unknown>): Promise<string> {
  const file = path.join(dir, `${name}.config.json`);
  if (fixturesFile !== undefined) await writeFile(path.join(dir, `${name}.fixtures.json`), JSON.stringify(fixturesFile));
  const entry = { ...target, ...(fixturesFile === undefined ? {} : { fixturesFile: `${name}.fixtures.json` }) };
  await writeFile(file, JSON.stringify({ apis: [{ name: 'payquicker', spec: 'spec/payquicker.yaml' }], targets: { vendor: entry } }));
  return file;
}

async function jobStatuses(): Promise<string[]> {
  const client = new PayQuickerClient({ baseUrl: sandbox.payquickerUrl, credentials: { ...{ clientId: ENV.PAYQUICKER_CLIENT_ID, clientSecret: ENV.PAYQUICKER_CLIENT_SECRET }, scopes: ['readonly', 'modify'] }, validation: 'off' });
  const page = await client.jobs.listPaymentJobs({ page: 1, pageSize: 50 });
  return (page.payload ?? []).map((job) => String(job.status));
}

describe('drift against a vendor-like target with its own fixtures', () => {
  it('a scenario whose fixture the target lacks is inconclusive naming it; the others run', async () => {
    const { sourceToken: _missing, ...fixtures } = SANDBOX_FIXTURES.payquicker;
    const configFile = await config('partial', { payquicker: { baseUrl: sandbox.payquickerUrl, fixtures } });
    const result = await runDrift({ target: 'vendor', allowMutations: false, timeoutMs: 5_000, env: ENV, scenarios: SCENARIOS, configFile });
    expect(result.scenarios.map((s) => [s.scenario, s.outcome, s.kind])).toEqual([
      ['create-payment-job', 'inconclusive', 'fixture-missing'],
      ['retrieve-payment-job', 'passed', undefined],
      ['cancel-payment-job-completed', 'passed', undefined],
    ]);
    expect(result.scenarios[0]?.reason).toMatch(/^fixture payquicker\.sourceToken \(a funding account token .*\) is not set for target vendor; set it under targets\.vendor\.payquicker\.fixtures/);
    expect(result.findings).toEqual([]);
  });

  it('exits 1, not 0, when no scenario could be exercised (every one inconclusive for a missing fixture)', async () => {
    const configFile = await config('none', { payquicker: { baseUrl: sandbox.payquickerUrl } });
    const err: string[] = [];
    const io = { out: () => undefined, err: (line: string) => err.push(line), env: ENV };
    const options = { target: 'vendor', scenario: ['create-payment-job'], config: configFile, reportDir: path.join(dir, 'reports') };
    expect(await runDriftCommand(options, io)).toBe(1);
    expect(err.at(-1)).toMatch(/^error: none of the 1 scenarios could be exercised on this target .*fixture payquicker\.sourceToken/);
  });

  it('with the fixtures from a fixtures file, creates a job with a fresh clientPaymentId and cancels it afterwards', async () => {
    const configFile = await config('full', { payquicker: { baseUrl: sandbox.payquickerUrl } }, { payquicker: SANDBOX_FIXTURES.payquicker });
    const before = await jobStatuses();
    const result = await runDrift({ target: 'vendor', allowMutations: false, timeoutMs: 5_000, env: ENV, scenarios: ['create-payment-job'], configFile });
    expect(result.scenarios.map((s) => s.outcome)).toEqual(['passed']);
    const after = await jobStatuses();
    expect(after).toHaveLength(before.length + 1);
    expect(after.filter((s) => s === 'CANCELLED').length).toBe(before.filter((s) => s === 'CANCELLED').length + 1);
  });

  it('refuses an unknown fixture name with the file and JSON pointer, before sending anything', async () => {
    const configFile = await config('typo', { payquicker: { baseUrl: sandbox.payquickerUrl, fixtures: { sourceTokn: 'acct-1' } } });
    await expect(runDrift({ target: 'vendor', allowMutations: false, timeoutMs: 5_000, env: ENV, configFile })).rejects.toMatchObject({
      diagnostics: [{ pointer: '#/targets/vendor/payquicker/fixtures/sourceTokn', message: expect.stringMatching(/unknown payquicker fixture; known: sourceToken/) }],
    });
  });
});

/**
 * `api-contracts explore` through runExploreCommand: exit codes as `drift`'s (0 clean, 1 at or above
 * --fail-on, 2 bad input or a refused target, 3 unreachable), the curl line and cassette of each
 * failure, and that the saved cassette is taken by the replay suite and by `drift --cassettes`.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCassette } from '../../har/cassette.js';
import { runDrift } from '../../drift/run-drift.js';
import { replayCassette } from '../../replay/replay-cassette.js';
import { exploreCassettes, exploreScenario } from '../explore-cassette.js';
import { runExploreCommand, type ExploreCliOptions } from '../explore-command.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function run(options: ExploreCliOptions, env: Record<string, string> = {}) {
  const reportDir = path.join(await mkdtemp(path.join(tmpdir(), 'explore-command-')), 'reports');
  dirs.push(path.dirname(reportDir));
  const out: string[] = [];
  const err: string[] = [];
  const code = await runExploreCommand({ reportDir, ...options }, { out: (l) => out.push(l), err: (l) => err.push(l), env });
  return { code, out, err, reportDir };
}

const PAYQUICKER_ENV = { PAYQUICKER_CLIENT_ID: 'id-from-env', PAYQUICKER_CLIENT_SECRET: 'secret-from-env-123' };

describe('runExploreCommand', () => {
  it('exits 1 on a breaking finding, prints a curl without secrets, and saves a cassette that replay and drift take', async () => {
    const { code, out, reportDir } = await run({ target: 'sandbox', api: 'payquicker', operation: ['retrievePaymentJob'], negative: true, sandboxDrift: ['type-change'] });
    expect(code).toBe(1);
    const curl = out.find((l) => l.trimStart().startsWith('curl '));
    expect(curl).toMatch(/^ {2}curl -X GET 'http:\/\/127\.0\.0\.1:\d+\/payquicker\/api\/v2\/payments\/jobs\/jobs-[0-9a-f-]+' .*-H 'authorization: Bearer \*\*\*scrubbed\*\*\*'/);
    const cassetteFile = path.join(reportDir, 'cassettes', 'payquicker', 'explore-retrievePaymentJob-1.har');
    expect(out).toContain(`  cassette: ${cassetteFile}`);
    for (const file of ['explore.md', 'explore.json', 'explore.junit.xml', 'cassettes/payquicker/explore-retrievePaymentJob-1.har']) {
      const text = await readFile(path.join(reportDir, file), 'utf8');
      expect(text).not.toMatch(/sandbox-secret|sbx_[A-Za-z0-9_-]{20,}/);
    }
    const json = JSON.parse(await readFile(path.join(reportDir, 'explore.json'), 'utf8')) as { findings: { rule: string; pointer: string }[] };
    expect(json.findings).toEqual([expect.objectContaining({ rule: 'type-change', pointer: '/count' })]);

    // The replay suite takes it: the request is sent again identically; only the drifted response fails the spec.
    const cassette = await readCassette(cassetteFile);
    expect(cassette.exchanges.map((e) => e.operationId)).toEqual(['requestToken', 'retrievePaymentJob']);
    const replay = await replayCassette(cassetteFile, { scenarios: [await exploreScenario(cassette)] });
    expect(replay.failures.length).toBeGreaterThan(0);
    for (const failure of replay.failures) expect(failure).toMatch(/entry 1 \(retrievePaymentJob\): response body .*\/count/);

    // drift takes it: against the drifted sandbox the failure reproduces, against the clean one it is gone.
    const found = await exploreCassettes(path.join(reportDir, 'cassettes'));
    const catalogue = { catalogue: found.map((f) => f.scenario), cassettesDir: path.join(reportDir, 'cassettes') };
    const drifted = await runDrift({ target: 'sandbox', allowMutations: false, timeoutMs: 5_000, env: {}, ...catalogue, sandboxDrift: ['type-change'] });
    expect(drifted.scenarios.map((s) => `${s.scenario} ${s.outcome}`)).toEqual(['explore-retrievePaymentJob-1 drift']);
    expect(drifted.findings.map((f) => f.rule)).toEqual(['type-change']);
    const clean = await runDrift({ target: 'sandbox', allowMutations: false, timeoutMs: 5_000, env: {}, ...catalogue });
    expect(clean.scenarios.map((s) => `${s.scenario} ${s.outcome}`)).toEqual(['explore-retrievePaymentJob-1 passed']);
  });

  it('exits 0 with --negative on the clean sandbox and writes the reports', async () => {
    const { code, out, reportDir } = await run({ target: 'sandbox', api: 'payquicker', operation: ['listPaymentJobs', 'createPaymentJob'], negative: true, maxRequests: '60' });
    expect(code).toBe(0);
    expect(out.at(-1)).toMatch(/^60 requests \(seed 1\), \d+ created resources? cancelled; reports: /);
    expect(existsSync(path.join(reportDir, 'explore.junit.xml'))).toBe(true);
    expect(existsSync(path.join(reportDir, 'cassettes'))).toBe(false);
  });

  it.each<[string, ExploreCliOptions, RegExp]>([
    ['a bad budget', { target: 'sandbox', maxRequests: '0' }, /--max-requests must be a positive whole number/],
    ['a bad seed', { target: 'sandbox', seed: 'abc' }, /--seed must be a whole number/],
    ['an unknown operation', { target: 'sandbox', operation: ['nope'] }, /--operation nope: no such operation/],
    ['a drift off the sandbox', { target: 'http://127.0.0.1:9', api: 'payquicker', sandboxDrift: ['slow'] }, /--sandbox-drift needs --target sandbox/],
    ['an unknown drift', { target: 'sandbox', sandboxDrift: ['nope'] }, /unknown drift 'nope'/],
    ['a production server of the spec', { target: 'https://api.payquicker.io/api/v2', api: 'payquicker' }, /production/],
    ['only mutating operations off loopback', { target: 'http://192.0.2.1:9/api/v2', api: 'payquicker', operation: ['createPaymentJob', 'cancelPaymentJob'] }, /nothing to explore: .*--allow-mutations/],
  ])('exits 2 for %s, writes nothing and sends nothing', async (_name, options, message) => {
    const { code, err, reportDir } = await run(options, PAYQUICKER_ENV);
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(message);
    expect(existsSync(reportDir)).toBe(false);
  });

  it('exits 3 when the target answers nothing', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    await new Promise((resolve) => server.close(resolve));
    const port = typeof address === 'object' && address !== null ? address.port : 9;
    const { code, err, reportDir } = await run({ target: `http://127.0.0.1:${port}/api/v2`, api: 'payquicker', operation: ['listPaymentJobs'] }, PAYQUICKER_ENV);
    expect(code).toBe(3);
    expect(err.at(-1)).toMatch(/^error: cannot reach the payquicker target/);
    expect(existsSync(reportDir)).toBe(false);
  });
});

describe('explore --help', () => {
  it('is registered beside drift and documents every flag', async () => {
    const { buildProgram } = await import('../../../generator/src/cli/program.js');
    const { COMMANDS } = await import('../../../package/cli.js');
    const command = buildProgram({ setExitCode: () => undefined }, COMMANDS, '0.0.0').commands.find((c) => c.name() === 'explore');
    const help = command?.helpInformation() ?? '';
    for (const flag of ['--target', '--api', '--operation', '--max-requests', '--seed', '--negative', '--allow-mutations', '--rate', '--report-dir', '--fail-on', '--timeout-ms', '--sandbox-drift']) {
      expect(help).toContain(flag);
    }
  });
});

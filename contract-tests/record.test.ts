/**
 * `record`: deterministic cassettes from fresh seeded sandboxes, atomic writes that leave the old
 * cassette alone when a scenario fails, exit codes for unreachable and refused targets, and no
 * secret ever written to disk.
 */
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runRecordCommand } from './cli/record-command.js';
import type { Scenario } from './core/types.js';
import { CASSETTES_DIR, cassetteFiles, cassettePath } from './har/cassette.js';
import { findSecrets } from './har/secret-scan.js';
import { recordCassettes } from './record/record.js';
import { SCENARIOS } from './scenarios/index.js';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'record-test-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

function captureIo(env: Record<string, string | undefined> = {}): { out: string[]; err: string[]; io: { out(l: string): void; err(l: string): void; env: Record<string, string | undefined> } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (line) => out.push(line), err: (line) => err.push(line), env } };
}

async function filesUnder(dir: string): Promise<Map<string, string>> {
  const names = cassetteFiles(dir);
  return new Map(await Promise.all(names.map(async (name): Promise<[string, string]> => [name, await readFile(path.join(dir, name), 'utf8')])));
}

describe('record against the embedded sandbox', () => {
  it('writes one cassette per scenario, byte-identical when recorded twice', async () => {
    const [first, second] = [await tempDir(), await tempDir()];
    const a = captureIo();
    expect(await runRecordCommand({ target: 'sandbox', outDir: first }, a.io)).toBe(0);
    expect(await runRecordCommand({ target: 'sandbox', outDir: second }, captureIo().io)).toBe(0);
    const [one, two] = [await filesUnder(first), await filesUnder(second)];
    expect([...one.keys()]).toEqual(SCENARIOS.map((s) => `${s.api}/${s.name}.har`).sort());
    expect(two).toEqual(one);
    // The committed cassettes are this very recording (seed 1); re-record them when this fails.
    expect(await filesUnder(CASSETTES_DIR)).toEqual(one);
    expect(a.out).toContain('recording payquicker/cancel-payment-job … 3 exchanges');
    expect(a.out).toContain('recording abconnect/pay-by-source … 2 exchanges');
  });

  it('reports a failing scenario, exits 1 and leaves its old cassette untouched', async () => {
    const dir = await tempDir();
    const failing: Scenario<'payquicker'> = {
      api: 'payquicker',
      name: 'always-fails',
      description: 'lists, then fails its own check',
      kind: 'happy',
      operations: ['listPaymentJobs'],
      mutates: false,
      async run(client) {
        await client.jobs.listPaymentJobs({ page: 1, pageSize: 5 });
        throw new Error('the check of this scenario failed');
      },
    };
    const file = cassettePath('payquicker', 'always-fails', dir);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, 'the old cassette\n');
    const { err, io } = captureIo();
    const outcome = await recordCassettes({ target: 'sandbox', scenarios: [], allowMutations: false, env: {}, outDir: dir, catalogue: [failing] }, io);
    expect(outcome).toBe(1);
    expect(err).toEqual(['recording payquicker/always-fails … failed: the check of this scenario failed (cassette not written)']);
    expect(await readFile(file, 'utf8')).toBe('the old cassette\n');
    expect((await readdir(path.dirname(file))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to write a cassette whose request breaks the spec, exits 2 naming the JSON pointer, and records a breaksSpec scenario', async () => {
    const dir = await tempDir();
    const nonconformant: Scenario<'payquicker'> = {
      api: 'payquicker',
      name: 'page-too-large-unflagged',
      description: 'lists with pageSize 51 without saying it breaks the spec',
      kind: 'error',
      operations: ['listPaymentJobs'],
      mutates: false,
      async run(client) {
        await client.jobs.listPaymentJobs({ page: 1, pageSize: 51 }).catch(() => undefined);
      },
    };
    const flagged: Scenario<'payquicker'> = { ...nonconformant, name: 'page-too-large-flagged', breaksSpec: true };
    const file = cassettePath('payquicker', nonconformant.name, dir);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, 'the old cassette\n');
    const { out, err, io } = captureIo();
    const outcome = await recordCassettes({ target: 'sandbox', scenarios: [], allowMutations: false, env: {}, outDir: dir, catalogue: [nonconformant, flagged] }, io);
    expect(outcome).toBe(2);
    expect(err).toEqual([
      'recording payquicker/page-too-large-unflagged … failed: request 1 (listPaymentJobs) breaks the spec at /query/pageSize: must be <= 50 (cassette not written; mark the scenario breaksSpec if it means to)',
    ]);
    expect(await readFile(file, 'utf8')).toBe('the old cassette\n');
    expect(out).toEqual(['recording payquicker/page-too-large-flagged … 2 exchanges']);
  });

  it('never writes the credentials or tokens of a sandbox started with real-looking secrets', async () => {
    const dir = await tempDir();
    const secrets = {
      payquicker: { clientId: 'pq-client-7f3a', clientSecret: 'pqS3cr3t-9d8c7b6a5f4e3d2c1b0a' },
      abconnect: { username: 'ops@example.com', password: 'Hunter2-Correct-Horse-Battery', clientId: 'abc-portal', clientSecret: 'abcS3cr3t-1a2b3c4d5e6f7a8b9c0d' },
    };
    const outcome = await recordCassettes({ target: 'sandbox', scenarios: [], allowMutations: false, env: {}, outDir: dir, sandboxCredentials: secrets }, captureIo().io);
    expect(outcome).toBe(0);
    const files = await filesUnder(dir);
    expect(files.size).toBe(SCENARIOS.length);
    const basic = Buffer.from(`${secrets.payquicker.clientId}:${secrets.payquicker.clientSecret}`).toString('base64');
    for (const [name, text] of files) {
      for (const secret of [secrets.payquicker.clientSecret, secrets.abconnect.password, secrets.abconnect.clientSecret, basic]) {
        expect(text.includes(secret), `${name} contains ${secret}`).toBe(false);
        expect(text.includes(encodeURIComponent(secret)), `${name} contains ${secret} (encoded)`).toBe(false);
      }
      expect(findSecrets(text), name).toEqual([]);
    }
  });
});

describe('record against other targets', () => {
  async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    return port;
  }

  it('exits 3 with a one-line message when the target cannot be reached', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/api/v2`;
    const { err, io } = captureIo({ PAYQUICKER_CLIENT_ID: 'id', PAYQUICKER_CLIENT_SECRET: 'secret' });
    expect(await runRecordCommand({ target: url, api: 'payquicker', scenario: ['list-payment-jobs'], outDir: await tempDir() }, io)).toBe(3);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^error: cannot reach payquicker target http:\/\/127\.0\.0\.1:\d+\/api\/v2 \(http:\/\/127\.0\.0\.1:\d+\): .*ECONNREFUSED/);
    expect(err[0]).not.toMatch(/\n\s+at /);
  });

  it('refuses a production server of the spec with exit 2 before sending anything', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { err, io } = captureIo({ PAYQUICKER_CLIENT_ID: 'id', PAYQUICKER_CLIENT_SECRET: 'secret' });
    expect(await runRecordCommand({ target: 'https://api.payquicker.io/api/v2', api: 'payquicker' }, io)).toBe(2);
    expect(err[0]).toContain('refusing payquicker production server https://api.payquicker.io');
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });

  it('refuses a named mutating scenario on a non-loopback host without --allow-mutations (exit 2)', async () => {
    const { err, io } = captureIo({ PAYQUICKER_CLIENT_ID: 'id', PAYQUICKER_CLIENT_SECRET: 'secret' });
    const code = await runRecordCommand({ target: 'https://payquicker.staging.invalid/api/v2', api: 'payquicker', scenario: ['create-payment-job'] }, io);
    expect(code).toBe(2);
    expect(err[0]).toContain('pass --allow-mutations');
  });

  it('asks for --api with a URL target and for missing credentials (exit 2)', async () => {
    const noApi = captureIo();
    expect(await runRecordCommand({ target: 'http://127.0.0.1:1/api' }, noApi.io)).toBe(2);
    expect(noApi.err[0]).toContain('--api payquicker|abconnect');
    const noCredentials = captureIo();
    expect(await runRecordCommand({ target: 'http://127.0.0.1:1/api', api: 'abconnect' }, noCredentials.io)).toBe(2);
    expect(noCredentials.err[0]).toContain('ABCONNECT_USERNAME');
  });
});

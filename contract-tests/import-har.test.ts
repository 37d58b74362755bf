/**
 * `import-har`: a raw capture (real base URL, real credentials and tokens, an unrelated asset
 * request) becomes one scrubbed, rebased cassette per operation, whose responses replay cleanly.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImportHarCommand } from './cli/import-har-command.js';
import { runScenario } from './core/run-scenario.js';
import { resolveTargets } from './core/targets.js';
import type { Exchange } from './core/types.js';
import { readCassette } from './har/cassette.js';
import { toHarEntry } from './har/har-convert.js';
import { findSecrets } from './har/secret-scan.js';
import { replayCassette } from './replay/replay-cassette.js';
import { cancelPaymentJob } from './scenarios/payquicker/cancel-payment-job.js';

const SECRET = 'pq-Import-Secret-0123456789abcdef';
let dir: string;
let capture: string;
let sandboxBase: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'import-har-'));
  const resolved = await resolveTargets({
    target: 'sandbox',
    api: 'payquicker',
    allowMutations: true,
    env: {},
    sandboxCredentials: { payquicker: { clientId: 'importer', clientSecret: SECRET } },
  });
  const target = resolved.targets[0];
  if (target === undefined) throw new Error('no sandbox target');
  sandboxBase = target.baseUrl;
  const run = await runScenario(cancelPaymentJob, target);
  await resolved.close();
  if (run.error !== undefined) throw run.error;
  const asset: Exchange = {
    operationId: undefined,
    request: { method: 'GET', url: 'https://cdn.example.com/app.js', path: '/app.js', headers: {} },
    response: { status: 200, headers: { 'content-type': 'text/javascript' }, body: 'console.log(1)' },
  };
  capture = path.join(dir, 'Browser Session.har');
  const entries = [asset, ...run.exchanges].map((exchange, i) => toHarEntry(exchange, i));
  await writeFile(capture, JSON.stringify({ log: { version: '1.2', creator: { name: 'test', version: '1' }, entries } }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('import-har', () => {
  it('splits the capture by operation, rebased and scrubbed, and reports skipped entries', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const outDir = path.join(dir, 'inferred');
    expect(await runImportHarCommand(capture, { outDir }, { out: (l) => out.push(l), err: (l) => err.push(l) })).toBe(0);
    expect(out.map((line) => line.replace(/^imported .*[/\\]/, ''))).toEqual([
      'browser-session-request-token.har … 1 exchange',
      'browser-session-create-payment-job.har … 1 exchange',
      'browser-session-cancel-payment-job.har … 1 exchange',
    ]);
    expect(err).toEqual(['skipped 1 entry that call no operation of the API']);
    for (const name of ['request-token', 'create-payment-job', 'cancel-payment-job']) {
      const file = path.join(outDir, 'payquicker', `browser-session-${name}.har`);
      const text = await readFile(file, 'utf8');
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(new URL(sandboxBase).host);
      expect(findSecrets(text)).toEqual([]);
      const cassette = await readCassette(file);
      expect(cassette.source).toBe('imported');
      expect(cassette.exchanges.every((e) => e.request.url.startsWith('https://payquicker.cassette.invalid/api/v2/'))).toBe(true);
      expect((await replayCassette(file)).failures).toEqual([]);
    }
  });

  it('keeps only entries under --base-url and exits 2 when none calls the API', async () => {
    const outDir = path.join(dir, 'explicit');
    const quiet = { out: () => undefined, err: () => undefined };
    expect(await runImportHarCommand(capture, { api: 'payquicker', baseUrl: sandboxBase, outDir }, quiet)).toBe(0);
    expect((await readCassette(path.join(outDir, 'payquicker', 'browser-session-cancel-payment-job.har'))).exchanges).toHaveLength(1);
    const err: string[] = [];
    expect(await runImportHarCommand(capture, { api: 'abconnect', baseUrl: sandboxBase, outDir }, { out: () => undefined, err: (l) => err.push(l) })).toBe(2);
    expect(err[0]).toContain('no entry calls an operation of abconnect');
  });
});

/**
 * The replay must catch tampering: copies of committed cassettes, changed in one way each, replayed
 * programmatically; the failure must name the file, the entry index, the operationId and the place.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cassettePath } from './har/cassette.js';
import type { HarFile } from './har/har-types.js';
import { replayCassette } from './replay/replay-cassette.js';
import { SCENARIOS } from './scenarios/index.js';
import { closeReplaySession, openReplaySession } from './replay/replay-session.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'replay-tampered-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
beforeAll(openReplaySession);
afterAll(closeReplaySession);

/** Copies a committed cassette into the temp folder with `change` applied, and replays the copy. */
async function replayTampered(api: 'payquicker' | 'abconnect', scenario: string, change: (har: HarFile) => void): Promise<{ file: string; failures: string[] }> {
  const har = JSON.parse(await readFile(cassettePath(api, scenario), 'utf8')) as HarFile;
  change(har);
  const file = path.join(dir, api, `${scenario}-${Math.random().toString(36).slice(2)}.har`);
  await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(file), { recursive: true }));
  await writeFile(file, JSON.stringify(har, null, 2));
  const result = await replayCassette(file);
  return { file: path.relative(process.cwd(), file), failures: result.failures };
}

function entry(har: HarFile, index: number): HarFile['log']['entries'][number] {
  const found = har.log.entries[index];
  if (found === undefined) throw new Error(`test cassette has no entry ${index}`);
  return found;
}

describe('replay of tampered cassettes', () => {
  it('reports a changed request body with the JSON pointer and both values', async () => {
    const { file, failures } = await replayTampered('payquicker', 'create-payment-job', (har) => {
      const post = entry(har, 1).request.postData;
      if (post === undefined) throw new Error('expected a request body');
      post.text = post.text.replace('"amount": 25.5', '"amount": 99.99');
    });
    expect(failures).toEqual([`${file} entry 1 (createPaymentJob): request body differs at /items/0/amount: recorded 99.99, sent 25.5`]);
  });

  it('reports a request that has no recorded entry when an entry was dropped', async () => {
    const { file, failures } = await replayTampered('payquicker', 'list-payment-jobs', (har) => {
      har.log.entries.splice(1, 1);
    });
    expect(failures[0]).toBe(`${file}: request 1 GET /payments/jobs?page=1&pageSize=20 matches no recorded entry (every entry was already used)`);
  });

  it('reports a recorded exchange the client never requested', async () => {
    const { file, failures } = await replayTampered('abconnect', 'get-payment', (har) => {
      har.log.entries.push(structuredClone(entry(har, 1)));
    });
    expect(failures).toEqual([`${file} entry 2 (getPayment): recorded exchange was never requested (GET /api/job/2000000/payment)`]);
  });

  it('reports a recorded response body that breaks the schema, at its JSON pointer', async () => {
    const { file, failures } = await replayTampered('payquicker', 'retrieve-payment-job', (har) => {
      const content = entry(har, 1).response.content;
      content.text = JSON.stringify({ ...(JSON.parse(content.text ?? '{}') as object), count: 'one' }, null, 2);
    });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} entry 1 \\(retrievePaymentJob\\): response body \\(status 200, PaymentJobResult\\) does not match the spec at /count: `));
  });

  it('reports a status the operation does not document', async () => {
    const { file, failures } = await replayTampered('payquicker', 'request-token', (har) => {
      entry(har, 0).response.status = 429;
    });
    expect(failures).toContain(`${file} entry 0 (requestToken): status 429 is not documented for requestToken`);
  });

  it('reports a required header the client sends differently', async () => {
    const { file, failures } = await replayTampered('payquicker', 'list-payment-jobs', (har) => {
      const header = entry(har, 1).request.headers.find((h) => h.name === 'x-mypayquicker-version');
      if (header === undefined) throw new Error('expected the version header');
      header.value = '2025.01.01';
    });
    expect(failures).toEqual([`${file} entry 1 (listPaymentJobs): header x-mypayquicker-version differs: recorded "2025.01.01", sent "2026.02.01"`]);
  });

  it('reports a sent request that breaks the spec, at its JSON pointer, unless the scenario is marked breaksSpec', async () => {
    const name = 'list-payment-jobs-page-size-too-large';
    const flagged = SCENARIOS.find((s) => s.api === 'payquicker' && s.name === name);
    if (flagged === undefined) throw new Error(`no scenario ${name}`);
    const label = path.relative(process.cwd(), cassettePath('payquicker', name));
    const unflagged = await replayCassette(cassettePath('payquicker', name), { scenarios: [{ ...flagged, breaksSpec: false }] });
    expect(unflagged.failures).toContain(`${label} entry 1 (listPaymentJobs): request breaks the spec at /query/pageSize: must be <= 50`);
    const asFlagged = await replayCassette(cassettePath('payquicker', name), { scenarios: [flagged] });
    expect(asFlagged.failures.filter((f) => f.includes('breaks the spec'))).toEqual([]);
  });

  it('reports an unreadable entry with the file, the entry index and the JSON pointer', async () => {
    const { file, failures } = await replayTampered('payquicker', 'request-token', (har) => {
      delete (entry(har, 0).request as Partial<HarFile['log']['entries'][number]['request']>).url;
    });
    expect(failures).toEqual([`${path.resolve(file)} entry 0 #/log/entries/0/request/url: url must be a string`]);
  });
});

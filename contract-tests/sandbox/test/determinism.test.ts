/**
 * Deterministic mode: two sandboxes started with the same seed answer the same request sequence
 * byte for byte (bodies and the headers that carry data), on both APIs; another seed, or no seed,
 * gives other tokens and ids.
 */
import { describe, expect, it } from 'vitest';
import { startSandbox, type SandboxOptions } from '../index.js';
import { ab, basic, call, identity, passwordForm, pq } from './helpers.js';

const DEST = 'dest-631b200f-665d-4dbe-bd01-3063c9dec97d';

/** A mixed sequence of successes and errors on both APIs; returns every answer as one comparable string each. */
async function recordSequence(options: SandboxOptions): Promise<string[]> {
  const sandbox = await startSandbox(options);
  try {
    const answers: string[] = [];
    const record = (res: { status: number; headers: Headers; text: string }): void => {
      const headers = ['content-type', 'date', 'www-authenticate', 'cache-control'].map((h) => `${h}=${res.headers.get(h) ?? ''}`).join(';');
      answers.push(`${res.status} ${headers} ${res.text}`);
    };
    const tokenRes = await call(`${sandbox.payquickerUrl}/auth/connect/token`, {
      method: 'POST',
      headers: { Authorization: basic('sandbox-client', 'sandbox-secret'), 'Content-Type': 'application/x-www-form-urlencoded', 'X-MyPayQuicker-Version': '2026.02.01' },
      body: 'grant_type=client_credentials&scope=readonly%20modify',
    });
    record(tokenRes);
    const token = (tokenRes.body as { access_token: string }).access_token;
    const created = await pq(sandbox, token, 'POST', '/payments/jobs', { items: [{ destinationToken: DEST, amount: 12.5 }, { destinationToken: DEST }] });
    record(created);
    const jobToken = (created.body as { token: string }).token;
    record(await pq(sandbox, token, 'GET', `/payments/jobs/${jobToken}`));
    record(await pq(sandbox, token, 'GET', '/payments/jobs?page=1&pageSize=10'));
    record(await pq(sandbox, token, 'DELETE', `/payments/jobs/${jobToken}`));
    record(await pq(sandbox, token, 'GET', '/payments/jobs?page=9&pageSize=10'));
    record(await pq(sandbox, 'nope', 'GET', '/payments/jobs?page=1&pageSize=10'));
    const signIn = await identity(sandbox, passwordForm());
    record(signIn);
    const abToken = (signIn.body as { access_token: string }).access_token;
    record(await ab(sandbox, abToken, 'POST', '2000001', '/payment/banksource', { bankName: 'Chase' }));
    record(await ab(sandbox, abToken, 'GET', '2000001', '/payment/sources'));
    record(await call(`${sandbox.abconnectUrl}/sandbox/job/2000001/micro-deposits`));
    record(await ab(sandbox, abToken, 'POST', '2000001', '/payment/verifyJobACHSource', { values: [0, 0] }));
    return answers;
  } finally {
    await sandbox.close();
  }
}

describe('deterministic mode', () => {
  it('gives byte-identical answers for the same seed and request sequence', async () => {
    const first = await recordSequence({ seed: 1234 });
    const second = await recordSequence({ seed: 1234 });
    expect(second).toEqual(first);
    expect(first.every((answer) => /date=\w{3}, \d{2} \w{3} 2026/.test(answer))).toBe(true);
  });

  it('gives other tokens and ids for another seed, and random ones without a seed', async () => {
    const jobToken = (answers: string[]): string | undefined => /"token":"(jobs-[^"]+)"/.exec(answers[1] ?? '')?.[1];
    const [a, b, c, d] = await Promise.all([recordSequence({ seed: 1 }), recordSequence({ seed: 2 }), recordSequence({}), recordSequence({})]);
    expect(jobToken(a)).toMatch(/^jobs-/);
    expect(new Set([jobToken(a), jobToken(b), jobToken(c), jobToken(d)]).size).toBe(4);
    expect(a[0]).not.toEqual(b[0]);
  });
});

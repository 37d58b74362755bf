/**
 * `import-har` on a capture seeded with every common secret carrier (issue 12 item 4): none of the
 * values reaches any written byte, and a value that still looks like a credential after scrubbing
 * stops the import before anything is written, named by entry and place but never printed.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImportHarCommand } from '../../cli/import-har-command.js';
import { findSecrets } from '../secret-scan.js';

const BASE = 'https://capture.example.com/api/v2';

/** Every seeded secret value, by the carrier that holds it. */
const SECRETS = {
  queryApiKey: 'qApiKey-6f1c2d',
  queryToken: 'qToken-7a2b3c',
  querySig: 'qSig-8b3c4d',
  locationFragment: 'fragAccess-9c4d5e',
  headerApiKey: 'hApiKey-1d5e6f',
  headerAccessToken: 'hAccess-2e6f7a',
  headerAuthToken: 'hAuth-3f7a8b',
  formPassword: 'fPassword-4a8b9c',
  formPwd: 'fPwd-5b9c0d',
  formApiKey: 'fApiKey-6c0d1e',
  multipartPassword: 'mPassword-7d1e2f',
  jsonPassword: 'jPassword-8e2f3a',
  jsonAccessToken: 'jAccess-9f3a4b',
  jsonSecret: 'jSecret-0a4b5c',
  jsonApiKey: 'jApiKey-1b5c6d',
  jsonPin: 731946,
  jsonCvv: 8537,
  jsonCardNumber: '4111111111111111',
  numericPassword: 62718394,
  numericClientSecret: 9081726354,
  numericAccountNumber: 112233445566,
  bearer: 'bearer-Zq9-value',
  cookie: 'cookie-session-value',
  setCookie: 'set-cookie-value',
} as const;

type Pairs = Array<{ name: string; value: string }>;

function entry(method: string, url: string, headers: Pairs, postData: { mimeType: string; text: string } | undefined, responseHeaders: Pairs, body: unknown) {
  return {
    startedDateTime: '2026-01-01T00:00:00.000Z',
    time: 1,
    request: { method, url, httpVersion: 'HTTP/1.1', cookies: [], headers, queryString: [], ...(postData === undefined ? {} : { postData }), headersSize: -1, bodySize: -1 },
    response: {
      status: 200,
      statusText: 'OK',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: [{ name: 'Content-Type', value: 'application/json' }, ...responseHeaders],
      content: { size: -1, mimeType: 'application/json', text: JSON.stringify(body) },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
    },
    cache: {},
    timings: { send: 0, wait: 0, receive: 0 },
  };
}

function seededCapture(): unknown {
  const s = SECRETS;
  const multipart = ['--B0undary', 'Content-Disposition: form-data; name="username"', '', 'alice', '--B0undary', 'Content-Disposition: form-data; name="Password"', '', s.multipartPassword, '--B0undary--', ''].join('\r\n');
  return {
    log: {
      version: '1.2',
      creator: { name: 'test', version: '1' },
      entries: [
        entry(
          'GET',
          `${BASE}/payments/jobs?page=1&api_key=${s.queryApiKey}&token=${s.queryToken}&sig=${s.querySig}`,
          [
            { name: 'Api-Key', value: s.headerApiKey },
            { name: 'X-Access-Token', value: s.headerAccessToken },
            { name: 'X-Auth-Token', value: s.headerAuthToken },
            { name: 'Authorization', value: `Bearer ${s.bearer}` },
            { name: 'Cookie', value: `session=${s.cookie}` },
          ],
          undefined,
          [
            { name: 'Location', value: `https://app.example.com/callback#access_token=${s.locationFragment}&token_type=bearer` },
            { name: 'Set-Cookie', value: `session=${s.setCookie}; Path=/; HttpOnly` },
          ],
          { items: [] },
        ),
        entry(
          'POST',
          `${BASE}/auth/connect/token`,
          [{ name: 'Content-Type', value: 'application/x-www-form-urlencoded' }],
          { mimeType: 'application/x-www-form-urlencoded', text: `grant_type=password&username=alice&Password=${s.formPassword}&pwd=${s.formPwd}&api_key=${s.formApiKey}` },
          [],
          { Access_Token: s.jsonAccessToken, token_type: 'Bearer', expires_in: 3600 },
        ),
        entry('POST', `${BASE}/auth/connect/token`, [{ name: 'Content-Type', value: 'multipart/form-data; boundary=B0undary' }], { mimeType: 'multipart/form-data', text: multipart }, [], { token_type: 'Bearer' }),
        entry(
          'POST',
          `${BASE}/payments/jobs`,
          [{ name: 'Content-Type', value: 'application/json' }],
          {
            mimeType: 'application/json',
            text: JSON.stringify({ user: { Password: s.jsonPassword, secret: s.jsonSecret, apiKey: s.jsonApiKey }, card: { pin: s.jsonPin, cvv: s.jsonCvv, cardNumber: s.jsonCardNumber } }),
          },
          [],
          { password: s.numericPassword, client_secret: s.numericClientSecret, accountNumber: s.numericAccountNumber },
        ),
      ],
    },
  };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'import-har-secrets-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function writtenFiles(root: string): Promise<string[]> {
  const names = await readdir(root, { recursive: true }).catch(() => []);
  return names.filter((name) => name.endsWith('.har') || name.includes('.tmp')).map((name) => path.join(root, name));
}

async function runImport(capture: unknown, name: string): Promise<{ code: number; out: string[]; err: string[]; outDir: string }> {
  const file = path.join(dir, `${name}.har`);
  await writeFile(file, JSON.stringify(capture));
  const outDir = path.join(dir, `${name}-out`);
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImportHarCommand(file, { api: 'payquicker', outDir }, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err, outDir };
}

describe('import-har with a capture full of secrets', () => {
  it('writes cassettes in which none of the seeded values appears', async () => {
    const { code, outDir } = await runImport(seededCapture(), 'seeded');
    expect(code).toBe(0);
    const files = await writtenFiles(outDir);
    expect(files.length).toBeGreaterThanOrEqual(2);
    const written = (await Promise.all(files.map((file) => readFile(file, 'utf8')))).join('\n');
    const kept = Object.entries(SECRETS).filter(([, value]) => written.includes(String(value)));
    expect(kept.map(([carrier]) => carrier)).toEqual([]);
    expect(written).toContain('********1111');
    expect(written).toContain('********5566');
    for (const file of files) expect(findSecrets(await readFile(file, 'utf8'))).toEqual([]);
  });

  it.each([
    ['a JWT under an ordinary name', { note: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLXZhbHVl' }, 'looks like a JWT'],
    ['a random token under an ordinary name', { memo: 'Kx9Lm2Qp7Rt4Vw8Yz3Ab6Cd1Ef5Gh0Jk' }, 'looks like a random token'],
    ['a card number under an ordinary name', { memo: 'card 5555 5555 5555 4444 on file' }, 'looks like a card number'],
  ])('refuses to write anything when %s is left after scrubbing', async (_, leaked, reason) => {
    const capture = seededCapture() as { log: { entries: Array<{ response: { content: { text: string } } }> } };
    const leaking = capture.log.entries[3];
    if (leaking === undefined) throw new Error('the seeded capture has 4 entries');
    leaking.response.content.text = JSON.stringify(leaked);
    const name = `leak-${reason.replace(/\W+/g, '-')}`;
    const { code, err, outDir } = await runImport(capture, name);
    expect(code).toBe(2);
    expect(await writtenFiles(outDir)).toEqual([]);
    const message = err.join('\n');
    expect(message).toContain(`${name}.har entry 3 `);
    expect(message).toContain('#/response/content/text');
    expect(message).toContain(reason);
    expect(message).toContain('nothing written');
    for (const value of Object.values(leaked)) expect(message).not.toContain(value);
  });
});

/** The secret scanner flags each kind of leaked secret, located, and accepts the scrubbing placeholders. */
import { describe, expect, it } from 'vitest';
import { findSecrets } from './secret-scan.js';

// Fake credentials, assembled so that no line of this file reads as a recorded secret.
const BEARER = 'Bearer';
const CLIENT_SECRET = 'client_secret';

function harWith(header: string, requestBody: string, responseBody: string, url = 'https://x.invalid/api/jobs'): string {
  return JSON.stringify({
    log: {
      entries: [
        { request: { url: 'https://x.invalid/api/ok', headers: [], postData: { mimeType: 'x', text: '' } }, response: { content: { text: '{}' } } },
        {
          request: { url, headers: [{ name: 'authorization', value: header }], postData: { mimeType: 'x', text: requestBody } },
          response: { content: { text: responseBody } },
        },
      ],
    },
  });
}

describe('findSecrets', () => {
  it('accepts placeholders everywhere', () => {
    const text = harWith(
      'Bearer ***scrubbed***',
      'grant_type=password&password=***scrubbed***&client_secret=***scrubbed***',
      JSON.stringify({ access_token: '***scrubbed***', refresh_token: '***scrubbed***', accountNumber: '********6789', token: 'jobs-2bbfc967-d12e-4647-a887-d905172fb4bc' }),
      'https://x.invalid/api/jobs?page=1&api_key=***scrubbed***#access_token=***scrubbed***',
    );
    expect(findSecrets(text)).toEqual([]);
  });

  it.each([
    ['a bearer token', harWith(`Bearer ${'eyJhbGciOiJIUzI1NiJ9'}.payload.sig`, '', '{}'), 'secret authorization not scrubbed'],
    ['Basic credentials', harWith(`Basic ${btoa('sandbox-client:secret')}`, '', '{}'), 'looks like a Basic credentials'],
    ['a form client_secret', harWith('', `grant_type=client_credentials&${CLIENT_SECRET}=s3cr3t`, '{}'), 'secret client_secret not scrubbed'],
    ['a form secret with a star', harWith('', 'Password=hunter*2', '{}'), 'secret Password not scrubbed'],
    ['a multipart secret', harWith('', '--b\r\nContent-Disposition: form-data; name="pwd"\r\n\r\nhunter2\r\n--b--\r\n', '{}'), 'secret pwd not scrubbed'],
    ['a JSON password', harWith('', JSON.stringify({ username: 'u', Password: 'hunter2' }), '{}'), 'secret Password not scrubbed'],
    ['a numeric JSON pin', harWith('', JSON.stringify({ card: { pin: 1234 } }), '{}'), 'secret pin not scrubbed'],
    ['a JSON Access_Token', harWith('', '', '{"Access_Token":"abc","token_type":"Bearer"}'), 'secret Access_Token not scrubbed'],
    ['a secret below a secret member', harWith('', '', '{"credentials":{"user":"u"}}'), 'secret credentials not scrubbed'],
    ['an unmasked account number', harWith('', '{"accountNumber":"000123456789"}', '{}'), 'card or account number accountNumber not masked'],
    ['a numeric card number', harWith('', '{"cardNumber":4111111111111111}', '{}'), 'card or account number cardNumber not masked'],
    ['a query api_key', harWith('', '', '{}', 'https://x.invalid/api/jobs?api_key=k1'), 'secret api_key not scrubbed'],
    ['a fragment access_token', harWith('', '', '"see https://x.invalid/cb#access_token=a1"'), 'secret access_token not scrubbed'],
    ['a JWT under any name', harWith('', '', '{"note":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl"}'), 'looks like a JWT'],
    ['a JWT under an identifier name', harWith('', '', '{"token":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl"}'), 'looks like a JWT'],
    ['a random token under any name', harWith('', '', '{"note":"sk_live_4eC39HqLyjWDarjtT1zdp7dc"}'), 'looks like a random token'],
    ['a card number under any name', harWith('', '', '{"memo":"paid with 4111 1111 1111 1111"}'), 'looks like a card number'],
  ])('flags %s in entry 1', (_, text, reason) => {
    const findings = findSecrets(text);
    expect(findings.map((finding) => finding.reason)).toContain(reason);
    expect(findings.every((finding) => finding.entry === 1 && finding.pointer.startsWith('#/log/entries/1/'))).toBe(true);
  });

  it('never puts the value into a finding', () => {
    const findings = findSecrets(harWith(`${BEARER} tok-Zq9-abcdefghijklmnopqrstu`, 'pwd=hunter2', '{"cvv":987}'));
    expect(findings.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(findings)).not.toMatch(/tok-Zq9|hunter2|987/);
  });

  it('does not show a member name that looks like a credential, nor put it in a pointer', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl';
    const findings = findSecrets(harWith('', '', JSON.stringify({ [jwt]: { password: 'p' }, [`token_${jwt}`]: 'v' })));
    expect(findings.map((finding) => finding.reason)).toContain('a member name looks like a credential');
    expect(findings.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(findings)).not.toContain('eyJ');
  });

  it('reports nesting too deep to scan instead of overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(findSecrets(harWith('', deep, '{}')).map((finding) => finding.reason)).toContain('nested more than 200 levels deep to scan');
  });
});

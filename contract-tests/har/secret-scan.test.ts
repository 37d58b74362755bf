/** The secret scanner flags each kind of leaked secret and accepts the scrubbing placeholders. */
import { describe, expect, it } from 'vitest';
import { findSecrets } from './secret-scan.js';

function harWith(header: string, requestBody: string, responseBody: string): string {
  return JSON.stringify({
    log: {
      entries: [
        {
          request: { headers: [{ name: 'authorization', value: header }], postData: { mimeType: 'x', text: requestBody } },
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
      JSON.stringify({ access_token: '***scrubbed***', refresh_token: '***scrubbed***', accountNumber: '********6789' }),
    );
    expect(findSecrets(text)).toEqual([]);
  });

  it.each([
    ['a bearer token', harWith(`Bearer ${'eyJhbGciOiJIUzI1NiJ9'}.payload.sig`, '', '{}'), 'bearer token'],
    ['Basic credentials', harWith(`Basic ${btoa('sandbox-client:secret')}`, '', '{}'), 'Basic credentials'],
    ['a form client_secret', harWith('', new URLSearchParams({ grant_type: 'client_credentials', client_secret: 's3cr3t' }).toString(), '{}'), 'form field client_secret'],
    ['a JSON password', harWith('', JSON.stringify({ username: 'u', password: 'hunter2' }), '{}'), 'field password'],
    ['a JSON access_token', harWith('', '', '{"access_token":"abc","token_type":"Bearer"}'), 'field access_token'],
    ['a JSON refresh_token', harWith('', '', '{"refresh_token":"r-1"}'), 'field refresh_token'],
    ['an unmasked account number', harWith('', '{"accountNumber":"000123456789"}', '{}'), 'unmasked account number'],
  ])('flags %s', (_, text, reason) => {
    expect(findSecrets(text).map((finding) => finding.reason)).toContain(reason);
  });
});

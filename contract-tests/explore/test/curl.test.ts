/** The one-line curl of a failure: runnable quoting, secrets scrubbed by the cassette scrubber. */
import { describe, expect, it } from 'vitest';
import { curlOf, shellQuote } from '../curl.js';

/** A JWT-shaped bearer token, assembled here so no credential-looking literal sits in the repository. */
const TOKEN = ['eyJhbGciOiJIUzI1NiJ9', 'secret', 'sig'].join('.');

describe('curlOf', () => {
  it('prints one line with method, URL, headers and body, and no secret', () => {
    const line = curlOf({
      method: 'POST',
      url: 'http://127.0.0.1:9/payquicker/api/v2/payments/jobs?access_token=abc123secret',
      path: '/payments/jobs?access_token=abc123secret',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', 'content-length': '42' },
      body: '{"items":[{"note":"it\'s\\nfine","client_secret":"hunter2"}]}',
    });
    expect(line).not.toMatch(/\n/);
    expect(line).not.toContain('abc123secret');
    expect(line).not.toContain('eyJhbGciOiJIUzI1NiJ9');
    expect(line).not.toContain('hunter2');
    expect(line).not.toContain('content-length');
    expect(line).toMatch(/^curl -X POST 'http:\/\/127\.0\.0\.1:9\/payquicker\/api\/v2\/payments\/jobs\?access_token=[^']*' -H 'authorization: Bearer \*\*\*scrubbed\*\*\*' -H 'content-type: application\/json' --data-raw '/);
    expect(line).toContain(`it'\\''s`);
  });

  it('quotes for a POSIX shell', () => {
    expect(shellQuote(`a'b`)).toBe(`'a'\\''b'`);
    expect(shellQuote('x\ny')).toBe(`'x y'`);
  });
});

import { describe, expect, it } from 'vitest';
import {
  isSecretKey,
  maskAccountNumber,
  REDACTED,
  redactHeaders,
  redactUrl,
  redactValue,
} from '../../runtime/redact.js';

describe('redactValue', () => {
  it('replaces token, secret and password fields at any depth, in any naming style', () => {
    const input = {
      access_token: 'at-1',
      refresh_token: 'rt-1',
      nested: {
        accessToken: 'at-2',
        clientSecret: 'cs',
        client_secret: 'cs2',
        password: 'pw',
        list: [{ 'X-Api-Key': 'k' }],
      },
      token: 'jobs-123',
      fileToken: 'docu-1',
    };
    const out = redactValue(input) as typeof input;
    expect(out.access_token).toBe(REDACTED);
    expect(out.refresh_token).toBe(REDACTED);
    expect(out.nested.accessToken).toBe(REDACTED);
    expect(out.nested.clientSecret).toBe(REDACTED);
    expect(out.nested.client_secret).toBe(REDACTED);
    expect(out.nested.password).toBe(REDACTED);
    expect(out.nested.list[0]?.['X-Api-Key']).toBe(REDACTED);
    // Resource identifiers named "token" are not credentials and stay readable.
    expect(out.token).toBe('jobs-123');
    expect(out.fileToken).toBe('docu-1');
    expect(input.access_token).toBe('at-1');
  });

  it('masks bank account numbers keeping the last four digits', () => {
    expect(redactValue({ accountNumber: '000123456789' })).toEqual({
      accountNumber: '****6789',
    });
    expect(redactValue({ source: { account_number: 987654321 } })).toEqual({
      source: { account_number: '****4321' },
    });
    expect(maskAccountNumber('123')).toBe('****');
  });

  it('cuts cycles instead of overflowing the stack', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a['self'] = a;
    expect(redactValue(a)).toEqual({ name: 'a', self: '[Circular]' });
  });
});

describe('redactHeaders and redactUrl', () => {
  it('redacts Authorization and cookies and lower-cases names', () => {
    const headers = new Headers({
      Authorization: 'Bearer abc',
      'Set-Cookie': 's=1',
      'X-Request-Id': 'r1',
    });
    expect(redactHeaders(headers)).toEqual({
      authorization: REDACTED,
      'set-cookie': REDACTED,
      'x-request-id': 'r1',
    });
    expect(isSecretKey('Proxy-Authorization')).toBe(true);
  });

  it('removes user info and secret query parameters from URLs', () => {
    const url = redactUrl('https://user:pw@api.example.com/x?page=2&access_token=abc&sig=zz');
    expect(url).not.toMatch(/user|pw|abc|zz/);
    expect(new URL(url).searchParams.get('page')).toBe('2');
    expect(redactUrl('not a url')).toBe('not a url');
  });

  it('answers the same for a URL redacted again, and for a different URL after it', () => {
    const secret = 'https://api.example.com/x?access_token=abc';
    expect(redactUrl(secret)).toBe(`https://api.example.com/x?access_token=${encodeURIComponent(REDACTED)}`);
    expect(redactUrl(secret)).toBe(`https://api.example.com/x?access_token=${encodeURIComponent(REDACTED)}`);
    expect(redactUrl('https://api.example.com/y?page=2')).toBe('https://api.example.com/y?page=2');
    expect(redactUrl(secret)).not.toContain('abc');
  });

  it('leaves a URL without user info or query as the URL parser writes it', () => {
    expect(redactUrl('https://API.example.com/x/jobs-1')).toBe('https://api.example.com/x/jobs-1');
    expect(redactUrl('https://user@api.example.com/x')).toBe('https://api.example.com/x');
  });
});

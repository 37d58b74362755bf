/** The scrubber replaces secret values in every place a name can carry one, and only there. */
import { describe, expect, it } from 'vitest';
import { normalizeBody } from '../normalize.js';
import { maskAccountNumber, SCRUBBED, scrubForm, scrubHeaders, scrubJson, scrubMultipart, scrubUrlParams } from '../scrub.js';

describe('scrubUrlParams', () => {
  it('replaces secret query and fragment parameters and keeps the others', () => {
    expect(scrubUrlParams('/payments/jobs?page=2&api_key=k1&Token=t2&sig=s3')).toBe(`/payments/jobs?page=2&api_key=${SCRUBBED}&Token=${SCRUBBED}&sig=${SCRUBBED}`);
    expect(scrubUrlParams('https://app.example/cb#access_token=a1&token_type=bearer&state=x')).toBe(`https://app.example/cb#access_token=${SCRUBBED}&token_type=bearer&state=x`);
    expect(scrubUrlParams('/cb?code=auth-code-1&jobSubKey=7')).toBe(`/cb?code=${SCRUBBED}&jobSubKey=7`);
  });

  it('reads percent-encoded names and is unchanged on a second pass', () => {
    const once = scrubUrlParams('/x?api%5Fkey=k1');
    expect(once).toBe(`/x?api%5Fkey=${SCRUBBED}`);
    expect(scrubUrlParams(once)).toBe(once);
  });
});

describe('scrubHeaders', () => {
  it('keeps the scheme of Authorization, replaces other secret headers whole and scrubs URLs in the rest', () => {
    expect(
      scrubHeaders({
        authorization: 'Bearer abc.def',
        'api-key': 'k-1',
        'x-access-token': 'Token t-2',
        'x-auth-token': 't-3',
        location: 'https://app.example/done#access_token=a1',
        'content-type': 'application/json',
      }),
    ).toEqual({
      authorization: `Bearer ${SCRUBBED}`,
      'api-key': SCRUBBED,
      'x-access-token': SCRUBBED,
      'x-auth-token': SCRUBBED,
      location: `https://app.example/done#access_token=${SCRUBBED}`,
      'content-type': 'application/json',
    });
  });
});

describe('scrubJson', () => {
  it('replaces secret members at any depth, numbers included, and masks card and account numbers', () => {
    const body = {
      Password: 'hunter2',
      user: { Access_Token: 'a1', secret: 's', apiKey: 'k', pin: 1234, cvv: 987, cardNumber: 4111111111111111 },
      items: [{ password: 123456, client_secret: 42, accountNumber: 123456789012 }],
      credentials: { user: 'u', value: 'v', enabled: true, note: null },
      token: 'jobs-1',
      token_type: 'Bearer',
      next: 'https://x.example/list?page=2&token=t1',
    };
    expect(scrubJson(body)).toEqual({
      Password: SCRUBBED,
      user: { Access_Token: SCRUBBED, secret: SCRUBBED, apiKey: SCRUBBED, pin: SCRUBBED, cvv: SCRUBBED, cardNumber: '********1111' },
      items: [{ password: SCRUBBED, client_secret: SCRUBBED, accountNumber: '********9012' }],
      credentials: { user: SCRUBBED, value: SCRUBBED, enabled: true, note: null },
      token: 'jobs-1',
      token_type: 'Bearer',
      next: `https://x.example/list?page=2&token=${SCRUBBED}`,
    });
    expect(scrubJson(scrubJson(body))).toEqual(scrubJson(body));
  });

  it('masks short numbers whole', () => {
    expect(maskAccountNumber('1234')).toBe('********');
  });
});

describe('form bodies', () => {
  it('replaces urlencoded secret fields whatever their case, keeping order and other fields', () => {
    expect(scrubForm('grant_type=password&Password=p1&pwd=p2&api_key=k3&username=u')).toBe(
      `grant_type=password&Password=${SCRUBBED}&pwd=${SCRUBBED}&api_key=${SCRUBBED}&username=u`,
    );
    expect(scrubForm('a=1&b=2')).toBe('a=1&b=2');
  });

  it('replaces the content of secret multipart parts', () => {
    const type = 'multipart/form-data; boundary="XyZ"';
    const body = [
      '--XyZ',
      'Content-Disposition: form-data; name="user"',
      '',
      'alice',
      '--XyZ',
      'Content-Disposition: form-data; name="Password"',
      'Content-Type: text/plain',
      '',
      'multi-secret-1',
      '--XyZ',
      'Content-Disposition: form-data; name="card_number"',
      '',
      '4111111111111111',
      '--XyZ--',
      '',
    ].join('\r\n');
    const scrubbed = scrubMultipart(body, type);
    expect(scrubbed).not.toContain('multi-secret-1');
    expect(scrubbed).toContain(`\r\n\r\n${SCRUBBED}\r\n--XyZ`);
    expect(scrubbed).toContain('\r\n\r\n********1111\r\n--XyZ--');
    expect(scrubbed).toContain('\r\n\r\nalice\r\n');
    expect(normalizeBody({ 'content-type': type }, body)).toBe(scrubbed);
  });
});

describe('normalizeBody', () => {
  it('scrubs JSON sent with a non-JSON content type and leaves other text as it is', () => {
    expect(JSON.parse(normalizeBody({ 'content-type': 'text/plain' }, '{"password":"p1"}'))).toEqual({ password: SCRUBBED });
    expect(normalizeBody({ 'content-type': 'text/plain' }, '{"a": 1}')).toBe('{"a": 1}');
    expect(normalizeBody({ 'content-type': 'text/html' }, '<a href="/x?token=t1">')).toBe(`<a href="/x?token=${SCRUBBED}">`);
  });
});

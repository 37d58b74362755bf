import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REDACTED } from '../../runtime/redact.js';
import { SecretScrubber } from '../../runtime/secret-scrubber.js';

describe('SecretScrubber', () => {
  it('replaces registered secrets in free text and hides them from inspection', () => {
    const scrubber = new SecretScrubber();
    scrubber.addCredential('s3cr3t-value');
    scrubber.addCredential('ab'); // too short to scrub safely
    expect(scrubber.scrub('bad client s3cr3t-value, ab')).toBe(`bad client ${REDACTED}, ab`);
    expect(scrubber.scrubValue({ note: 'x s3cr3t-value', password: 'p' })).toEqual({
      note: `x ${REDACTED}`,
      password: REDACTED,
    });
    expect(inspect(scrubber)).not.toContain('s3cr3t');
    expect(JSON.stringify({ scrubber })).not.toContain('s3cr3t');
  });

  it('scrubs strings at any depth, inside arrays and in rendered non-plain objects, without touching the input', () => {
    const scrubber = new SecretScrubber();
    scrubber.addToken('tok-Zq9-value');
    const input = {
      list: ['a tok-Zq9-value', { deep: 'tok-Zq9-value' }],
      failure: new Error('echo tok-Zq9-value'),
    };
    expect(scrubber.scrubValue(input)).toEqual({
      list: [`a ${REDACTED}`, { deep: REDACTED }],
      failure: `Error: echo ${REDACTED}`,
    });
    expect(input.list[0]).toBe('a tok-Zq9-value');
  });

  it('forgets the oldest token beyond 32, but never a configured credential', () => {
    const scrubber = new SecretScrubber();
    scrubber.addCredential('client-secret-xyz');
    for (let i = 0; i < 33; i++) scrubber.addToken(`secret-${i}-xyz`);
    expect(scrubber.scrub('secret-0-xyz secret-32-xyz client-secret-xyz')).toBe(`secret-0-xyz ${REDACTED} ${REDACTED}`);
  });

  it('finds a secret percent-encoded, form-encoded and JSON-escaped', () => {
    const secret = 'a+b /c&d="e"ä';
    const scrubber = new SecretScrubber();
    scrubber.addCredential(secret);
    const echoes = [
      secret,
      encodeURIComponent(secret),
      new URLSearchParams({ v: secret }).toString().slice(2),
      JSON.stringify(secret).slice(1, -1),
    ];
    expect(new Set(echoes).size).toBe(4);
    for (const echo of echoes) expect(scrubber.scrub(`<${echo}>`)).toBe(`<${REDACTED}>`);
  });
});

describe('SecretScrubber.forRequest', () => {
  it('learns the Basic header, its base64, the decoded pair and the password; the client scrubber stays unchanged', () => {
    const client = new SecretScrubber();
    const b64 = Buffer.from('id:pässword-1', 'utf8').toString('base64');
    const scrubber = client.forRequest({ headers: { Authorization: `Basic ${b64}` }, url: 'https://h/token' });
    expect(scrubber.scrub(`[Basic ${b64}] [${b64}] [id:pässword-1] [pässword-1]`)).toBe(
      `[${REDACTED}] [${REDACTED}] [${REDACTED}] [${REDACTED}]`,
    );
    expect(client.scrub(`Basic ${b64}`)).toBe(`Basic ${b64}`);
  });

  it('learns bearer tokens, API keys, cookie values, secret query parameters, form fields and body properties', () => {
    const headers = new Headers({
      authorization: 'Bearer tok-Zq9-1',
      'x-api-key': 'key-Zq9-2',
      cookie: 'session=ses-Zq9-3; theme=dark',
      'x-team': 'team-Zq9-visible',
    });
    const scrubber = new SecretScrubber().forRequest({
      headers,
      url: 'https://h/x?api_key=qk-Zq9-4&page=page-Zq9-visible',
      form: new URLSearchParams({ client_secret: 'cs-Zq9-5', username: 'user-Zq9-visible' }),
      body: { user: { password: 'pw-Zq9-6', pin: 1234 }, list: [{ apiKey: 777777 }] },
    });
    const text = 'tok-Zq9-1 key-Zq9-2 ses-Zq9-3 qk-Zq9-4 cs-Zq9-5 pw-Zq9-6 777777';
    expect(scrubber.scrub(text)).toBe(Array(7).fill(REDACTED).join(' '));
    const visible = 'team-Zq9-visible page-Zq9-visible user-Zq9-visible';
    expect(scrubber.scrub(visible)).toBe(visible);
  });

  it('ignores a Basic parameter that is not base64 and a URL that does not parse', () => {
    const scrubber = new SecretScrubber().forRequest({
      headers: { authorization: 'Basic !!not-b64' },
      url: 'not a url',
    });
    expect(scrubber.scrub('Basic !!not-b64 and !!not-b64')).toBe(`${REDACTED} and ${REDACTED}`);
  });
});

describe('SecretScrubber.scrubData and scrubHeaders', () => {
  const scrubber = new SecretScrubber();
  scrubber.addCredential('tok-Zq9-secret');

  it('keeps the shape of parsed JSON, scrubs strings and property names, and redacts nothing by name', () => {
    const body = JSON.parse(
      '{"password":"kept","n":1,"ok":true,"none":null,"list":["x tok-Zq9-secret",[{"tok-Zq9-secret":2}]],"__proto__":{"a":"tok-Zq9-secret"}}',
    ) as Record<string, unknown>;
    const out = scrubber.scrubData(body);
    expect(Object.keys(out)).toEqual(['password', 'n', 'ok', 'none', 'list', '__proto__']);
    expect(out).toEqual(
      JSON.parse(
        `{"password":"kept","n":1,"ok":true,"none":null,"list":["x ${REDACTED}",[{"${REDACTED}":2}]],"__proto__":{"a":"${REDACTED}"}}`,
      ),
    );
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(scrubber.scrubData('tok-Zq9-secret!')).toBe(`${REDACTED}!`);
    expect(scrubber.scrubData(undefined)).toBeUndefined();
  });

  it('walks a body nested deeper than the call stack allows', () => {
    const depth = 50_000;
    const text = `${'['.repeat(depth)}"tok-Zq9-secret"${']'.repeat(depth)}`;
    const out = scrubber.scrubData(JSON.parse(text) as unknown);
    let inner: unknown = out;
    for (let i = 0; i < depth; i++) inner = (inner as unknown[])[0];
    expect(inner).toBe(REDACTED);
  });

  it('redacts secret header names and scrubs echoed values', () => {
    const headers = new Headers({ 'set-cookie': 'a=b', 'x-echo': 'Bearer tok-Zq9-secret', 'x-plain': 'fine' });
    expect(scrubber.scrubHeaders(headers)).toEqual({
      'set-cookie': REDACTED,
      'x-echo': `Bearer ${REDACTED}`,
      'x-plain': 'fine',
    });
  });
});

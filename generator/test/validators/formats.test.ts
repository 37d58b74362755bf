/**
 * Every implemented `format`, accept/reject at its edges; formats apply only to their JSON type and
 * unknown formats are accepted.
 */
import { describe, expect, it } from 'vitest';
import { accepts, errorsOf } from './agreement.js';
import { loadSchema } from './load-validators.js';

const CASES: Record<string, { ok: unknown[]; bad: unknown[] }> = {
  'date-time': { ok: ['2024-02-29T23:59:59Z', '1998-12-31T15:59:60.5-08:00', '2024-01-01t00:00:00+05:30'], bad: ['2023-02-29T00:00:00Z', '2024-01-01T00:00:00', '2024-01-01 00:00:00Z', '1998-12-31T23:59:60+01:00', '2024-01-01T', '2024-01-01T00:00'] },
  date: { ok: ['2000-02-29', '2024-12-31'], bad: ['1900-02-29', '2024-04-31', '2024-1-01', '2024-13-01', '2024-01', '2024-01-0'] },
  time: { ok: ['08:30:06Z', '23:59:60Z', '12:00:00.123+02:00'], bad: ['08:30:06', '24:00:00Z', '12:00:00+24:00', '08:30', '08:30:0', '08:30:06.Z', '08:30:06+01:0'] },
  email: { ok: ['joe@example.com', '"a b"@example.com', 'x@[127.0.0.1]'], bad: ['joe', 'a..b@example.com', 'joe@', 'joe@-x.com'] },
  uuid: { ok: ['2bbfc967-d12e-4647-a887-d905172fb4bc', '2BBFC967-D12E-4647-A887-D905172FB4BC'], bad: ['2bbfc967d12e4647a887d905172fb4bc', '2bbfc967-d12e-4647-a887-d905172fb4bg'] },
  uri: { ok: ['https://example.com/a?b=c#d', 'urn:isbn:0451450523', 'http://[::1]:80/'], bad: ['/relative', 'http://exa mple.com', 'https://x/%zz'] },
  'uri-reference': { ok: ['/relative', '', '#frag', '../a'], bad: ['/a b', '1:b', '\\\\x'] },
  hostname: { ok: ['example.com', 'a-b.c', 'localhost'], bad: ['-a.com', 'a_b.com', `${'a'.repeat(64)}.com`, ''] },
  ipv4: { ok: ['192.168.0.1', '0.0.0.0'], bad: ['256.0.0.1', '01.2.3.4', '1.2.3'] },
  ipv6: { ok: ['::1', '2001:db8::8a2e:370:7334', '::ffff:192.0.2.1'], bad: ['1::2::3', '12345::', ':::'] },
  byte: { ok: ['', 'aGVsbG8=', 'aGk='], bad: ['aGVsbG8', 'a===', 'a$bc'] },
  regex: { ok: ['^a+$', '\\p{L}'], bad: ['(', '\\a'] },
  duration: { ok: ['P1Y2M3DT4H5M6S', 'P4W', 'PT1M'], bad: ['P', 'P1YT', 'P1Y2D'] },
  'json-pointer': { ok: ['', '/a~0b/c~1'], bad: ['a', '/~2'] },
  int32: { ok: [2147483647, -2147483648, 0], bad: [2147483648, 1.5] },
  int64: { ok: [9007199254740991, -5], bad: [1.5, 1e20] },
  float: { ok: [1.5, 3.4e38], bad: [1e39] },
};

describe('format', () => {
  for (const [format, { ok, bad }] of Object.entries(CASES)) {
    it(`${format} accepts valid and rejects invalid values`, () => {
      const v = loadSchema({ format });
      expect(ok.map((x) => accepts(v, x))).toEqual(ok.map(() => true));
      expect(bad.map((x) => accepts(v, x))).toEqual(bad.map(() => false));
    });
  }

  it('applies only to its JSON type', () => {
    expect(loadSchema({ format: 'date-time' }).is(42)).toBe(true);
    expect(loadSchema({ format: 'int32' }).is('99999999999')).toBe(true);
    expect(loadSchema({ format: 'email' }).is(null)).toBe(true);
  });

  it('accepts unknown formats and double', () => {
    expect(loadSchema({ format: 'x-custom-thing' }).is('anything')).toBe(true);
    expect(loadSchema({ format: 'double' }).is(1e308)).toBe(true);
  });

  it('reports the format error like ajv', () => {
    expect(errorsOf(loadSchema({ properties: { at: { format: 'date' } } }), { at: '2024-02-30' })).toEqual([
      { instancePath: '/at', schemaPath: '#/properties/at/format', keyword: 'format', params: { format: 'date' }, message: 'must match format "date"' },
    ]);
  });
});

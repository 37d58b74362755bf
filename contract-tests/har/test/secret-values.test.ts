/** Credential-looking values are recognised by their shape; ids, UUIDs, dates and words are not. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { credentialIn, isRandomToken, passesLuhn } from '../secret-values.js';

const ALL = { randomTokens: true };
/** The scheme of the fake bearer token below, apart so that no line of this file reads as a recorded secret. */
const BEARER = 'Bearer';

/** A reproducible random-looking token of `length` base-62 characters, derived from `seed`. */
function base62(seed: string, length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return [...createHash('sha512').update(seed).digest()].slice(0, length).map((byte) => alphabet[byte % 62]).join('');
}

describe('credentialIn', () => {
  it.each([
    ['a JWT', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl', 'JWT'],
    ['a JWT inside text', 'token was eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.sig-x here', 'JWT'],
    ['a bearer token', `${BEARER} abcdefghijklmnopqrstuvwx`, 'bearer token'],
    ['Basic credentials', `Basic ${btoa('client:secret')}`, 'Basic credentials'],
    ['a Stripe-style secret key', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'random token'],
    ['a lower-case random token', 'x9k2m4p7q1w8e3r6t5y0u2i4o7p9a1s3', 'random token'],
    ['a Visa number', '4111111111111111', 'card number'],
    ['a grouped Mastercard number', '5555 5555 5555 4444', 'card number'],
    ['an Amex number', '3782-822463-10005', 'card number'],
  ])('flags %s', (_, text, reason) => {
    expect(credentialIn(text, ALL)).toBe(reason);
  });

  it('flags random tokens of 24 to 40 characters', () => {
    const tokens = ['a', 'b', 'c', 'd', 'e', 'f'].flatMap((seed) => [base62(seed, 24), base62(seed, 32), base62(seed, 40)]);
    expect(tokens.filter((token) => credentialIn(token, ALL) !== 'random token')).toEqual([]);
  });

  it.each([
    ['a UUID', 'jobs-2bbfc967-d12e-4647-a887-d905172fb4bc'],
    ['an ISO date', '2026-01-01T00:00:00.000Z'],
    ['a compact timestamp with a request ref', '20260207T231759Z'],
    ['a camelCase operation name', 'createAchPaymentSession2Request'],
    ['a header name', 'X-MyPayQuicker-Version'],
    ['a SHA-1 digest', 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0'],
    ['a millisecond timestamp', '1767225600000'],
    ['a number that fails Luhn', '4111111111111112'],
    ['a scrubbed bearer token', 'Bearer ***scrubbed***'],
    ['prose', 'Basic information about the account'],
    ['a masked account number', '********6789'],
  ])('accepts %s', (_, text) => {
    expect(credentialIn(text, ALL)).toBeUndefined();
  });

  it('skips the random-token check when asked (identifier values)', () => {
    expect(credentialIn('ba_1PqS8tLkdIwHu7ixA1b2C3d4', ALL)).toBe('random token');
    expect(credentialIn('ba_1PqS8tLkdIwHu7ixA1b2C3d4', { randomTokens: false })).toBeUndefined();
    expect(credentialIn('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2ln', { randomTokens: false })).toBe('JWT');
  });
});

describe('helpers', () => {
  it('computes Luhn and randomness', () => {
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
    expect(isRandomToken('OAuth2ClientCredentials')).toBe(false);
  });
});

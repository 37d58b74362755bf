/** Secret names are matched by their words, whatever the case and separators, per place. */
import { describe, expect, it } from 'vitest';
import { isIdentifierName, secretKindOf, type NamePlace } from '../secret-names.js';

describe('secretKindOf', () => {
  it.each<[string, NamePlace]>([
    ['api_key', 'url'],
    ['token', 'url'],
    ['sig', 'url'],
    ['signature', 'url'],
    ['access_token', 'url'],
    ['code', 'url'],
    ['Api-Key', 'header'],
    ['X-Access-Token', 'header'],
    ['X-Auth-Token', 'header'],
    ['x-api-key', 'header'],
    ['Authorization', 'header'],
    ['Cookie', 'header'],
    ['Set-Cookie', 'header'],
    ['Password', 'form'],
    ['pwd', 'form'],
    ['api_key', 'form'],
    ['client_secret', 'form'],
    ['Password', 'json'],
    ['Access_Token', 'json'],
    ['ACCESS-TOKEN', 'json'],
    ['secret', 'json'],
    ['apiKey', 'json'],
    ['apikey', 'json'],
    ['pin', 'json'],
    ['userPin', 'json'],
    ['cvv', 'json'],
    ['CVC2', 'json'],
    ['clientSecret', 'json'],
    ['refreshToken', 'json'],
    ['passphrase', 'json'],
    ['credentials', 'json'],
  ])('%s in a %s is a secret', (name, place) => {
    expect(secretKindOf(name, place)).toBe('secret');
  });

  it.each<[string, NamePlace]>([
    ['cardNumber', 'json'],
    ['card_number', 'form'],
    ['accountNumber', 'json'],
    ['bankAccountNumber', 'json'],
    ['AccountNo', 'json'],
    ['pan', 'json'],
    ['iban', 'json'],
  ])('%s in a %s is a card or account number', (name, place) => {
    expect(secretKindOf(name, place)).toBe('number');
  });

  it.each<[string, NamePlace]>([
    ['token_type', 'json'],
    ['token', 'json'],
    ['sourceToken', 'json'],
    ['destinationToken', 'json'],
    ['bankTokenId', 'json'],
    ['jobSubKey', 'url'],
    ['Idempotency-Key', 'header'],
    ['code', 'json'],
    ['countryCode', 'url'],
    ['username', 'form'],
    ['client_id', 'form'],
    ['grant_type', 'form'],
    ['content-type', 'header'],
    ['keep-alive', 'header'],
    ['www-authenticate', 'header'],
    ['shipping', 'json'],
    ['pageSize', 'url'],
  ])('%s in a %s is not a secret', (name, place) => {
    expect(secretKindOf(name, place)).toBeUndefined();
  });
});

describe('isIdentifierName', () => {
  it('knows the identifiers of both APIs and names ending in id or ref', () => {
    expect(['bankId', 'requestRef', 'bankTokenId', 'client_id', 'sourceToken'].filter((name) => isIdentifierName(name, 'json'))).toHaveLength(5);
    expect(isIdentifierName('token', 'json')).toBe(true);
    expect(isIdentifierName('token', 'url')).toBe(false);
    expect(isIdentifierName('idea', 'json')).toBe(false);
  });
});

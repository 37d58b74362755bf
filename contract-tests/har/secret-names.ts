/**
 * Which names carry secrets: the one list the scrubber (scrub.ts) and the pre-write scan
 * (secret-scan.ts) share, for `record` and `import-har` alike. A name is compared by its words
 * (`Access_Token`, `accessToken`, `x-access-token` and `ACCESS-TOKEN` are all `access token`), so
 * matching ignores case and separators. contract-tests/README.md ("Scrubbing") lists the same rules.
 */

/** Where a name was found: a header, a URL query or fragment parameter, a form field, a JSON member. */
export type NamePlace = 'header' | 'url' | 'form' | 'json';

/** `secret`: the value is replaced; `number`: a card or account number, only its last four characters kept. */
export type SecretKind = 'secret' | 'number';

/** A name whose words, joined, contain one of these is secret (`*token*`, `*key*`, …). */
const SECRET_PARTS: readonly string[] = [
  'token',
  'secret',
  'password',
  'passwd',
  'passphrase',
  'key',
  'credential',
  'signature',
  'authorization',
  'cookie',
];

/** A name with one of these as a whole word is secret (`pin`, `userPin`, `x-sig`, `cvv2`, …). */
const SECRET_WORDS: readonly string[] = ['pwd', 'pass', 'sig', 'pin', 'cvv', 'cvv2', 'cvc', 'cvc2', 'csc', 'otp', 'ssn', 'auth'];

/** In URLs only: the OAuth 2 authorization code of a redirect (RFC 6749 §4.1.2), `?code=…`. */
const SECRET_URL_NAMES: readonly string[] = ['code'];

/** Card and account numbers (joined words contain one of these, or equal `pan` / `iban`). */
const NUMBER_PARTS: readonly string[] = ['cardnum', 'cardno', 'ccnum', 'accountnum', 'accountno', 'acctnum', 'acctno'];
const NUMBER_NAMES: readonly string[] = ['pan', 'iban'];

/**
 * Names that match a pattern above but hold identifiers or protocol words of the two APIs, not
 * secrets: `token_type` (RFC 6749 §5.1), `Idempotency-Key`, ABConnect `jobSubKey` and
 * `bankTokenId`, PayQuicker `sourceToken`, `destinationToken`, `receiptToken`, `fileToken`.
 */
const IDENTIFIER_NAMES: readonly string[] = ['tokentype', 'idempotencykey', 'jobsubkey', 'banktokenid', 'sourcetoken', 'destinationtoken', 'receipttoken', 'filetoken'];

/** A name whose last word is one of these names an identifier (`bankId`, `requestRef`, `client_id`). */
const IDENTIFIER_WORDS: readonly string[] = ['id', 'ids', 'ref', 'reference', 'uuid', 'guid'];

/** In JSON bodies only: PayQuicker's `token`, the identifier of a payment job or payment (spec/payquicker.yaml). */
const JSON_IDENTIFIER_NAMES: readonly string[] = ['token'];

const isUpper = (char: string | undefined): boolean => char !== undefined && char >= 'A' && char <= 'Z';
const isLower = (char: string | undefined): boolean => char !== undefined && char >= 'a' && char <= 'z';
const isLowerOrDigit = (char: string | undefined): boolean => isLower(char) || (char !== undefined && char >= '0' && char <= '9');

/**
 * The lower-case words of `name`: `X-Access_Token` → `x access token`, `apiKey` → `api key`,
 * `HTTPServer` → `http server`. One pass over the name (names come from untrusted input).
 */
function wordsOf(name: string): string[] {
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < name.length; i++) {
    const char = name[i] as string;
    if (!isUpper(char) && !isLowerOrDigit(char)) {
      if (word !== '') words.push(word);
      word = '';
      continue;
    }
    const startsWord = isUpper(char) && (isLowerOrDigit(name[i - 1]) || (isUpper(name[i - 1]) && isLower(name[i + 1])));
    if (startsWord && word !== '') {
      words.push(word);
      word = '';
    }
    word += char.toLowerCase();
  }
  if (word !== '') words.push(word);
  return words;
}

/**
 * True when `name` names an identifier (the lists above, or a last word such as `id` or `ref`):
 * its value is not a secret, and may look random on purpose (`ba_1PqS8tLkdIwHu7ix…`).
 */
export function isIdentifierName(name: string, place: NamePlace): boolean {
  const words = wordsOf(name);
  const joined = words.join('');
  if (IDENTIFIER_NAMES.includes(joined) || (place === 'json' && JSON_IDENTIFIER_NAMES.includes(joined))) return true;
  return words.length > 0 && IDENTIFIER_WORDS.includes(words[words.length - 1] as string);
}

/**
 * Answers by place and name. Replay asks about the same few header and member names for every
 * request, so answers are kept; the memo is emptied past 2 000 names, so bodies with many distinct
 * keys cannot grow it without bound (names longer than 100 characters are not kept).
 */
const known = new Map<string, SecretKind | null>();

/**
 * What the value under `name` at `place` is: a secret, a card or account number, or nothing
 * secret (`undefined`). Case and separators are ignored (see the module comment).
 */
export function secretKindOf(name: string, place: NamePlace): SecretKind | undefined {
  if (name.length > 100) return kindOf(name, place) ?? undefined;
  const key = `${place}\u0000${name}`;
  let kind = known.get(key);
  if (kind === undefined) {
    if (known.size >= 2000) known.clear();
    kind = kindOf(name, place) ?? null;
    known.set(key, kind);
  }
  return kind ?? undefined;
}

function kindOf(name: string, place: NamePlace): SecretKind | undefined {
  const words = wordsOf(name);
  const joined = words.join('');
  if (joined === '' || isIdentifierName(name, place)) return undefined;
  if (NUMBER_NAMES.includes(joined) || NUMBER_PARTS.some((part) => joined.includes(part))) return 'number';
  if (SECRET_PARTS.some((part) => joined.includes(part))) return 'secret';
  if (words.some((word) => SECRET_WORDS.includes(word))) return 'secret';
  if (place === 'url' && SECRET_URL_NAMES.includes(joined)) return 'secret';
  return undefined;
}

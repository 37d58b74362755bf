/**
 * Recognises values that look like credentials whatever name they are found under, for the
 * pre-write scan (secret-scan.ts):
 * - JSON Web Tokens (RFC 7519: `eyJ…` header, `.`, payload, `.`, signature);
 * - `Bearer <token68>` of 20+ characters and `Basic <base64 of user:password>` (RFC 9110 §11.4);
 * - long random tokens: a run of 20+ token characters mixing upper case, lower case and digits, or
 *   32+ characters of one case and digits (not pure hex), whose characters are as varied as
 *   random text (Shannon entropy close to the most the run length allows, and frequent switches
 *   between character classes, which words and camelCase names lack);
 * - card numbers: 13 to 19 digits (optionally in groups split by spaces or dashes) with a card
 *   network prefix (2–6) that pass the Luhn check (ISO/IEC 7812-1 Annex B).
 * UUIDs (RFC 9562) and pure hex strings are ids or digests, not credentials, and are skipped; the
 * placeholders of scrub.ts contain `*` and never match.
 */

const BEARER = /\bBearer\s+([A-Za-z0-9\-._~+/]{20,}=*)/i;
const BASIC = /\bBasic\s+([A-Za-z0-9+/]{4,}={0,2})(?![A-Za-z0-9+/=*])/gi;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const TOKEN_RUN = /[A-Za-z0-9_\-+=~]{20,}/g;
const CARD = /(?<![0-9])(?:[0-9]{13,19}|[0-9]{4}([ -])[0-9]{4}\1[0-9]{4}\1[0-9]{1,7}|[0-9]{4}([ -])[0-9]{6}\2[0-9]{4,5})(?![0-9])/g;

/**
 * True when `text` holds a JWT: `eyJ` and 5+ base64url characters, `.`, 5+ more, `.`, any more.
 * Found by splitting base64url runs at their dots rather than by a regular expression, which
 * would backtrack on every `eyJ` of a long hostile run.
 */
function hasJwt(text: string): boolean {
  for (const run of text.match(/[A-Za-z0-9_.-]{13,}/g) ?? []) {
    const parts = run.split('.');
    for (let i = 0; i + 2 < parts.length; i++) {
      const part = parts[i] as string;
      const at = part.indexOf('eyJ');
      if (at >= 0 && part.length - at >= 8 && (parts[i + 1] as string).length >= 5) return true;
    }
  }
  return false;
}

/** Shannon entropy of `text` in bits per character. */
function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) bits -= (count / text.length) * Math.log2(count / text.length);
  return bits;
}

function classOf(char: string): number {
  if (char >= 'a' && char <= 'z') return 0;
  if (char >= 'A' && char <= 'Z') return 1;
  if (char >= '0' && char <= '9') return 2;
  return 3;
}

/** Share of neighbouring alphanumerics of different classes (lower, upper, digit). */
function switchRate(alnum: string): number {
  let switches = 0;
  for (let i = 1; i < alnum.length; i++) if (classOf(alnum[i - 1] as string) !== classOf(alnum[i] as string)) switches++;
  return switches / Math.max(1, alnum.length - 1);
}

/** True when the token-character run `run` reads as random (see the module comment). */
export function isRandomToken(run: string): boolean {
  const alnum = run.replace(/[^A-Za-z0-9]/g, '');
  const lower = /[a-z]/.test(alnum);
  const upper = /[A-Z]/.test(alnum);
  const digits = (alnum.match(/[0-9]/g) ?? []).length;
  if (digits < 1 || (!lower && !upper)) return false;
  const varied = entropy(alnum) >= Math.log2(alnum.length) - 1;
  if (lower && upper) return alnum.length >= 20 && varied && switchRate(alnum) >= 0.35;
  if (/^[0-9a-f]+$/i.test(alnum)) return false;
  return alnum.length >= 32 && entropy(alnum) >= 4 && switchRate(alnum) >= 0.25;
}

/** True when the digits of `number` pass the Luhn check. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

function isBasicCredential(encoded: string): boolean {
  return Buffer.from(encoded, 'base64').toString('utf8').includes(':');
}

/** What {@link credentialIn} looks for besides JWTs, bearer and Basic credentials and card numbers. */
export interface CredentialChecks {
  /** Whether long random tokens count (not for the values of identifier names, see secret-names.ts). */
  randomTokens: boolean;
}

/**
 * Why `text` looks like (or holds) a credential: `JWT`, `bearer token`, `Basic credentials`,
 * `random token`, `card number`; `undefined` when nothing does. Never returns the value itself.
 */
export function credentialIn(text: string, checks: CredentialChecks): string | undefined {
  if (hasJwt(text)) return 'JWT';
  if (BEARER.test(text)) return 'bearer token';
  if ([...text.matchAll(BASIC)].some((match) => isBasicCredential(match[1] ?? ''))) return 'Basic credentials';
  const runs = checks.randomTokens ? (text.replace(UUID, ' ').match(TOKEN_RUN) ?? []) : [];
  if (runs.some(isRandomToken)) return 'random token';
  for (const match of text.matchAll(CARD)) {
    const digits = match[0].replace(/[ -]/g, '');
    if (/^[2-6]/.test(digits) && digits.length >= 13 && digits.length <= 19 && passesLuhn(digits)) return 'card number';
  }
  return undefined;
}

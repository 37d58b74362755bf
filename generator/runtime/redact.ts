/**
 * Redaction by name: the one place that decides which headers, properties and query parameters are
 * secret. Everything the runtime logs, passes to a hook or puts in an error goes through these
 * functions, and through secret-scrubber.ts for the secret values themselves, so credentials, tokens
 * and bank account numbers never leave the process in clear text.
 */

/** Replacement for a secret value. */
export const REDACTED = '[REDACTED]';

/** Property and header names (lower-case, without `_` and `-`) whose values are secret. */
const SECRET_KEYS = new Set([
  'authorization',
  'proxyauthorization',
  'cookie',
  'setcookie',
  'accesstoken',
  'refreshtoken',
  'idtoken',
  'clientsecret',
  'password',
  'secret',
  'apikey',
  'xapikey',
  'assertion',
]);

/** Extra query parameter names that carry secrets in URLs (`?token=…`, `?sig=…`). */
const SECRET_QUERY_KEYS = new Set(['token', 'key', 'code', 'sig', 'signature']);

/** Property names holding bank account numbers: only the last four characters are kept. */
const ACCOUNT_NUMBER_KEYS = new Set(['accountnumber', 'bankaccountnumber']);

/**
 * Normalized keys by key. Every log line and hook payload looks up the same few header and field
 * names, so they are normalized once; the memo is emptied when it grows past 1 000 entries, so
 * response bodies with many distinct keys cannot grow it without bound.
 */
const normalized = new Map<string, string>();

function normalizeKey(key: string): string {
  let norm = normalized.get(key);
  if (norm === undefined) {
    if (normalized.size >= 1000) normalized.clear();
    norm = key.toLowerCase().replace(/[-_]/g, '');
    normalized.set(key, norm);
  }
  return norm;
}

/** True when values under property or header `key` are secret (`Authorization`, `client_secret`, `accessToken`…). */
export function isSecretKey(key: string): boolean {
  return SECRET_KEYS.has(normalizeKey(key));
}

/** True when values of URL query parameter `name` are secret: a secret key, or `token`, `key`, `code`, `sig`… */
export function isSecretQueryParameter(name: string): boolean {
  return isSecretKey(name) || SECRET_QUERY_KEYS.has(normalizeKey(name));
}

/** Masks an account number keeping its last four characters: `123456789` → `****6789`. */
export function maskAccountNumber(value: string): string {
  return value.length <= 4 ? '****' : `****${value.slice(-4)}`;
}

/**
 * Deep copy of `value` with secret properties replaced by {@link REDACTED} and account numbers
 * masked. Cycles are cut (`[Circular]`); non-plain objects (Date, Error) are rendered as strings.
 */
export function redactValue(value: unknown, seen: WeakSet<object> = new WeakSet()): unknown {
  return redactWith(value, seen, undefined);
}

/**
 * {@link redactValue} that also passes every string of the copy through `scrub` (one walk, not two);
 * the secret scrubber's way to prepare log fields and hook payloads.
 */
export function redactAndScrub(value: unknown, scrub: (text: string) => string): unknown {
  return redactWith(value, new WeakSet(), scrub);
}

function redactWith(value: unknown, seen: WeakSet<object>, scrub: ((text: string) => string) | undefined): unknown {
  if (typeof value === 'string') return scrub === undefined ? value : scrub(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactWith(item, seen, scrub));
  const rendered = value instanceof Error ? `${value.name}: ${value.message}` : plainOrString(value);
  if (typeof rendered === 'string') return scrub === undefined ? rendered : scrub(rendered);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(rendered)) {
    const item = rendered[key];
    const norm = normalizeKey(key);
    if (SECRET_KEYS.has(norm)) out[key] = REDACTED;
    else if (ACCOUNT_NUMBER_KEYS.has(norm) && (typeof item === 'string' || typeof item === 'number')) {
      out[key] = maskAccountNumber(String(item));
    } else out[key] = redactWith(item, seen, scrub);
  }
  return out;
}

/** A plain object as is; any other object (Date, URL, class instance) as its string form. */
function plainOrString(value: object): Record<string, unknown> | string {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null ? (value as Record<string, unknown>) : String(value);
}

/**
 * Headers as a plain object with lower-case names and secret values replaced. Accepts a `Headers`
 * instance or a record.
 */
export function redactHeaders(headers: Headers | Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers instanceof Headers) {
    headers.forEach((value, name) => {
      out[name] = isSecretKey(name) ? REDACTED : value;
    });
    return out;
  }
  for (const name of Object.keys(headers)) {
    out[name.toLowerCase()] = isSecretKey(name) ? REDACTED : (headers[name] as string);
  }
  return out;
}

/** The last URL redacted and its result: a client calling one URL over and over parses it once. */
let lastUrl: { readonly url: string; readonly redacted: string } | undefined;

/**
 * A URL safe to show: user info removed and secret query parameter values (`access_token`,
 * `token`, `client_secret`, `sig`…) replaced. Returns the input unchanged when it is not a URL.
 */
export function redactUrl(url: string): string {
  if (lastUrl?.url === url) return lastUrl.redacted;
  const redacted = parseAndRedactUrl(url);
  lastUrl = { url, redacted };
  return redacted;
}

function parseAndRedactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  // Each setter re-serializes the URL: skip them when there is no user info to remove.
  if (parsed.username !== '' || parsed.password !== '') {
    parsed.username = '';
    parsed.password = '';
  }
  if (parsed.search === '') return parsed.href;
  for (const name of [...new Set(parsed.searchParams.keys())]) {
    if (isSecretQueryParameter(name)) parsed.searchParams.set(name, REDACTED);
  }
  return parsed.toString();
}

/**
 * Scrubbing by value. redact.ts decides by name what is secret; this module remembers the secret
 * values themselves (the configured credentials, the tokens issued to the client, and the credential
 * values one request carried) and replaces them with `[REDACTED]` wherever a server echoes them back:
 * an `error_description`, an error body at any depth, a response header. Every error, log line and
 * hook payload passes through it before it reaches caller code.
 *
 * A value is looked for as sent, percent-encoded (RFC 3986 §2.1), form-encoded
 * (`application/x-www-form-urlencoded`, WHATWG URL §5) and JSON-escaped (RFC 8259 §7). A credential
 * header is taken apart: `Basic <base64>` (RFC 7617) yields the header value, the base64, the decoded
 * `user:password` and the password; `Bearer <token>` (RFC 6750 §2.1) the header value and the token;
 * `Cookie` each cookie value.
 */
import { isSecretKey, isSecretQueryParameter, REDACTED, redactAndScrub, redactHeaders } from './redact.js';

/** Values shorter than this (in UTF-16 code units) are not scrubbed: too likely to match innocent text. */
const MIN_SECRET_LENGTH = 4;
/** Issued tokens remembered: the 32 most recent (a long-lived client renews tokens without end). */
const MAX_TOKENS = 32;

/** Where one request may have carried credentials. */
export interface SentRequest {
  /** Request headers; values under secret names (`Authorization`, `X-Api-Key`, `Cookie`…) are credentials. */
  readonly headers: Headers | Readonly<Record<string, string>>;
  /** Request URL; values of secret query parameters (`api_key`, `access_token`, `sig`…) are credentials. */
  readonly url?: string | undefined;
  /** A form body (token requests): values of secret fields (`client_secret`, `password`, `refresh_token`). */
  readonly form?: URLSearchParams | undefined;
  /** A JSON or form body as the caller passed it: values of secret properties at any depth. */
  readonly body?: unknown;
}

/** `value` encoded by `encode`, or undefined when it cannot be (`encodeURIComponent` refuses lone surrogates). */
function encoded(value: string, encode: (text: string) => string): string | undefined {
  try {
    return encode(value);
  } catch {
    return undefined;
  }
}

/** Every spelling of `secret` a server may echo. */
function spellings(secret: string): (string | undefined)[] {
  return [
    secret,
    encoded(secret, encodeURIComponent),
    new URLSearchParams({ v: secret }).toString().slice(2),
    JSON.stringify(secret).slice(1, -1),
  ];
}

/** The UTF-8 text of a base64 `Basic` credential, or undefined when it is not one. */
function decodeBasic(param: string): string | undefined {
  try {
    const bytes = Uint8Array.from(atob(param), (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The credential values inside the value of secret header `name` (see the module comment). */
function headerCredentials(name: string, value: string): string[] {
  if (name.toLowerCase() === 'cookie') {
    return [value, ...value.split(';').map((pair) => pair.slice(pair.indexOf('=') + 1).trim())];
  }
  const space = value.indexOf(' ');
  if (space < 0) return [value];
  const param = value.slice(space + 1).trim();
  const found = [value, param];
  const decoded = value.slice(0, space).toLowerCase() === 'basic' ? decodeBasic(param) : undefined;
  if (decoded !== undefined) found.push(decoded, decoded.slice(decoded.indexOf(':') + 1));
  return found;
}

/** String and number values under secret property names anywhere in a body the caller passed. */
function bodyCredentials(value: unknown, found: string[]): void {
  if (value === null || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    if (isSecretKey(key) && (typeof item === 'string' || typeof item === 'number')) found.push(String(item));
    else bodyCredentials(item, found);
  }
}

/** Every credential value `sent` carried. */
function sentCredentials(sent: SentRequest): string[] {
  const found: string[] = [];
  const headers = sent.headers instanceof Headers ? Object.fromEntries(sent.headers) : sent.headers;
  for (const name of Object.keys(headers)) {
    if (isSecretKey(name)) found.push(...headerCredentials(name, headers[name] as string));
  }
  let query: URLSearchParams | undefined;
  try {
    query = sent.url === undefined ? undefined : new URL(sent.url).searchParams;
  } catch {
    query = undefined;
  }
  for (const [name, value] of query ?? []) if (isSecretQueryParameter(name)) found.push(value);
  for (const [name, value] of sent.form ?? []) if (isSecretKey(name)) found.push(value);
  bodyCredentials(sent.body, found);
  return found;
}

/** A plain object (parsed JSON), as opposed to an array, a class instance or a primitive. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Sets an own property, even one named `__proto__` (as `JSON.parse` creates them). */
function define(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Copy of `root` (strings, arrays, plain objects) with every string and property name passed
 * through `scrub`; anything else is kept as is. Iterative, so a deeply nested body cannot overflow
 * the stack.
 */
function scrubTree(root: unknown, scrub: (text: string) => string): unknown {
  const holder = {};
  const work: [object, string | number, unknown][] = [[holder, 'value', root]];
  for (let next = work.pop(); next !== undefined; next = work.pop()) {
    const [target, key, value] = next;
    let copy: unknown = value;
    if (typeof value === 'string') copy = scrub(value);
    else if (Array.isArray(value)) {
      const items: unknown[] = new Array<unknown>(value.length);
      value.forEach((item: unknown, index) => work.push([items, index, item]));
      copy = items;
    } else if (isPlainObject(value)) {
      const entries = {};
      for (const name of Object.keys(value)) {
        const scrubbed = scrub(name);
        define(entries, scrubbed, undefined); // keeps the key order
        work.push([entries, scrubbed, value[name]]);
      }
      copy = entries;
    }
    define(target, key, copy);
  }
  return (holder as { value: unknown }).value;
}

/**
 * Replaces known secret values wherever they occur. Configured credentials stay for the life of the
 * scrubber; issued tokens are kept up to the {@link MAX_TOKENS} most recent. Holds the secrets in
 * private fields and shows none of them to `JSON.stringify` or `util.inspect`.
 */
export class SecretScrubber {
  readonly #credentials = new Set<string>();
  readonly #tokens = new Set<string>();
  /** Every spelling of every secret, longest first (so a secret inside another is not cut in two); built on demand. */
  #patterns: readonly string[] | undefined;

  /** Registers a credential (client secret, password, static token, API key) for good. */
  addCredential(secret: string | undefined): void {
    if (secret === undefined || secret.length < MIN_SECRET_LENGTH || this.#credentials.has(secret)) return;
    this.#credentials.add(secret);
    this.#patterns = undefined;
  }

  /** Registers an issued access or refresh token; the oldest beyond {@link MAX_TOKENS} is forgotten. */
  addToken(token: string | undefined): void {
    if (token === undefined || token.length < MIN_SECRET_LENGTH) return;
    this.#tokens.delete(token);
    this.#tokens.add(token);
    if (this.#tokens.size > MAX_TOKENS) {
      const oldest = this.#tokens.values().next().value;
      if (oldest !== undefined) this.#tokens.delete(oldest);
    }
    this.#patterns = undefined;
  }

  /**
   * Registers for good every credential value that every request carries (see {@link SentRequest}):
   * the client's own headers, the `Basic` header of its client credentials.
   */
  learn(sent: SentRequest): void {
    for (const secret of sentCredentials(sent)) this.addCredential(secret);
  }

  /**
   * A scrubber that also knows every credential value `sent` carried (see {@link SentRequest}), for
   * the errors about that request. This scrubber is left unchanged.
   */
  forRequest(sent: SentRequest): SecretScrubber {
    const scrubber = new SecretScrubber();
    for (const secret of this.#credentials) scrubber.#credentials.add(secret);
    for (const token of this.#tokens) scrubber.#tokens.add(token);
    scrubber.learn(sent);
    return scrubber;
  }

  #patternList(): readonly string[] {
    if (this.#patterns === undefined) {
      const all = new Set<string>();
      for (const secret of [...this.#credentials, ...this.#tokens]) {
        for (const spelling of spellings(secret)) if (spelling !== undefined) all.add(spelling);
      }
      this.#patterns = [...all].sort((a, b) => b.length - a.length);
    }
    return this.#patterns;
  }

  /** `text` with every spelling of every registered secret replaced by {@link REDACTED}. */
  scrub(text: string): string {
    let out = text;
    for (const secret of this.#patternList()) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    return out;
  }

  /** `text` scrubbed, or undefined when undefined. */
  scrubOptional(text: string | undefined): string | undefined {
    return text === undefined ? undefined : this.scrub(text);
  }

  /**
   * Copy of a parsed JSON value (a response body, validation errors) with every string and property
   * name scrubbed; same shape, nothing redacted by name, so an error body keeps its documented type.
   */
  scrubData<T>(value: T): T {
    return scrubTree(value, this.#scrubText) as T;
  }

  /** Response headers for an error: secret names redacted (see `redactHeaders`), every value scrubbed. */
  scrubHeaders(headers: Headers): Record<string, string> {
    const out = redactHeaders(headers);
    for (const name of Object.keys(out)) out[name] = this.scrub(out[name] as string);
    return out;
  }

  /** For logs and hook payloads: `redactValue` (secret names, account numbers) with every string scrubbed. */
  scrubValue(value: unknown): unknown {
    return redactAndScrub(value, this.#scrubText);
  }

  readonly #scrubText = (text: string): string => this.scrub(text);

  toJSON(): string {
    return 'SecretScrubber';
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return 'SecretScrubber';
  }
}

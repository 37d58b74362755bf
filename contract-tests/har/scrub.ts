/**
 * Removes secrets from exchanges before they are written (and from requests before they are
 * compared on replay, so both sides look the same). Which names are secret is decided by
 * secret-names.ts; every place a name can carry a value is covered:
 * - headers (request and response): `Authorization`/`Proxy-Authorization` keep their scheme
 *   (`Bearer ***scrubbed***`), any other secret header becomes `***scrubbed***`;
 * - URL query and fragment parameters, in the request path and in any header or body text that
 *   holds a URL (`Location: …#access_token=…`, `?api_key=…`, `?sig=…`);
 * - form bodies, `application/x-www-form-urlencoded` and `multipart/form-data`;
 * - JSON bodies at any depth; numbers are treated like strings, and every string or number below
 *   a secret member (an object under `credentials`) is replaced too.
 * Card and account numbers keep their last four characters: `000123456789` → `********6789`.
 * Replaced values are fixed placeholders that contain `*`, so the scanner (secret-scan.ts) never
 * mistakes a placeholder for a secret, and scrubbing twice gives the same text.
 */
import { secretKindOf, type NamePlace, type SecretKind } from './secret-names.js';

/** What every scrubbed secret becomes. */
export const SCRUBBED = '***scrubbed***';

/** Headers whose scheme is kept (RFC 9110 §11.6.2, §11.7.2): `Bearer abc` → `Bearer ***scrubbed***`. */
const SCHEME_HEADERS: readonly string[] = ['authorization', 'proxy-authorization'];

/** `********` plus the last four characters of `value` (all of it masked when shorter than five). */
export function maskAccountNumber(value: string): string {
  return value.length > 4 ? `********${value.slice(-4)}` : '********';
}

/** The placeholder for a value of `kind`. */
function replacement(value: string, kind: SecretKind): string {
  return kind === 'number' ? maskAccountNumber(value) : SCRUBBED;
}

/** A credential header value with its scheme kept: `Bearer abc` → `Bearer ***scrubbed***`. */
function scrubHeaderValue(value: string): string {
  const scheme = /^([A-Za-z][A-Za-z0-9_-]*)\s+\S/.exec(value);
  return scheme === null ? SCRUBBED : `${scheme[1]} ${SCRUBBED}`;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** `?name=value`, `&name=value` or `#name=value` in any text (a URL alone or inside a header or body). */
const URL_PARAMETER = /([?&#])([^=&#?\s"'<>]+)=([^&#\s"'<>]*)/g;

/** `text` with the value of every secret URL query or fragment parameter replaced (`?api_key=***scrubbed***`). */
export function scrubUrlParams(text: string): string {
  if (!/[?&#]/.test(text)) return text;
  return text.replace(URL_PARAMETER, (whole, mark: string, name: string, value: string) => {
    const kind = secretKindOf(decoded(name), 'url');
    return kind === undefined ? whole : `${mark}${name}=${replacement(decoded(value), kind)}`;
  });
}

/** Every `[name, value]` (decoded) of the URL query and fragment parameters found in `text`. */
export function urlParameters(text: string): Array<[string, string]> {
  return [...text.matchAll(URL_PARAMETER)].map((match) => [decoded(match[2] ?? ''), decoded(match[3] ?? '')]);
}

/** Headers with every credential value replaced and URLs in the others scrubbed (names are expected lower-case). */
export function scrubHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => {
      const kind = secretKindOf(name, 'header');
      if (kind === undefined) return [name, scrubUrlParams(value)];
      return [name, kind === 'secret' && SCHEME_HEADERS.includes(name) ? scrubHeaderValue(value) : replacement(value, kind)];
    }),
  );
}

/** Every string or number in `value` replaced for `kind` (booleans and `null` carry no secret). */
function scrubAll(value: unknown, kind: SecretKind): unknown {
  if (typeof value === 'string' || typeof value === 'number') return replacement(String(value), kind);
  if (Array.isArray(value)) return value.map((item) => scrubAll(item, kind));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, scrubAll(field, kind)]));
}

/** A JSON value with secret members replaced at any depth, and URL parameters in its strings scrubbed. */
export function scrubJson(value: unknown): unknown {
  if (typeof value === 'string') return scrubUrlParams(value);
  if (Array.isArray(value)) return value.map(scrubJson);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => {
      const kind = secretKindOf(key, 'json');
      return [key, kind === undefined ? scrubJson(field) : scrubAll(field, kind)];
    }),
  );
}

/** A form-encoded body with secret fields replaced (field order kept); unchanged when it has none. */
export function scrubForm(body: string): string {
  const params = new URLSearchParams(body);
  const kinds = [...params.keys()].map((name) => secretKindOf(name, 'form'));
  if (kinds.every((kind) => kind === undefined)) return body;
  const scrubbed = new URLSearchParams();
  [...params].forEach(([name, value], i) => {
    const kind = kinds[i];
    scrubbed.append(name, kind === undefined ? value : replacement(value, kind));
  });
  return scrubbed.toString();
}

/** The `name` of a multipart part from its `Content-Disposition` header (RFC 7578 §4.2). */
function partName(head: string): string | undefined {
  return /content-disposition:[^\r\n]{0,200}?\bname="([^"\r\n]{0,200})"/i.exec(head)?.[1];
}

function scrubPart(part: string, place: NamePlace): string {
  const separator = /\r?\n\r?\n/.exec(part);
  if (separator === null) return part;
  const name = partName(part.slice(0, separator.index));
  const kind = name === undefined ? undefined : secretKindOf(name, place);
  if (kind === undefined) return part;
  const start = separator.index + separator[0].length;
  const end = part.length - (/\r?\n$/.exec(part)?.[0].length ?? 0);
  return `${part.slice(0, start)}${replacement(part.slice(start, end), kind)}${part.slice(end)}`;
}

/**
 * A `multipart/form-data` body (RFC 7578) whose secret parts have their content replaced; parts
 * are found with the `boundary` of `contentType`. Unchanged without a boundary.
 */
export function scrubMultipart(body: string, contentType: string): string {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (boundary === null) return body;
  const delimiter = `--${boundary[1] ?? boundary[2]}`;
  return body
    .split(delimiter)
    .map((part, i) => (i === 0 ? part : scrubPart(part, 'form')))
    .join(delimiter);
}

/**
 * Removes secrets from exchanges before they are written (and from requests before they are
 * compared on replay, so both sides look the same). Replaced values are fixed placeholders that
 * contain `*`, so a placeholder is never mistaken for a secret by the scanner (secret-scan.ts):
 * - `Authorization`/`Proxy-Authorization`: the scheme is kept, the credentials become `***scrubbed***`.
 * - form and JSON bodies: `client_secret`, `password`, `access_token`, `refresh_token`, `id_token`
 *   (and the camelCase `clientSecret`, `accessToken`, `refreshToken`) become `***scrubbed***`.
 * - JSON `accountNumber` keeps its last four digits: `000123456789` → `********6789`.
 */

/** What every scrubbed secret becomes. */
export const SCRUBBED = '***scrubbed***';

/** Body fields whose values are secrets (OAuth 2 RFC 6749 §4.3.2, §5.1; vendor field names). */
export const SECRET_FIELDS: readonly string[] = [
  'client_secret',
  'password',
  'access_token',
  'refresh_token',
  'id_token',
  'clientSecret',
  'accessToken',
  'refreshToken',
];

/** Headers whose values carry credentials. */
export const SECRET_HEADERS: readonly string[] = ['authorization', 'proxy-authorization', 'cookie', 'x-api-key'];

/** `********` plus the last four characters of `value` (all of it masked when shorter than five). */
export function maskAccountNumber(value: string): string {
  return value.length > 4 ? `********${value.slice(-4)}` : '********';
}

/** A credential header value with its scheme kept: `Bearer abc` → `Bearer ***scrubbed***`. */
export function scrubHeaderValue(value: string): string {
  const scheme = /^([A-Za-z][A-Za-z0-9_-]*)\s+\S/.exec(value);
  return scheme === null ? SCRUBBED : `${scheme[1]} ${SCRUBBED}`;
}

/** Headers with every credential value replaced (names are expected lower-case). */
export function scrubHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, SECRET_HEADERS.includes(name) ? scrubHeaderValue(value) : value]),
  );
}

/** A JSON value with secret fields and account numbers replaced, at any depth. */
export function scrubJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrubJson);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => {
      if (typeof field === 'string' && SECRET_FIELDS.includes(key)) return [key, SCRUBBED];
      if (typeof field === 'string' && key === 'accountNumber') return [key, maskAccountNumber(field)];
      return [key, scrubJson(field)];
    }),
  );
}

/** A form-encoded body with secret fields replaced (field order kept); unchanged when it has none. */
export function scrubForm(body: string): string {
  const params = new URLSearchParams(body);
  if (!SECRET_FIELDS.some((name) => params.has(name))) return body;
  for (const name of SECRET_FIELDS) {
    if (params.has(name)) params.set(name, SCRUBBED);
  }
  return params.toString();
}

/**
 * Request headers as a plain object keyed by lower-case name (RFC 9110 §5.1: field names are
 * case-insensitive), so a later source overrides an earlier one whatever its spelling. `fetch`
 * takes such an object as is, without the cost of a `Headers` instance per call.
 */

/** A field name (RFC 9110 §5.1, `token`). */
const FIELD_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** Characters a field value may not contain (RFC 9110 §5.5; `fetch` refuses them too). */
const FORBIDDEN_IN_VALUE = /[\0\r\n]/;

/**
 * Sets header `name` to `value` in `headers` (keyed by lower-case name).
 * @throws TypeError naming the header (never its value, which may be a secret) when the name is not
 *   a field name or the value holds NUL, CR or LF.
 */
export function setHeader(headers: Record<string, string>, name: string, value: string): void {
  if (!FIELD_NAME.test(name) || FORBIDDEN_IN_VALUE.test(value)) {
    throw new TypeError(`invalid request header '${name.replace(/[^\x21-\x7e]/g, '?')}'`);
  }
  headers[name.toLowerCase()] = value;
}

/** Copies every header of `source` into `headers` with {@link setHeader}, in order. */
export function setHeaders(headers: Record<string, string>, source: Readonly<Record<string, string>>): void {
  for (const name of Object.keys(source)) setHeader(headers, name, source[name] as string);
}

/**
 * `sources` merged in order (later wins) into one object keyed by lower-case name.
 * @throws TypeError as {@link setHeader} does.
 */
export function mergeHeaders(...sources: (Readonly<Record<string, string>> | undefined)[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const source of sources) if (source !== undefined) setHeaders(headers, source);
  return headers;
}

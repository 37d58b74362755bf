/**
 * Encodes a request body value for its media type (OpenAPI 3.1 §4.8.13 Request Body Object, §4.8.15
 * Encoding Object): JSON media types as JSON text; `application/x-www-form-urlencoded` as form text
 * (WHATWG URL §5.2); `multipart/form-data` as `FormData` (RFC 7578), whose boundary `fetch` adds to
 * the `Content-Type` itself; any other media type (`text/plain`, `application/octet-stream`) sends a
 * string or a `Blob` as is.
 */

/** What `fetch` is given as the body. */
export type EncodedBody = string | FormData | Blob;

/** True for `application/json` and `+json` media types (RFC 6839 §3.1). */
export function isJsonMediaType(contentType: string): boolean {
  return /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i.test(contentType);
}

/**
 * Each property's values (an array repeats its name) as form values: a string, a `Blob` as is
 * (multipart only), anything else as JSON text.
 */
function entries(body: unknown, keepBlobs: boolean): [string, string | Blob][] {
  const out: [string, string | Blob][] = [];
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    for (const item of Array.isArray(value) ? (value as unknown[]) : [value]) {
      if (item === undefined) continue;
      if (keepBlobs && item instanceof Blob) out.push([key, item]);
      else out.push([key, typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item)]);
    }
  }
  return out;
}

/** The body as sent for `contentType` (see the module comment). */
export function encodeBody(contentType: string, value: unknown): EncodedBody {
  const media = contentType.toLowerCase();
  if (media.startsWith('application/x-www-form-urlencoded')) {
    return new URLSearchParams(entries(value, false) as [string, string][]).toString();
  }
  if (media.startsWith('multipart/form-data')) {
    const form = new FormData();
    for (const [key, part] of entries(value, true)) form.append(key, part);
    return form;
  }
  if (!isJsonMediaType(media) && (typeof value === 'string' || value instanceof Blob)) return value;
  return JSON.stringify(value);
}

/**
 * Reading request bodies. The server keeps every body as raw text (see server.ts) so that each API
 * can answer malformed input in its own error shape: these functions turn the text into a value or
 * a {@link BodyProblem} naming what is wrong, and never throw.
 */

/** Why a body was refused: the HTTP status (400 bad content, 415 wrong media type) and a message. */
export interface BodyProblem {
  readonly status: 400 | 415;
  readonly message: string;
}

/** The parsed body (`undefined` when the request had none), or the problem. */
export type BodyResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: BodyProblem };

/** The media type of a `Content-Type` header, lower case, without parameters; '' when absent. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function refuse(status: 400 | 415, message: string): BodyResult {
  return { ok: false, problem: { status, message } };
}

/**
 * JSON pointer of the first number JSON.parse could not represent (1e400 becomes Infinity), if any.
 * Iterative, so a deeply nested body cannot overflow the stack.
 */
function nonFinitePointer(root: unknown): string | undefined {
  const stack: [unknown, string][] = [[root, '']];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [value, pointer] = next;
    if (typeof value === 'number' && !Number.isFinite(value)) return pointer || '/';
    if (value === null || typeof value !== 'object') continue;
    for (const [key, child] of Object.entries(value).reverse()) {
      stack.push([child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
    }
  }
  return undefined;
}

/**
 * Parses a JSON body.
 * @param raw the body text; `undefined` or '' means no body.
 * @param contentType the request's `Content-Type` header.
 * @param accepts whether a media type is one the operation takes (e.g. `application/json`).
 */
export function readJsonBody(raw: string | undefined, contentType: string | undefined, accepts: (type: string) => boolean): BodyResult {
  if (raw === undefined || raw === '') return { ok: true, value: undefined };
  const type = mediaType(contentType);
  if (!accepts(type)) return refuse(415, `unsupported Content-Type '${type || '(none)'}'; send the request body as application/json`);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return refuse(400, `request body is not valid JSON: ${(error as Error).message}`);
  }
  const pointer = nonFinitePointer(value);
  if (pointer !== undefined) return refuse(400, `request body ${pointer}: number is too large to represent`);
  return { ok: true, value };
}

/** A parsed form, or the problem. Every field appears once. */
export type FormResult = { readonly ok: true; readonly fields: Record<string, string> } | { readonly ok: false; readonly message: string };

/** Parses an `application/x-www-form-urlencoded` body (RFC 6749 §3.2 token requests); a repeated field is refused (§3.1). */
export function readFormBody(raw: string | undefined, contentType: string | undefined): FormResult {
  const type = mediaType(contentType);
  if (type !== 'application/x-www-form-urlencoded') {
    return { ok: false, message: `the token request must be application/x-www-form-urlencoded, got '${type || '(none)'}'` };
  }
  const fields = new Map<string, string>();
  for (const [key, value] of new URLSearchParams(raw ?? '')) {
    if (fields.has(key)) return { ok: false, message: `form field '${key}' is repeated` };
    fields.set(key, value);
  }
  // fromEntries defines own properties, so a field named `__proto__` stays a plain field.
  return { ok: true, fields: Object.fromEntries(fields) };
}

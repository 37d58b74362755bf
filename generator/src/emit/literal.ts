/**
 * Writes plain data as TypeScript source: objects, arrays, strings, numbers, booleans, with
 * {@link code} marking raw expressions (function references). Keys keep their insertion order, so
 * callers control the order and the output is deterministic.
 */

/** A raw TypeScript expression to embed as is. */
export interface Code {
  readonly code: string;
}

/** Marks `expression` to be written verbatim. */
export function code(expression: string): Code {
  return { code: expression };
}

function isCode(value: unknown): value is Code {
  return typeof value === 'object' && value !== null && typeof (value as Code).code === 'string' && Object.keys(value).length === 1;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The TypeScript source of `value`; `undefined` properties are left out. */
export function literal(value: unknown): string {
  if (isCode(value)) return value.code;
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    const body = entries.map(([k, v]) => `${IDENTIFIER.test(k) ? k : quote(k)}: ${literal(v)}`).join(', ');
    return `{ ${body} }`;
  }
  throw new TypeError(`cannot write ${typeof value} as a literal`);
}

/** A single-quoted string literal. */
export function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}'`;
}

/** Text safe inside a `/** … *\/` doc comment: no comment terminator. */
export function docText(text: string): string {
  return text.replace(/\*\//g, '*\\/').trim();
}

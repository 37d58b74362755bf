/**
 * Writes plain data as TypeScript source: objects, arrays, strings, numbers, booleans, with
 * {@link code} marking raw expressions (function references). Keys keep their insertion order, so
 * callers control the order and the output is deterministic. Strings and keys come from the
 * document: they are escaped by source-text.ts.
 */
import { propertyName, stringLiteral } from '../source-text.js';


/**
 * A raw TypeScript expression to embed as is. A class, not a shape: document data such as
 * `{ code: '…' }` (a lone fixed header named `code`) must never pass for one.
 */
export class Code {
  constructor(readonly code: string) {}
}

/** Marks `expression` to be written verbatim. */
export function code(expression: string): Code {
  return new Code(expression);
}

/** The TypeScript source of `value`; `undefined` properties are left out. */
export function literal(value: unknown): string {
  if (value instanceof Code) return value.code;
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (typeof value === 'string') return stringLiteral(value, "'");
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    const body = entries.map(([k, v]) => `${propertyName(k, "'")}: ${literal(v)}`).join(', ');
    return `{ ${body} }`;
  }
  throw new TypeError(`cannot write ${typeof value} as a literal`);
}

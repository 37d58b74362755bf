/**
 * Writes plain data as TypeScript source: objects, arrays, strings, numbers, booleans, with
 * {@link code} marking raw expressions (function references). Keys keep their insertion order, so
 * callers control the order and the output is deterministic. Strings and keys come from the
 * document: they are escaped by source-text.ts.
 */
import { propertyName, stringLiteral } from '../source-text.js';
import { atom, bracketed, flatList, type LayoutItem } from './layout.js';

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

/**
 * The TypeScript source of `value`; `undefined` properties are left out, and a `Map` is written
 * as an object literal in its insertion order (an object would put integer-like keys first).
 * Laid out as {@link bracketed} lists, for a value written at `column` (on a line indented by
 * `indent`) with `tail` characters after it.
 * @throws {TypeError} for a function, symbol or bigint.
 */
export function literal(value: unknown, indent = '', column = 0, tail = 0): string {
  return item(value).lay(indent, column, tail);
}

function item(value: unknown): LayoutItem {
  if (value instanceof Code) return atom(value.code);
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return atom(String(value));
  if (typeof value === 'string') return atom(stringLiteral(value, "'"));
  if (Array.isArray(value)) return list('[', value.map(item));
  if (typeof value === 'object') {
    const entries = value instanceof Map ? [...(value as Map<string, unknown>)] : Object.entries(value as Record<string, unknown>);
    return list('{', entries.filter(([, v]) => v !== undefined).map(([k, v]) => property(propertyName(k, "'"), item(v))));
  }
  throw new TypeError(`cannot write ${typeof value} as a literal`);
}

function list(open: '{' | '[', items: LayoutItem[]): LayoutItem {
  return { flat: flatList(open, items), lay: (indent, column, tail) => bracketed(open, items, indent, column, tail) };
}

function property(key: string, value: LayoutItem): LayoutItem {
  const head = `${key}: `;
  return { flat: head + value.flat, lay: (indent, column, tail) => head + value.lay(indent, column + head.length, tail) };
}

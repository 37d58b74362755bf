/**
 * Writes plain data as TypeScript source: objects, arrays, strings, numbers, booleans, with
 * {@link code} marking raw expressions (function references). Keys keep their insertion order, so
 * callers control the order and the output is deterministic. Strings and keys come from the
 * document: they are escaped by source-text.ts.
 */
import { propertyName, stringLiteral } from '../source-text.js';
import { atom, bracketed, flatList, INDENT, PRINT_WIDTH, type LayoutItem } from './layout.js';

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
    const defined = entries.filter(([, v]) => v !== undefined);
    return list(
      '{',
      defined.map(([k, v]) => {
        const laid = item(v);
        return property(propertyName(k, "'"), laid, widthAfterColon(v, laid));
      }),
    );
  }
  throw new TypeError(`cannot write ${typeof value} as a literal`);
}

function list(open: '{' | '[', items: LayoutItem[]): LayoutItem {
  return { flat: flatList(open, items), lay: (indent, column, tail) => bracketed(open, items, indent, column, tail) };
}

/**
 * How much of `value` must fit after a property's colon before prettier moves it to the next line
 * (for a key at least {@link SHORT_KEY} wide): all of a string, `null`, identifier or member chain
 * (`v.validateX`); the opening bracket of an object or array; a number or boolean never moves.
 */
function widthAfterColon(value: unknown, item: LayoutItem): number {
  if (typeof value === 'string' || value === null) return item.flat.length;
  if (value instanceof Code) return /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/.test(value.code) ? item.flat.length : 0;
  return typeof value === 'object' ? 1 : 0;
}

/**
 * `key: value`, with `value` on the next line, one level in, when the key is at least
 * {@link SHORT_KEY} wide and the first `needed` characters of `value` do not fit after the colon
 * (prettier's `break-after-operator` and `fluid` layouts of a property); `needed` 0: never.
 */
function property(key: string, value: LayoutItem, needed: number): LayoutItem {
  const head = `${key}: `;
  return {
    flat: head + value.flat,
    lay: (indent, column, tail) => {
      const fits = column + head.length + needed + (needed === value.flat.length ? tail : 0) <= PRINT_WIDTH;
      if (needed === 0 || key.length < SHORT_KEY || fits) return head + value.lay(indent, column + head.length, tail);
      const inner = indent + INDENT;
      return `${key}:\n${inner}${value.lay(inner, inner.length, tail)}`;
    },
  };
}

/** The key width from which prettier breaks after a property's colon (`tabWidth` 2 + 3). */
const SHORT_KEY = 5;

/**
 * The layout every generated module is printed in, whatever its size: 2-space indentation, single
 * quotes, and a bracketed list (object literal, array, named imports) on one line when it fits in
 * {@link PRINT_WIDTH} columns, else one item per line with a trailing comma: prettier's layout
 * under the repository's `.prettierrc.json` (`printWidth: 120`, `singleQuote`, `trailingComma:
 * 'all'`). The printers produce that layout themselves, so a module is laid out the same way at
 * 1 KB and at 30 MB (issue 15: prettier ran only on modules up to 64 KB, and costs seconds per
 * megabyte); generator/test/generate/prettier-stable.test.ts proves prettier leaves it unchanged.
 */

/** The column a line should not pass (prettier's `printWidth` of the former formatting). */
export const PRINT_WIDTH = 120;

/** One level of indentation. */
export const INDENT = '  ';

/** One item of a {@link bracketed} list: its one-line text, and its text laid out from `column` (at `indent`) with `tail` characters after it. */
export interface LayoutItem {
  readonly flat: string;
  lay(indent: string, column: number, tail: number): string;
}

/** An item that never breaks (a name, a number, a string). */
export function atom(text: string): LayoutItem {
  return { flat: text, lay: () => text };
}

/** The one-line text of `open` + `items` + the matching close: `{ a, b }`, `[a, b]`, `{}`. */
export function flatList(open: '{' | '[', items: readonly LayoutItem[]): string {
  const pad = open === '{' && items.length > 0 ? ' ' : '';
  return `${open}${pad}${items.map((i) => i.flat).join(', ')}${pad}${open === '{' ? '}' : ']'}`;
}

/**
 * `open` + `items` + the matching close: on one line ({@link flatList}) when that fits between
 * `column` (where `open` is written) and `tail` more characters after it, else `open`, each item
 * on its own line at `indent` + {@link INDENT} with a trailing comma, and the close at `indent`.
 */
export function bracketed(open: '{' | '[', items: readonly LayoutItem[], indent: string, column: number, tail: number): string {
  const flat = flatList(open, items);
  if (items.length === 0 || column + flat.length + tail <= PRINT_WIDTH) return flat;
  const inner = indent + INDENT;
  const lines = items.map((item) => `${inner}${item.lay(inner, inner.length, 1)},`);
  return `${open}\n${lines.join('\n')}\n${indent}${open === '{' ? '}' : ']'}`;
}

/**
 * `import { a, b } from './x.js';` (or `export`, `import type`) for `names`, in the layout of
 * {@link bracketed}; `from` is written single-quoted and must need no escaping (a module path of
 * ours).
 */
export function namedImport(keyword: 'import' | 'import type' | 'export', names: readonly string[], from: string): string {
  const tail = ` from '${from}';`.length;
  return `${keyword} ${bracketed('{', names.map(atom), '', keyword.length + 1, tail)} from '${from}';`;
}

/**
 * `line` (one printed line of a declaration or statement) with the argument or parameter list of
 * its first parenthesis, one item per line, when the line is longer than {@link PRINT_WIDTH} and
 * ends with that list (`f(a, b);`, `name(a: A, b?: B): R {`): prettier's layout of a long call or
 * signature; when even its opening parenthesis is past that width and follows `lhs = `, the
 * right-hand side on the next line, one level in (then its list broken as before). Comment lines
 * and any other line are returned unchanged.
 */
export function breakParameters(line: string): string {
  if (line.length <= PRINT_WIDTH || /^\s*(\*|\/\*|\/\/)/.test(line)) return line;
  const open = firstParenthesis(line);
  if (open < 0) return line;
  const assignment = line.lastIndexOf(' = ', open);
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  if (open + 1 > PRINT_WIDTH && assignment > indent.length && !line.slice(indent.length, assignment).includes('(')) {
    return `${line.slice(0, assignment)} =\n${breakParameters(`${indent}${INDENT}${line.slice(assignment + 3)}`)}`;
  }
  const close = matching(line, open);
  const rest = close < 0 ? '' : line.slice(close + 1);
  if (!(rest === ';' || rest === ' {' || /^: .+ \{$/.test(rest))) return line;
  const items = topLevelItems(line.slice(open + 1, close));
  if (items.length === 0) return line;
  const inner = indent + INDENT;
  return `${line.slice(0, open + 1)}\n${items.map((i) => `${inner}${i},`).join('\n')}\n${indent})${rest}`;
}

/** Calls `visit(index, char, depth)` for each character outside string literals; depth counts `(`, `[`, `{`, `<` (not the `>` of `=>`). */
function scan(text: string, visit: (index: number, char: string, depth: number) => boolean | void): void {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === "'" || c === '"' || c === '`') {
      for (i += 1; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i += 1;
      continue;
    }
    if (c === ')' || c === ']' || c === '}' || (c === '>' && text[i - 1] !== '=')) depth -= 1;
    if (visit(i, c, depth) === true) return;
    if (c === '(' || c === '[' || c === '{' || c === '<') depth += 1;
  }
}

function firstParenthesis(line: string): number {
  let found = -1;
  scan(line, (i, c, depth) => {
    if (c === '(' && depth === 0) found = i;
    return found >= 0;
  });
  return found;
}

function matching(line: string, open: number): number {
  let found = -1;
  scan(line.slice(open), (i, c, depth) => {
    if (c === ')' && depth === 0) found = open + i;
    return found >= 0;
  });
  return found;
}

function topLevelItems(list: string): string[] {
  const items: string[] = [];
  let start = 0;
  scan(list, (i, c, depth) => {
    if (c === ',' && depth === 0) {
      items.push(list.slice(start, i).trim());
      start = i + 1;
    }
  });
  items.push(list.slice(start).trim());
  return items.filter((i) => i !== '');
}

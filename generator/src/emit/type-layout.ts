/**
 * Prettier's layout (prettier 3, `.prettierrc.json`) of a long type annotation, for a property
 * signature or type alias the printers wrote on one line (`name?: A | B;`, `export type X = T;`),
 * in one pass over the line:
 * - a union: `name:` (or `type X =`), then the union on the next line when it fits there, else
 *   one member per line (`| A`);
 * - a type alias whose type is not a union: `type X =`, then the type on the next line;
 * - a property whose type is a generic with one type argument (`NonNullable<…>['k']`): the
 *   argument on its own line (`NonNullable<`, argument, `>['k']`), again for a nested generic that
 *   still does not fit, one member per line (`| A`) for a union that does not.
 * Any other line, and any line within {@link PRINT_WIDTH}, is returned unchanged.
 */
import { INDENT, PRINT_WIDTH } from './layout.js';

/** `head: A | B;` or `type X = A | B;` on one line, with its head and type. */
const MEMBER = /^(\s*)((?:export )?type [^=]+ =|(?:readonly )?(?:[A-Za-z_$][\w$]*|'(?:[^'\\]|\\.)*'|\[[^\]]+\])\??:) (.+);$/;

/** `line` in prettier's layout of a long type annotation (see the module comment). */
export function breakTypeLine(line: string): string {
  if (line.length <= PRINT_WIDTH) return line;
  const match = MEMBER.exec(line);
  if (!match) return line;
  const [, indent = '', head = '', type = ''] = match;
  const inner = indent + INDENT;
  const members = topLevelUnion(type);
  if (members.length >= 2 || head.endsWith('=')) {
    if (members.length < 2 || inner.length + type.length + 1 <= PRINT_WIDTH) return `${indent}${head}\n${inner}${type};`;
    return [`${indent}${head}`, ...members.map((m, i) => `${inner}| ${m}${i === members.length - 1 ? ';' : ''}`)].join('\n');
  }
  return `${indent}${head} ${typeArgumentBroken(`${type};`, indent, indent.length + head.length + 1)}`;
}

/** `Name<Argument>rest` with its single type argument on its own line when it does not fit from `column`. */
function typeArgumentBroken(text: string, indent: string, column: number): string {
  if (column + text.length <= PRINT_WIDTH) return text;
  const open = /^[A-Za-z_$][\w$.]*</.exec(text)?.[0].length ?? 0;
  if (open === 0) return text;
  const close = closing(text, open - 1);
  const argument = text.slice(open, close);
  if (close < 0 || topLevelSplit(argument, ',').length !== 1) return text;
  const inner = indent + INDENT;
  const members = topLevelUnion(argument);
  const laid =
    members.length < 2 || inner.length + argument.length <= PRINT_WIDTH
      ? `${inner}${typeArgumentBroken(argument, inner, inner.length)}`
      : members.map((m) => `${inner}| ${m}`).join('\n');
  return `${text.slice(0, open)}\n${laid}\n${indent}${text.slice(close)}`;
}

/** The members of a union type, split at `|` outside brackets, strings and comments. */
export function topLevelUnion(type: string): string[] {
  return topLevelSplit(type, '|')
    .map((m) => m.trim())
    .filter((m) => m !== '');
}

/** `text` split at each `separator` outside brackets, strings and comments (pieces untrimmed). */
function topLevelSplit(text: string, separator: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  scanTopLevel(text, (i) => {
    if (text[i] === separator) {
      pieces.push(text.slice(start, i));
      start = i + 1;
    }
    return false;
  });
  pieces.push(text.slice(start));
  return pieces;
}

/** The indexes of `char` in `text` outside brackets, strings and comments. */
export function topLevelIndexes(text: string, char: string): number[] {
  const found: number[] = [];
  scanTopLevel(text, (i) => {
    if (text[i] === char) found.push(i);
    return false;
  });
  return found;
}

/** The index of the bracket (`(`, `[`, `{`, `<`) closing the one at `open`, or -1. */
export function closing(text: string, open: number): number {
  let found = -1;
  scanTopLevel(
    text.slice(open + 1),
    (i, depth) => {
      if (depth < 0) found = open + 1 + i;
      return found >= 0;
    },
    true,
  );
  return found;
}

/**
 * Calls `visit(index, depth)` for each character outside strings and comments at depth 0 (an
 * opening bracket before it counts, a closing one after), or, with `everyDepth`, also for a
 * closing bracket that leaves depth 0; stops when `visit` returns true. Depth counts `(`, `[`,
 * `{`, `<` (not the `>` of `=>`).
 */
function scanTopLevel(text: string, visit: (index: number, depth: number) => boolean, everyDepth = false): void {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === "'" || c === '"') {
      for (i += 1; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i += 1;
    } else if (c === '(' || c === '[' || c === '{' || c === '<') {
      if (depth === 0 && visit(i, 0)) return;
      depth += 1;
    } else if (c === ')' || c === ']' || c === '}' || (c === '>' && text[i - 1] !== '=')) {
      depth -= 1;
      if ((depth === 0 || (everyDepth && depth < 0)) && visit(i, depth)) return;
    } else if (depth === 0 && visit(i, 0)) return;
  }
}

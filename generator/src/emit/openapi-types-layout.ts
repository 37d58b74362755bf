/**
 * openapi-typescript's text (TypeScript's printer: 4-space indentation, double-quoted
 * `JSON.stringify` strings, a union on one line however long) in prettier's layout
 * (`.prettierrc.json`, as layout.ts), so `types.gen.ts` reads the same at any size without running
 * prettier:
 * - every string literal outside comments is single-quoted (`\"` unescaped, `'` escaped), unless it
 *   holds more `'` than `"` (prettier's choice of quote);
 * - each level of leading indentation is 2 spaces instead of 4 (a comment's ` *` lines keep their
 *   extra space);
 * - a long one-line member or alias type is broken as type-layout.ts does;
 * - a member whose type is a union written over several lines (`name: {` … `} | {` … `};`) has
 *   `name:` on its own line and one member per line (`| {`), its lines 4 columns further in, as
 *   prettier prints it; a single object type with `null`/`undefined` (`{` … `} | null;`) stays hugged.
 * Each line is visited once per enclosing multi-line member (linear for a bounded nesting depth).
 */
import { INDENT, PRINT_WIDTH } from './layout.js';
import { enclosingQuote } from '../source-text.js';
import { breakTypeLine, closing, topLevelIndexes, topLevelUnion } from './type-layout.js';

/** `text` (openapi-typescript's output) in our layout; comments are copied unchanged. */
export function openApiTypesLayout(text: string): string {
  const lines = singleQuoted(text)
    .split('\n')
    .map((line) => breakTypeLine(reindented(line)));
  const out: string[] = [];
  layOutUnions(lines, 0, lines.length, out);
  return out.join('\n');
}

/** A comment (kept) or a double-quoted string literal (`JSON.stringify`'s escapes). */
const COMMENT_OR_STRING = /\/\*[\s\S]*?(?:\*\/|$(?![\s\S]))|\/\/[^\n]*|"((?:[^"\\\n]|\\.)*)"/g;

/** `text` with each double-quoted string literal outside comments written single-quoted, unless it holds more `'` than `"`. */
function singleQuoted(text: string): string {
  return text.replace(COMMENT_OR_STRING, (match, body: string | undefined) =>
    body === undefined || enclosingQuote(body, "'") === '"' ? match : `'${body.replace(/\\"|'/g, (q) => (q === "'" ? "\\'" : '"'))}'`,
  );
}

function reindented(line: string): string {
  const spaces = line.length - line.trimStart().length;
  if (spaces === 0 || line[spaces - 1] !== ' ') return line;
  return INDENT.repeat(Math.floor(spaces / 4)) + ' '.repeat(spaces % 4) + line.slice(spaces);
}

/** The first line of a member whose type continues on the next lines: `name: {`, `name: A | {`, `name: ({`, `name: [`. */
const MULTI_LINE_MEMBER = /^(\s*)((?:readonly )?(?:[A-Za-z_$][\w$]*|'(?:[^'\\]|\\.)*'|\[[^\]]+\])\??:) (.*[{[])$/;

/** Copies `lines[from..to)` to `out`, each multi-line member type laid out as prettier does (inner ones first). */
function layOutUnions(lines: readonly string[], from: number, to: number, out: string[]): void {
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? '';
    const match = MULTI_LINE_MEMBER.exec(line);
    const [, indent = '', head = '', first = ''] = match ?? [];
    const end = match ? memberEnd(lines, i, to, indent, first === '[' ? ']' : '}') : -1;
    if (end < 0) {
      out.push(line);
      continue;
    }
    const body: string[] = [];
    layOutUnions(lines, i + 1, end, body);
    const last = lines[end] ?? '';
    if (first === '[') out.push(...tupleLines(indent, head, body, last));
    else out.push(...unionLines(indent, head, [first, ...body, last].join('\n')));
    i = end;
  }
}

/** The line closing the member that opens at `start` (the next one at its indent starting with `close` and ending with `;`), or -1. */
function memberEnd(lines: readonly string[], start: number, to: number, indent: string, close: string): number {
  for (let j = start + 1; j < to; j++) {
    const line = lines[j] ?? '';
    if (line.startsWith(indent + close)) {
      if (line.endsWith(';')) return j;
    } else if (line.trim() !== '' && !line.startsWith(`${indent} `)) return -1;
  }
  return -1;
}

/**
 * A tuple type printed one element per line (`name: [`, elements, `];`) as prettier prints it: on
 * one line when every element is one line and it fits, else with a comma after the last element.
 */
function tupleLines(indent: string, head: string, body: readonly string[], last: string): string[] {
  const element = `${indent}${INDENT}`;
  const oneLine = body.every((l) => l.startsWith(element) && l[element.length] !== ' ');
  const flat = `${indent}${head} [${body.map((l) => l.trim()).join(' ')}${last.slice(indent.length)}`;
  if (oneLine && flat.length <= PRINT_WIDTH) return [flat];
  const closed = body.map((l, i) => (i === body.length - 1 && !l.endsWith(',') ? `${l},` : l));
  return [`${indent}${head} [`, ...closed, last];
}

/**
 * `head` + `type` (a type over several lines, ending with `;`, its lines after the first at
 * `indent` or deeper) in prettier's layout. A union other than one object type with
 * `null`/`undefined`: `head`, then {@link unionMemberLines}. Otherwise each parenthesized union
 * over several lines (`({` … `} | {` … `})`) becomes `(`, its member lines, `)`.
 */
function unionLines(indent: string, head: string, type: string): string[] {
  const members = topLevelUnion(type.slice(0, -1));
  const objects = members.filter((m) => m.startsWith('{')).length;
  const hugged = objects === 1 && members.every((m) => m.startsWith('{') || m === 'null' || m === 'undefined');
  if (members.length >= 2 && !hugged) return [`${indent}${head}`, ...unionMemberLines(indent, members, ';')];
  let text = '';
  let from = 0;
  for (const open of topLevelIndexes(type, '(')) {
    const close = closing(type, open);
    const inner = topLevelUnion(type.slice(open + 1, close));
    if (close < 0 || inner.length < 2 || !type.slice(open, close).includes('\n')) continue;
    text += `${type.slice(from, open)}(\n${unionMemberLines(indent, inner, '').join('\n')}\n${indent})`;
    from = close + 1;
  }
  return `${indent}${head} ${text}${type.slice(from)}`.split('\n');
}

/** Each of `members` after `| ` at `indent` + 2, its further lines 4 columns further in; `end` after the last. */
function unionMemberLines(indent: string, members: readonly string[], end: string): string[] {
  const inner = indent + INDENT;
  return members.flatMap((member, i) => {
    const [first = '', ...rest] = `${member}${i === members.length - 1 ? end : ''}`.split('\n');
    return [`${inner}| ${first}`, ...rest.map((l) => (l === '' ? l : `${INDENT}${INDENT}${l}`))];
  });
}

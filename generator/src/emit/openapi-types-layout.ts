/**
 * openapi-typescript's text (TypeScript's printer: 4-space indentation, double-quoted
 * `JSON.stringify` strings, a union on one line however long) in the layout of layout.ts, in one
 * linear pass, so `types.gen.ts` reads the same at any size without prettier:
 * - every string literal outside comments is single-quoted (`\"` unescaped, `'` escaped);
 * - each level of leading indentation is 2 spaces instead of 4 (a comment's ` *` lines keep their
 *   extra space);
 * - a member or alias `name: A | B | C;` longer than {@link PRINT_WIDTH} has one union member per
 *   line (`name:` then `  | A` …), as prettier lays it out.
 */
import { INDENT, PRINT_WIDTH } from './layout.js';

/** `text` (openapi-typescript's output) in our layout; comments are copied unchanged. */
export function openApiTypesLayout(text: string): string {
  return singleQuoted(text)
    .split('\n')
    .map((line) => breakUnion(reindented(line)))
    .join('\n');
}

/** `text` with each double-quoted string literal outside comments written single-quoted. */
function singleQuoted(text: string): string {
  let out = '';
  let from = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '*') i = end(text.indexOf('*/', i + 2), text, 2);
    else if (c === '/' && text[i + 1] === '/') i = end(text.indexOf('\n', i), text, 0);
    else if (c === '"') {
      let j = i + 1;
      let body = '';
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\') {
          body += text[j + 1] === '"' ? '"' : text.slice(j, j + 2);
          j += 2;
        } else {
          body += text[j] === "'" ? "\\'" : text[j];
          j += 1;
        }
      }
      out += `${text.slice(from, i)}'${body}'`;
      i = j + 1;
      from = i;
    } else i += 1;
  }
  return out + text.slice(from);
}

/** The index just after a comment that closes at `close` (`-1`: it runs to the end). */
function end(close: number, text: string, closeLength: number): number {
  return close < 0 ? text.length : close + closeLength;
}

function reindented(line: string): string {
  const spaces = line.length - line.trimStart().length;
  if (spaces === 0 || line[spaces - 1] !== ' ') return line;
  return INDENT.repeat(Math.floor(spaces / 4)) + ' '.repeat(spaces % 4) + line.slice(spaces);
}

/** `head: A | B;` or `type X = A | B;` on one line, with its head and union members split at the top level. */
const MEMBER = /^(\s*)((?:export )?type [^=]+ =|(?:readonly )?(?:[A-Za-z_$][\w$]*|'(?:[^'\\]|\\.)*'|\[[^\]]+\])\??:) (.+);$/;

function breakUnion(line: string): string {
  if (line.length <= PRINT_WIDTH) return line;
  const match = MEMBER.exec(line);
  if (!match) return line;
  const [, indent = '', head = '', type = ''] = match;
  const members = topLevelUnion(type);
  if (members.length < 2) return line;
  return [`${indent}${head}`, ...members.map((m, i) => `${indent}${INDENT}| ${m}${i === members.length - 1 ? ';' : ''}`)].join('\n');
}

/** The members of a union type written on one line, split at `|` outside brackets and strings. */
function topLevelUnion(type: string): string[] {
  const members: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < type.length; i++) {
    const c = type[i];
    if (c === "'") {
      for (i += 1; i < type.length && type[i] !== "'"; i++) if (type[i] === '\\') i += 1;
    } else if (c === '(' || c === '[' || c === '{' || c === '<') depth += 1;
    else if (c === ')' || c === ']' || c === '}' || (c === '>' && type[i - 1] !== '=')) depth -= 1;
    else if (c === '|' && depth === 0) {
      members.push(type.slice(start, i).trim());
      start = i + 1;
    }
  }
  members.push(type.slice(start).trim());
  return members.filter((m) => m !== '');
}

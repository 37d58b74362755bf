/**
 * Breaks the long lines of the emitted module, so it reads without a formatter (prettier is not
 * run on large modules, and a validator module is large early): after a comma or before `||`,
 * `&&` or `+`, never inside a string literal or template text, continuation lines indented four
 * more spaces than the line they continue. A line without such a place (a long string) stays long.
 */

/** Longest line wanted, the `printWidth` prettier formats the other generated files with. */
export const MAX_LINE = 120;

/** Operators a line may be broken before (the next line starts with the operator). */
const OPERATORS = [' || ', ' && ', ' + '];

/** `line` as one or more lines of at most {@link MAX_LINE} characters where it can be broken. */
export function wrapLine(line: string): string[] {
  if (line.length <= MAX_LINE) return [line];
  const trimmed = line.trimStart();
  if (/^(\/\/|\/\*|\*)/.test(trimmed)) return [line];
  const continuation = ' '.repeat(line.length - trimmed.length + 4);
  const out: string[] = [];
  let rest = line;
  let start = 0;
  while (rest.length > MAX_LINE) {
    const at = breakPoint(rest, start + 8);
    if (at === undefined) break;
    out.push(rest.slice(0, at).trimEnd());
    rest = continuation + rest.slice(at).trimStart();
    start = continuation.length;
  }
  out.push(rest);
  return out;
}

/** Every line of `lines` wrapped (see {@link wrapLine}). */
export function wrapLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) for (const piece of wrapLine(line)) out.push(piece);
  return out;
}

/**
 * Where to break `text`: the last break point within {@link MAX_LINE}, else the first one after it
 * (a long line still gets shorter), never before `min` (the piece would not advance).
 */
function breakPoint(text: string, min: number): number | undefined {
  const usable = [...breakPoints(text)].filter(([at]) => at >= min);
  const fitting = usable.filter(([at]) => at <= MAX_LINE);
  // A break inside a concatenation (`p + "/id"`) only where no comma or `||`/`&&` fits.
  const best = fitting.filter(([, kind]) => kind !== ' + ').at(-1) ?? fitting.at(-1) ?? usable[0];
  return best?.[0];
}

/** Offsets in `text` where code may be broken, after `, ` or before an operator (outside strings), and which. */
function* breakPoints(text: string): Generator<[number, string]> {
  // Each entry: the quote of the string or template being read, or '{' for code inside `${…}`.
  const stack: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (top === '"' || top === "'") {
      if (c === '\\') i++;
      else if (c === top) stack.pop();
      continue;
    }
    if (top === '`') {
      if (c === '\\') i++;
      else if (c === '`') stack.pop();
      else if (c === '$' && text[i + 1] === '{') {
        stack.push('{');
        i++;
      }
      continue;
    }
    if (c === '"' || c === "'" || c === '`') stack.push(c);
    else if (c === '{' && top === '{') stack.push('{');
    else if (c === '}' && top === '{') stack.pop();
    else if (c === ',' && text[i + 1] === ' ') yield [i + 2, ', '];
    else if (c === ' ') {
      const op = OPERATORS.find((o) => text.startsWith(o, i));
      if (op !== undefined) yield [i + 1, op];
    }
  }
}

/**
 * A doc comment of `text` (already escaped for a comment): one line when it fits, else a block
 * whose lines break at spaces or after `/` (a JSON pointer), each within {@link MAX_LINE} where a
 * break exists.
 */
export function wrappedComment(text: string, indent = ''): string[] {
  const single = `${indent}/** ${text} */`;
  if (single.length <= MAX_LINE) return [single];
  const width = MAX_LINE - indent.length - 3;
  const lines: string[] = [];
  let rest = text;
  while (rest.length > width) {
    const window = rest.slice(0, width);
    const at = Math.max(window.lastIndexOf(' '), window.lastIndexOf('/') + 1);
    const cut = at > 0 ? at : width;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  lines.push(rest);
  return [`${indent}/**`, ...lines.map((l) => `${indent} * ${l}`), `${indent} */`];
}

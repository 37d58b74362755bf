/**
 * Small builders for the statement shapes the compiler emits (blocks, labeled checks, error pushes).
 * Code is produced as arrays of lines; nesting indents by two spaces.
 */
import type { CollectMode, IsMode, Mode } from './compile-types.js';
import type { FunctionScope } from './names.js';
import { stringLiteral } from '../source-text.js';

/**
 * Appends `items` to `target` one at a time and returns `target`. Spreading into `push` passes
 * every item as a call argument and overflows the call stack for long arrays (a large document's
 * lines), so anything of unbounded length is appended with this.
 */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** Indents `body` one level. */
export function indent(body: readonly string[]): string[] {
  return body.map((l) => (l === '' ? l : `  ${l}`));
}

/** `head {` body `}`, or nothing when the body is empty. */
export function block(head: string, body: readonly string[]): string[] {
  return body.length === 0 ? [] : [`${head} {`, ...indent(body), '}'];
}

/** The failure statement of an `is`-mode check. */
export function failWith(mode: IsMode): string {
  return `${mode.fail};`;
}

/**
 * Runs a boolean check whose failure leaves the block: `L: { <check with fail = break L>; onPass }`.
 * `emit` receives the `is` mode to compile with. Without any failure path the label is dropped so
 * no unused label is emitted.
 */
export function labeledCheck(fn: FunctionScope, emit: (mode: IsMode) => string[], onPass: readonly string[]): string[] {
  const label = fn.fresh('attempt');
  const body = emit({ mode: 'is', fail: `break ${label}` });
  const used = body.some((l) => l.includes(`break ${label};`));
  if (!used) {
    fn.release(label);
    return [...body, ...onPass];
  }
  return [`${label}: {`, ...indent(body), ...indent(onPass), '}'];
}

/** JS string literal of `value` (document text: escaped by {@link stringLiteral}). */
export function lit(value: string): string {
  return stringLiteral(value);
}

/** JS expression of a child instancePath: `p + "/name"` (token escaped at compile time). */
export function childPath(path: string, token: string): string {
  const escaped = token.replace(/~/g, '~0').replace(/\//g, '~1');
  const joined = /^(.*) \+ ("(?:[^"\\]|\\.)*")$/.exec(path);
  const before = joined === null ? undefined : parsedLiteral(joined[2] ?? '');
  if (joined !== null && before !== undefined) return `${joined[1] ?? ''} + ${lit(`${before}/${escaped}`)}`;
  return `${path} + ${lit(`/${escaped}`)}`;
}

/** The text of a double-quoted literal written by {@link lit}, or undefined when it is not plain JSON. */
function parsedLiteral(literal: string): string | undefined {
  try {
    const text: unknown = JSON.parse(literal);
    return typeof text === 'string' && lit(text) === literal ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The statement adding one error in collect mode (through the module's `addError`, which ends the
 * collection once `maxErrors` errors are held). `params` and `message` are JS expressions.
 */
export function pushError(
  mode: CollectMode,
  schemaPath: string,
  keyword: string,
  params: string,
  message: string,
  instancePath = mode.path,
): string {
  return `addError(e, { instancePath: ${instancePath}, schemaPath: ${schemaPathExpr(mode, schemaPath)}, keyword: ${lit(keyword)}, params: ${params}, message: ${message} });`;
}

/**
 * JS expression of a schemaPath: a literal, or `s + "/rest"` when it lies under the location the
 * function's `s` parameter stands for (see `CollectMode.root`).
 */
export function schemaPathExpr(mode: CollectMode, schemaPath: string): string {
  const root = mode.root;
  if (root === undefined || (schemaPath !== root && !schemaPath.startsWith(`${root}/`))) return lit(schemaPath);
  const rest = schemaPath.slice(root.length);
  return rest === '' ? 's' : `s + ${lit(rest)}`;
}

/**
 * The statements for a failed condition: in `is` mode `if (cond) fail;`, in collect mode
 * `if (cond) addError(e, ...)`.
 */
export function check(
  mode: Mode,
  cond: string,
  schemaPath: string,
  keyword: string,
  params: string,
  message: string,
): string[] {
  if (mode.mode === 'is') return [`if (${cond}) ${failWith(mode)}`];
  return [`if (${cond}) ${pushError(mode, schemaPath, keyword, params, message)}`];
}

/**
 * True when identifier `id` occurs (as a whole word) in the code of the lines, outside string
 * literals and template text (an error message may say "must be array"), e.g. to skip unused locals.
 */
export function mentions(lines: readonly string[], id: string): boolean {
  const re = new RegExp(`\\b${id}\\b`);
  return lines.some((l) => re.test(codeOnly(l)));
}

/** `line` without the text of its string literals (the `${…}` expressions of templates are kept). */
function codeOnly(line: string): string {
  return line
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""')
    .replace(/`(?:[^`\\]|\\.)*`/g, (template) => (template.match(/\$\{[^}]*\}/g) ?? []).join(' '));
}

/**
 * Assembles the generated module: imports, hoisted constants, helpers, unit functions and the
 * exported `validateX` / `isX` / `assertX` triple per target, each with a doc comment.
 *
 * The exported functions are thin: they pass their unit's functions to three shared entry
 * helpers, so a target costs a few lines however large its schema, and targets sharing a unit
 * (a response that is a `$ref` to a component) share all of its code.
 */
import { append, lit } from './code-blocks.js';
import type { EmitContext } from './emit-context.js';
import type { EmittedTarget } from './emit-validators.js';
import { helperSources } from './helpers.js';
import { wrappedComment, wrapLines } from './line-wrap.js';
import { docComment } from '../source-text.js';
import { byCodeUnit } from '../code-unit-order.js';

export interface ModuleParts {
  ctx: EmitContext;
  /** Unit functions, already in stable order. */
  functions: string[];
  targets: EmittedTarget[];
  runtimeImport: string;
  typeImports: { from: string; names: string[] } | undefined;
}

/** The complete module source. */
export function assembleModule(parts: ModuleParts): string {
  const { ctx, targets } = parts;
  const out: string[] = [];
  if (targets.length > 0) {
    const names = 'SchemaValidationError, maxErrorsOf, type ValidateOptions, type ValidationError, type ValidationResult';
    out.push(`import { ${names} } from ${JSON.stringify(parts.runtimeImport)};`);
  }
  const typeNames = parts.typeImports?.names ?? [];
  if (parts.typeImports !== undefined && typeNames.length > 0) {
    out.push(`import type { ${[...typeNames].sort(byCodeUnit).join(', ')} } from ${JSON.stringify(parts.typeImports.from)};`);
  }
  const entry: string[] = targets.length > 0 ? [...ENTRY_HELPERS] : [];
  for (const t of targets) append(entry, ['', ...exportsFor(t)]);
  const body: string[] = [];
  for (const fn of reachable(parts.functions, entry)) body.push('', fn);
  append(body, entry);
  // Keywords may hoist a constant or request a helper for code they later drop (e.g. a check that
  // turned out empty); only what the emitted functions reference is kept (noUnusedLocals).
  const constants = ctx.constantDeclarations().map((decl) => [/^const (\w+)/.exec(decl)?.[1] ?? '', decl] as const);
  const used = referencedNames(body, [...constants.map(([name]) => name), ...ctx.usedHelpers()]);
  for (const [name, decl] of constants) if (used.has(name)) out.push('', decl);
  const code = wrapLines(out.join('\n').split('\n'));
  // The helpers are written by hand within the line width; their regular expressions are not code the wrapper reads.
  for (const source of helperSources(ctx.usedHelpers().filter((h) => used.has(h)))) code.push('', source);
  append(code, wrapLines(body.join('\n').split('\n')));
  code.push('');
  return code.join('\n');
}

/**
 * Shared entry points of every exported function. A value nested deeper than the call stack
 * allows (possible only for absurd inputs) is reported invalid rather than throwing a RangeError;
 * every other exception (thrown by a getter or Proxy in the value) propagates unchanged.
 * Errors are added through `addError`, which stops the whole collection (by throwing `SINK_FULL`
 * up to `runCollect`) at the first error beyond the caller's `maxErrors`, so a huge invalid value
 * costs no more than its first `maxErrors + 1` errors. Their names cannot clash with unit
 * functions (`check…`, `collect…`, `propertyEvaluatedBy…`, `itemEvaluatedBy…`) or exports.
 */
const ENTRY_HELPERS = [
  '',
  '/** The shared result of every successful validation (frozen: callers cannot alter it). */',
  'const VALID: ValidationResult = Object.freeze({ valid: true } as const);',
  '',
  '/** Thrown by `addError` when the error list is full; caught by `runCollect`. */',
  "const SINK_FULL: unique symbol = Symbol('error list full');",
  '',
  '/** An error-collecting check: adds the errors of value `x` at instancePath `p` to `e`. */',
  'type CollectErrors = (x: unknown, p: string, e: ValidationError[]) => void;',
  '',
  '/** `maxErrors` of the collection running now (set by `runCollect`, restored when it ends). */',
  'let errorLimit = 0;',
  '',
  '/** Adds `error` to `e`, or ends the collection when `e` already holds `errorLimit` errors. */',
  'function addError(e: ValidationError[], error: ValidationError): void {',
  '  if (e.length >= errorLimit) throw SINK_FULL;',
  '  e.push(error);',
  '}',
  '',
  '/**',
  ' * True for the error a JavaScript engine throws when the call stack runs out (V8 and JavaScriptCore:',
  ' * RangeError "Maximum call stack size exceeded"; SpiderMonkey: InternalError "too much recursion").',
  ' */',
  'function isStackOverflow(error: unknown): boolean {',
  '  if (!(error instanceof Error)) return false;',
  "  if (error.name === 'InternalError') return true;",
  '  return error instanceof RangeError && /call stack/i.test(error.message);',
  '}',
  '',
  '/**',
  ' * Runs a fast check; a value nested beyond the call stack is invalid. Any other exception (a',
  " * throwing getter or Proxy trap in the value) is the caller's and is rethrown.",
  ' */',
  'function runFast(check: (x: unknown) => boolean, value: unknown): boolean {',
  '  try {',
  '    return check(value);',
  '  } catch (error) {',
  '    if (isStackOverflow(error)) return false;',
  '    throw error;',
  '  }',
  '}',
  '',
  '/**',
  ' * The errors of an error-collecting check, at most `maxErrors` of them and then one `maxErrors`',
  ' * error when more were found; a value nested beyond the call stack ends them with a `maxDepth` error.',
  ' */',
  'function runCollect(',
  '  collect: CollectErrors,',
  '  value: unknown,',
  '  schemaPath: string,',
  '  options: ValidateOptions | undefined,',
  '): ValidationError[] {',
  '  const errors: ValidationError[] = [];',
  '  const outer = errorLimit;',
  '  errorLimit = maxErrorsOf(options);',
  '  try {',
  "    collect(value, '', errors);",
  '  } catch (stop) {',
  '    if (stop !== SINK_FULL && !isStackOverflow(stop)) throw stop;',
  '    errors.push(',
  '      stop === SINK_FULL',
  '        ? {',
  "            instancePath: '',",
  '            schemaPath,',
  "            keyword: 'maxErrors',",
  '            params: { limit: errorLimit },',
  '            message: `validation stopped after ${errorLimit} error(s); further errors are not reported`,',
  '          }',
  "        : { instancePath: '', schemaPath, keyword: 'maxDepth', params: {}, message: 'must not be nested too deeply to validate' },",
  '    );',
  '  } finally {',
  '    errorLimit = outer;',
  '  }',
  '  return errors;',
  '}',
  '',
  '/** Throws `SchemaValidationError` naming `name` with the errors of `collect` on `value` (cut at `maxErrors`). */',
  'function failAssert(',
  '  name: string,',
  '  collect: CollectErrors,',
  '  value: unknown,',
  '  schemaPath: string,',
  '  options: ValidateOptions | undefined,',
  '): never {',
  '  throw new SchemaValidationError(name, runCollect(collect, value, schemaPath, options));',
  '}',
  '',
  '/** `{ valid: true }` (shared, frozen) when `errors` is empty, else `{ valid: false, errors }`. */',
  'function resultOf(errors: ValidationError[]): ValidationResult {',
  '  return errors.length === 0 ? VALID : { valid: false, errors };',
  '}',
];

const UNIT_NAME = /\b(?:check|collect|propertyEvaluatedBy|itemEvaluatedBy)\w+/g;

/**
 * The unit functions reachable from the exported functions (in their given order). A keyword may
 * request a unit function for an expression it later simplifies away (`x || true`); such
 * functions are dropped so the module has no unused locals.
 */
function reachable(functions: readonly string[], entry: readonly string[]): string[] {
  const definedBy = new Map<string, number>();
  functions.forEach((fn, i) => {
    for (const m of fn.matchAll(/^function (\w+)\(/gm)) if (m[1] !== undefined) definedBy.set(m[1], i);
  });
  const keep = new Set<number>();
  const queue: string[] = [];
  for (const line of entry) for (const m of line.matchAll(UNIT_NAME)) queue.push(m[0]);
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    const i = definedBy.get(name);
    if (i === undefined || keep.has(i)) continue;
    keep.add(i);
    for (const m of (functions[i] ?? '').matchAll(UNIT_NAME)) queue.push(m[0]);
  }
  return functions.filter((_, i) => keep.has(i));
}

/**
 * Which of `names` occur as whole words (`\w+` runs) in `lines`: one scan of the words, each
 * looked up in a set, so the cost does not grow with the number of names (an alternation of
 * thousands of names was a quarter of compiling GitHub's document).
 */
function referencedNames(lines: readonly string[], names: readonly string[]): Set<string> {
  const found = new Set<string>();
  if (names.length === 0) return found;
  const wanted = new Set(names);
  for (const line of lines) {
    for (const [word] of line.matchAll(/\w+/g)) if (wanted.has(word)) found.add(word);
  }
  return found;
}

function exportsFor({ target, unit }: EmittedTarget): string[] {
  const { name, typeExpression, pointer } = target;
  const about = [`Schema \`${pointer}\`${target.direction === 'neutral' ? '' : ` (${target.direction})`}.`];
  if (target.description !== undefined && target.description.trim() !== '') about.unshift(target.description.trim(), '');
  const where = lit(pointer);
  return [
    // Document text through docComment; our own lines (a real @throws tag) after it.
    ...docComment(about.join('\n')).slice(0, -1),
    ' * Returns the shared frozen `{ valid: true }` or `{ valid: false, errors }` with the failed rules (ajv error shape),',
    ' * at most `options.maxErrors` (default 100) and then one `maxErrors` error when there were more.',
    ' * @throws RangeError when `options.maxErrors` is not a positive integer or `Infinity`.',
    ' */',
    `export function validate${name}(value: unknown, options?: ValidateOptions): ValidationResult {`,
    `  return resultOf(runCollect(${unit.errName}, value, ${where}, options));`,
    '}',
    ...wrappedComment(`Boolean fast path of \`validate${name}\`: allocates nothing.`),
    `export function is${name}(value: unknown): value is ${typeExpression} {`,
    `  return runFast(${unit.isName}, value);`,
    '}',
    ...wrappedComment(`Throws \`SchemaValidationError\` naming \`${name}\` and listing the failed rules \`validate${name}(value, options)\` returns.`),
    `export function assert${name}(value: unknown, options?: ValidateOptions): asserts value is ${typeExpression} {`,
    `  if (!runFast(${unit.isName}, value)) failAssert(${lit(name)}, ${unit.errName}, value, ${where}, options);`,
    '}',
  ];
}

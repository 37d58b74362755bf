/**
 * Compiles one unit (a `$ref` target or an exported target) into its boolean `check…` function or
 * its error-collecting `collect…Errors` function.
 */
import { indent, mentions } from './code-blocks.js';
import type { CollectMode } from './compile-types.js';
import type { EmitContext, Unit } from './emit-context.js';
import { FunctionScope } from './names.js';
import { compileSchema } from './schema-compiler.js';
import { evaluatedFunction } from './keywords-unevaluated.js';
import { docText } from '../source-text.js';
import { wrappedComment } from './line-wrap.js';

/** Which of a unit's functions to compile. */
export type UnitMode = 'is' | 'collect' | 'evalProps' | 'evalItems';

/** Source of the unit's function for `mode`, with a comment naming the schema's pointer. */
export function compileUnit(ctx: EmitContext, unit: Unit, mode: UnitMode): string {
  const { location } = unit;
  if (mode === 'evalProps' || mode === 'evalItems') return evaluatedFunction(ctx, unit, mode);
  const common = {
    ctx,
    fn: new FunctionScope(),
    direction: unit.direction,
    schema: location.schema,
    pointer: location.pointer,
    parentBase: location.base,
    baseIsOwn: true,
    x: 'x',
  };
  const where = wrappedComment(`${mode === 'is' ? 'Fast check' : 'Error collection'} for ${docText(location.pointer)}${unit.direction === 'neutral' ? '' : ` (${unit.direction})`}.`);
  const cyclic = ctx.cycles.isCyclic(location.pointer);
  if (mode === 'is') {
    const body = compileSchema({ ...common, mode: { mode: 'is', fail: 'return false' } });
    const tail = body[body.length - 1] === 'return false;' ? [] : ['return true;'];
    const name = cyclic ? `${unit.isName}Body` : unit.isName;
    const fn = [`function ${name}(${parameters([['x', 'unknown']], body)}): boolean {`, ...indent([...body, ...tail]), '}'];
    return [...where, ...(cyclic ? guarded(ctx, unit.isName, name, 'boolean') : []), ...fn].join('\n');
  }
  const collect: CollectMode = unit.relocatable ? { mode: 'collect', path: 'p', root: location.pointer } : { mode: 'collect', path: 'p' };
  const body = compileSchema({ ...common, mode: collect });
  const name = cyclic ? `${unit.errName}Body` : unit.errName;
  const params: [string, string][] = [['x', 'unknown'], ['p', 'string'], ['e', 'ValidationError[]'], ...(unit.relocatable ? [['s', 'string'] as [string, string]] : [])];
  const fn = [`function ${name}(${parameters(params, body)}): void {`, ...indent(body), '}'];
  return [...where, ...(cyclic ? guarded(ctx, unit.errName, name, 'void') : []), ...fn].join('\n');
}

/**
 * The parameter list `name: type, …`, each name prefixed with `_` where `body` never mentions it
 * (the check of a boolean schema reads nothing), so the module passes the same lint as ours.
 */
function parameters(params: readonly [string, string][], body: readonly string[]): string {
  return params.map(([name, type]) => `${mentions(body, name) ? name : `_${name}`}: ${type}`).join(', ');
}

/**
 * Re-entry guard for a schema on a same-instance `$ref` cycle (see `ref-cycles.ts`): while `x` is
 * being checked by this schema, a nested check of the same `x` by it succeeds immediately. The
 * guard is cleared in `finally`, so a check ended by a throw (a full error list, a value nested
 * beyond the call stack) leaves no stale guard that would pass the same value next time.
 */
function guarded(ctx: EmitContext, name: string, body: string, result: 'boolean' | 'void'): string[] {
  const none = ctx.constant('NOT_ACTIVE', "Symbol('not active')", 'unique symbol');
  const active = `activeIn${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  const isBool = result === 'boolean';
  const params = isBool ? 'x: unknown' : 'x: unknown, p: string, e: ValidationError[]';
  return [
    `let ${active}: unknown = ${none};`,
    `function ${name}(${params}): ${result} {`,
    `  if (x === ${active}) return${isBool ? ' true' : ''};`,
    `  const outer = ${active};`,
    `  ${active} = x;`,
    '  try {',
    isBool ? `    return ${body}(x);` : `    ${body}(x, p, e);`,
    '  } finally {',
    `    ${active} = outer;`,
    '  }',
    '}',
  ];
}

/**
 * `unevaluatedProperties` / `unevaluatedItems` (JSON Schema 2020-12 Core §11), OAS 3.1 only.
 *
 * Instead of collecting annotations at run time, the compiler builds, per schema, a boolean
 * expression "does this schema evaluate property `k` (item `i`) of `x`": its own `properties`,
 * `patternProperties`, `additionalProperties`, `prefixItems`, `items`, `contains` matches, nested
 * `unevaluated*`, plus — recursively — `allOf`, `$ref`, `dependentSchemas` when triggered, and the
 * `anyOf`/`oneOf`/`if`/`then`/`else` branches that are valid for `x` (checked with the boolean fast
 * path). `$ref` targets get their own `evp…`/`evi…` function so recursion works.
 * `$dynamicRef` is not supported.
 */
import { failWith, lit, pushError } from './code-blocks.js';
import type { CompileSub, Mode, Site } from './compile-types.js';
import type { Direction, EmitContext, Unit } from './emit-context.js';
import { pointerTokens } from './json-pointer.js';
import { entriesOf } from './object-access.js';
import { ownBase } from './ref-resolver.js';
import { isSchemaObject } from './subschemas.js';
import { constantName } from './names.js';
import { docText } from '../source-text.js';
import { wrappedComment } from './line-wrap.js';

type Kind = 'props' | 'items';

interface Scope {
  ctx: EmitContext;
  direction: Direction;
  kind: Kind;
  /** Identifiers of the value and of the key (props) or index (items). */
  x: string;
  key: string;
}

function any(parts: string[]): string {
  const useful = parts.filter((p) => p !== 'false');
  if (useful.includes('true')) return 'true';
  return useful.length === 0 ? 'false' : useful.map((p) => `(${p})`).join(' || ');
}

/** Boolean fast-path call of an inline subschema (its own unit function). */
function validNow(s: Scope, schema: unknown, pointer: string, base: string, value: string): string {
  if (schema === true || schema === false) return String(schema);
  const unit = s.ctx.unit({ schema, pointer, tokens: pointerTokens(pointer) ?? [], base: ownBase(schema, base, s.ctx.dialect) }, s.direction);
  unit.needIs = true;
  return `${unit.isName}(${value})`;
}

/**
 * Expression: schema (at `pointer`, parent base `base`) evaluates `s.key` of `s.x`. `self` marks
 * the schema whose own `unevaluated*` is being enforced (its own keyword does not count).
 */
export function evaluates(s: Scope, schema: unknown, pointer: string, base: string, self: boolean, ownBaseKnown = false): string {
  if (!isSchemaObject(schema)) return 'false';
  const here = ownBaseKnown ? base : ownBase(schema, base, s.ctx.dialect);
  const parts = s.kind === 'props' ? ownProps(s, schema, pointer, self) : ownItems(s, schema, pointer, here, self);
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const target = s.ctx.resolver.resolve(ref, here);
    if (target !== undefined && isSchemaObject(target.schema)) {
      const unit = s.ctx.unit(target, s.direction);
      parts.push(`${s.kind === 'props' ? useEvalProps(unit) : useEvalItems(unit)}(${s.x}, ${s.key})`);
    }
  }
  const list = (k: string): unknown[] => (Array.isArray(schema[k]) ? (schema[k] as unknown[]) : []);
  list('allOf').forEach((b, i) => parts.push(evaluates(s, b, `${pointer}/allOf/${i}`, here, false)));
  for (const k of ['anyOf', 'oneOf']) {
    list(k).forEach((b, i) => {
      const inner = evaluates(s, b, `${pointer}/${k}/${i}`, here, false);
      if (inner !== 'false') parts.push(`${validNow(s, b, `${pointer}/${k}/${i}`, here, s.x)} && (${inner})`);
    });
  }
  if (schema['if'] !== undefined) {
    const yes = any([evaluates(s, schema['if'], `${pointer}/if`, here, false), evaluates(s, schema['then'], `${pointer}/then`, here, false)]);
    const no = evaluates(s, schema['else'], `${pointer}/else`, here, false);
    if (yes !== 'false' || no !== 'false') parts.push(`${validNow(s, schema['if'], `${pointer}/if`, here, s.x)} ? ${yes} : ${no}`);
  }
  for (const [p, dep] of entriesOf(schema, 'dependentSchemas')) {
    const inner = evaluates(s, dep, `${pointer}/dependentSchemas/${p}`, here, false);
    if (inner !== 'false') parts.push(`(${s.x} as Record<string, unknown>)[${lit(p)}] !== undefined && (${inner})`);
  }
  return any(parts);
}

function useEvalProps(unit: Unit): string {
  unit.needEvalProps = true;
  return unit.evalPropsName;
}

function useEvalItems(unit: Unit): string {
  unit.needEvalItems = true;
  return unit.evalItemsName;
}

function ownProps(s: Scope, schema: Record<string, unknown>, pointer: string, self: boolean): string[] {
  if (schema['additionalProperties'] !== undefined) return ['true'];
  if (!self && schema['unevaluatedProperties'] !== undefined) return ['true'];
  const parts = entriesOf(schema, 'properties').map(([name]) => `${s.key} === ${lit(name)}`);
  for (const [pattern] of entriesOf(schema, 'patternProperties')) {
    const re = s.ctx.constant(constantName(pointer, 'key pattern'), `new RegExp(${lit(pattern)}, "u")`);
    parts.push(`${re}.test(${s.key})`);
  }
  return parts;
}

function ownItems(s: Scope, schema: Record<string, unknown>, pointer: string, base: string, self: boolean): string[] {
  if (schema['items'] !== undefined) return ['true'];
  if (!self && schema['unevaluatedItems'] !== undefined) return ['true'];
  const parts: string[] = [];
  const prefix = schema['prefixItems'];
  if (Array.isArray(prefix) && prefix.length > 0) parts.push(`${s.key} < ${prefix.length}`);
  if (schema['contains'] !== undefined) {
    parts.push(validNow(s, schema['contains'], `${pointer}/contains`, base, `(${s.x} as readonly unknown[])[${s.key}]`));
  }
  return parts;
}

/** Source of a unit's `evp…(x, k)` / `evi…(x, i)` function. */
export function evaluatedFunction(ctx: EmitContext, unit: Unit, mode: 'evalProps' | 'evalItems'): string {
  const kind: Kind = mode === 'evalProps' ? 'props' : 'items';
  const scope: Scope = { ctx, direction: unit.direction, kind, x: 'x', key: kind === 'props' ? 'k' : 'i' };
  const { schema, pointer, base } = unit.location;
  const expr = evaluates(scope, schema, pointer, base, false, true);
  const name = kind === 'props' ? unit.evalPropsName : unit.evalItemsName;
  const args = kind === 'props' ? 'x: unknown, k: string' : 'x: unknown, i: number';
  const about = `Whether ${docText(pointer)} evaluates ${kind === 'props' ? 'property k' : 'item i'} of x (for unevaluated${kind === 'props' ? 'Properties' : 'Items'}).`;
  return [...wrappedComment(about), `function ${name}(${args}): boolean {`, `  return ${expr};`, '}'].join('\n');
}

/** Emits `unevaluatedProperties` (object values) or `unevaluatedItems` (arrays) of the site. */
export function emitUnevaluated(site: Site, sub: CompileSub, kind: Kind): string[] {
  const keyword = kind === 'props' ? 'unevaluatedProperties' : 'unevaluatedItems';
  const rule = site.schema[keyword];
  if (site.dialect !== 'openapi-3.1' || rule === undefined || rule === true) return [];
  const key = site.fn.fresh(kind === 'props' ? 'key' : 'index');
  const scope: Scope = { ctx: site.ctx, direction: site.direction, kind, x: site.x, key };
  const evaluated = evaluates(scope, site.schema, site.pointer, site.base, true, true);
  if (evaluated === 'true') return [];
  const container = kind === 'props' ? `(${site.x} as Record<string, unknown>)` : `(${site.x} as readonly unknown[])`;
  const mode: Mode =
    site.mode.mode === 'is'
      ? site.mode
      : { ...site.mode, path: `${site.mode.path} + '/' + ${kind === 'props' ? `${site.ctx.helper('escapeToken')}(${key})` : key}` };
  const v = site.fn.fresh('value');
  const pointer = `${site.pointer}/${keyword}`;
  const check =
    rule === false
      ? site.mode.mode === 'is'
        ? [failWith(site.mode)]
        : [pushError(site.mode, pointer, keyword, `{ ${kind === 'props' ? 'unevaluatedProperty' : 'unevaluatedItem'}: ${key} }`, lit(`must NOT have unevaluated ${kind === 'props' ? 'properties' : 'items'}`))]
      : [`const ${v} = ${container}[${key}];`, ...sub(site, rule, pointer, v, mode)];
  const head = kind === 'props' ? `for (const ${key} in ${container}) {` : `for (let ${key} = 0; ${key} < ${container}.length; ${key}++) {`;
  return [head, ...(evaluated === 'false' ? [] : [`  if (${evaluated}) continue;`]), ...check.map((l) => `  ${l}`), '}'];
}

/**
 * Compiles one schema (object or boolean) into straight-line statements, inlining subschemas and
 * calling the unit function of each `$ref` target (so recursion works). Keyword families are
 * grouped by the JSON type they apply to and each group is guarded by one `typeof` test, skipped
 * when `type` already fixed the type or excludes it.
 */
import { append, block, failWith, pushError } from './code-blocks.js';
import type { Mode, Site } from './compile-types.js';
import type { Dialect, JsonType } from './dialect.js';
import type { Direction, EmitContext } from './emit-context.js';
import type { FunctionScope } from './names.js';
import { plainMessage } from './error-messages.js';
import { emitArray } from './keywords-array.js';
import { emitComposition } from './keywords-composition.js';
import { emitNumber, hasNumberKeywords } from './keywords-number.js';
import { emitObject } from './keywords-object.js';
import { emitString, hasStringKeywords } from './keywords-string.js';
import { emitUnevaluated } from './keywords-unevaluated.js';
import { emitConst, emitEnum, emitType, typeTest } from './keywords-type.js';
import { ownBase } from './ref-resolver.js';
import { relocatableCall } from './relocatable-call.js';
import { forEachSubschema, isSchemaObject } from './subschemas.js';

/** Where and how to compile one schema. */
export interface CompileTarget {
  ctx: EmitContext;
  fn: FunctionScope;
  direction: Direction;
  schema: unknown;
  pointer: string;
  /** Base URI of the parent schema (the schema's own `$id` is applied here). */
  parentBase: string;
  /** Set when `parentBase` already is the schema's own base (unit roots resolved by the index). */
  baseIsOwn?: boolean;
  x: string;
  mode: Mode;
  /** Subschema levels between `schema` and the root of the function being emitted (default 0). */
  depth?: number;
}

/** Compiles `t.schema` into statements validating identifier `t.x`. */
export function compileSchema(t: CompileTarget): string[] {
  const { schema, mode } = t;
  if (schema === true) return [];
  if (schema === false) {
    if (mode.mode === 'is') return [failWith(mode)];
    const { params, message } = plainMessage('boolean schema is false');
    return [pushError(mode, t.pointer, 'false schema', params, message)];
  }
  if (!isSchemaObject(schema)) {
    t.ctx.report({ code: 'invalid-schema', severity: 'error', pointer: t.pointer, message: 'a schema must be an object or a boolean' });
    return [];
  }
  const site: Site = {
    ctx: t.ctx,
    fn: t.fn,
    direction: t.direction,
    dialect: t.ctx.dialect,
    schema,
    pointer: t.pointer,
    base: t.baseIsOwn === true ? t.parentBase : ownBase(schema, t.parentBase, t.ctx.dialect),
    x: t.x,
    mode,
    known: undefined,
    depth: t.depth ?? 0,
  };
  const ref = schema['$ref'];
  if (typeof ref === 'string' && t.ctx.dialect === 'openapi-3.0') return emitRef(site, ref);
  const typed = emitType(site);
  const single = typed.types?.length === 1 ? typed.types[0] : undefined;
  site.known = mode.mode === 'is' ? single : undefined;
  return [
    ...typed.lines,
    ...(typeof ref === 'string' ? emitRef(site, ref) : []),
    ...emitDynamicRef(site),
    ...emitEnum(site),
    ...emitConst(site),
    ...typeGroups(site, typed.types),
    ...emitComposition(site, subCompiler),
  ];
}

/**
 * Compiles a subschema of `site` (the `CompileSub` the keyword families call back into): inline,
 * or as a call when the same subschema is written out elsewhere in the document too.
 */
export function subCompiler(site: Site, schema: unknown, pointer: string, x: string, mode: Mode): string[] {
  if (!site.ctx.cycles.isCyclic(pointer)) {
    const id = site.ctx.shapes.sharedId(schema);
    if (id !== undefined) return relocatableCall(site, schema, pointer, x, mode, `#shape:${id}`);
    if (site.depth + 1 >= MAX_INLINE_DEPTH && hasSubschemas(schema, site.ctx.dialect)) {
      return relocatableCall(site, schema, pointer, x, mode, `#outline:${pointer}`);
    }
  }
  const depth = site.depth + 1;
  return compileSchema({ ctx: site.ctx, fn: site.fn, direction: site.direction, schema, pointer, parentBase: site.base, x, mode, depth });
}

/**
 * Subschema levels a function inlines before a deeper subschema that has subschemas of its own
 * gets a function of its own: keeps every function short and shallow enough to read and for
 * TypeScript's control-flow analysis (TS2563 on 300 levels of nesting), and keeps the module
 * linear in the document (a nested `anyOf` is otherwise inlined once per enclosing level).
 */
const MAX_INLINE_DEPTH = 5;

function hasSubschemas(schema: unknown, dialect: Dialect): boolean {
  if (!isSchemaObject(schema)) return false;
  let found = false;
  forEachSubschema(schema, dialect, () => (found = true));
  return found;
}


function typeGroups(site: Site, types: JsonType[] | undefined): string[] {
  const s = site.schema;
  const allows = (t: JsonType): boolean =>
    types === undefined || types.includes(t) || (t === 'number' && types.includes('integer'));
  const out: string[] = [];
  const group = (t: JsonType, lines: () => string[]): void => {
    if (!allows(t)) return;
    const body = lines();
    if (body.length === 0) return;
    const knownHere = site.known === t || (t === 'number' && site.known === 'integer');
    append(out, knownHere ? body : block(`if (${typeGuard(t, site.x)})`, body));
  };
  if (hasStringKeywords(s)) group('string', () => emitString(site));
  if (hasNumberKeywords(s)) group('number', () => emitNumber(site));
  group('object', () => [...emitObject(site, subCompiler), ...emitUnevaluated(site, subCompiler, 'props')]);
  group('array', () => [...emitArray(site, subCompiler), ...emitUnevaluated(site, subCompiler, 'items')]);
  return out;
}

function typeGuard(t: JsonType, x: string): string {
  return t === 'number' ? `typeof ${x} === 'number'` : typeTest(t, x);
}

/**
 * `$dynamicRef` (2020-12 Core §8.2.3.2) is not supported: it needs the dynamic scope at run time
 * and OpenAPI documents do not use it. It is compiled like `$ref` (what it means when no
 * `$dynamicAnchor` overrides it) and reported.
 */
function emitDynamicRef(site: Site): string[] {
  const ref = site.schema['$dynamicRef'];
  if (typeof ref !== 'string' || site.dialect !== 'openapi-3.1') return [];
  site.ctx.report({
    code: 'unsupported-keyword',
    severity: 'warning',
    pointer: `${site.pointer}/$dynamicRef`,
    message: '$dynamicRef is not supported; validated like $ref (dynamic scope ignored)',
  });
  return emitRef(site, ref);
}

/**
 * `$ref`: a call to the target's unit function (by document pointer). In collect mode the fast
 * path runs first, so collecting the errors of a large document costs about one fast pass plus
 * the walk of the failing subtrees.
 */
function emitRef(site: Site, ref: string): string[] {
  const target = site.ctx.resolver.resolve(ref, site.base);
  if (target === undefined) {
    site.ctx.report({
      code: 'unresolved-ref',
      severity: 'error',
      pointer: `${site.pointer}/$ref`,
      message: `$ref ${JSON.stringify(ref)} does not resolve inside the document (remote references are not fetched)`,
    });
    return [];
  }
  if (target.schema === true) return [];
  const unit = site.ctx.unit(target, site.direction);
  if (site.mode.mode === 'is') {
    unit.needIs = true;
    return [`if (!${unit.isName}(${site.x})) ${failWith(site.mode)}`];
  }
  unit.needIs = true;
  unit.needErr = true;
  return [`if (!${unit.isName}(${site.x})) ${unit.errName}(${site.x}, ${site.mode.path}, e);`];
}

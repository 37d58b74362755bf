/**
 * Entry point of the validator compiler: OpenAPI 3.0/3.1 schemas → one self-contained TypeScript
 * module with `validateX` / `isX` / `assertX` per target.
 *
 * Emitted shape: `check…` functions return a boolean and allocate nothing (`isX`, `assertX`);
 * `collect…Errors` functions collect every error (ajv `allErrors` shape) for `validateX`, and call a `$ref`
 * target's `collect…Errors` only after its `check…` failed, so valid subtrees cost one fast pass. One pair
 * per `$ref` target (by document pointer, so recursion works) and per target; everything else is
 * inlined. The module imports only the runtime types.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Dialect } from './dialect.js';
import { EmitContext, type Direction, type Unit } from './emit-context.js';
import { getAt, pointerTokens } from './json-pointer.js';
import { assembleModule } from './module-writer.js';
import { DEFAULT_BASE, RefResolver, type SchemaLocation } from './ref-resolver.js';
import { isSchemaObject } from './subschemas.js';
import { compileUnit, type UnitMode } from './unit-compiler.js';

export interface ValidatorTarget {
  /** Identifier base, already a unique valid TS identifier: 'PaymentJobResult' → validatePaymentJobResult / isPaymentJobResult / assertPaymentJobResult */
  name: string;
  /** The schema to validate against. May contain `$ref`s (internal, '#/...') resolved against `document`. */
  schema: unknown;
  /** JSON pointer (URI fragment, '#/components/schemas/PaymentJobResult') where `schema` lives; base of every error's `schemaPath`. */
  pointer: string;
  /** readOnly/writeOnly handling: 'request' forbids readOnly properties, 'response' forbids writeOnly ones, 'neutral' ignores both. */
  direction: Direction;
  /** TS type expression `isX`/`assertX` narrow to (e.g. 'PaymentJobResult', imported by the caller), or 'unknown'. */
  typeExpression: string;
  /** Optional text for the doc comment of the three functions. */
  description?: string;
}

export interface EmitValidatorsInput {
  /** The bundled OpenAPI document: every `$ref` is internal ('#/components/schemas/X' etc). */
  document: unknown;
  /** 'openapi-3.0' (draft4-like + nullable, boolean exclusive bounds) or 'openapi-3.1' (JSON Schema 2020-12). */
  dialect: Dialect;
  targets: ValidatorTarget[];
  /** Module specifier for the runtime types, e.g. './runtime/validation.js'. */
  runtimeImport: string;
  /** Type-only imports for the `typeExpression`s. */
  typeImports?: { from: string; names: string[] };
  /** File name used in diagnostics (the spec's path). */
  file: string;
}

export interface EmitValidatorsOutput {
  /** Complete TypeScript module source (unformatted, no header). */
  code: string;
  /** Problems found (invalid/risky patterns, unresolvable `$ref`s, unknown types), each with file + JSON pointer. */
  diagnostics: Diagnostic[];
}

/** A compiled target: its unit and how the exported functions present it. */
export interface EmittedTarget {
  target: ValidatorTarget;
  unit: Unit;
}

/**
 * Compiles `input.targets` into one TypeScript module. Never throws on bad schemas: problems are
 * returned as diagnostics (an `error` diagnostic means the affected keyword was not emitted).
 */
export function emitValidators(input: EmitValidatorsInput): EmitValidatorsOutput {
  const resolver = new RefResolver(input.document, input.dialect);
  const ctx = new EmitContext(input.dialect, resolver, input.file, input.document);
  const emitted = input.targets.map((target) => {
    const [location, key, label] = targetLocation(input.document, resolver, input.dialect, target);
    const unit = ctx.unit(location, target.direction, key, label);
    unit.needIs = true;
    unit.needErr = true;
    return { target, unit };
  });
  const compiled = new Map<string, string>();
  for (let pending = pendingWork(ctx, compiled); pending.length > 0; pending = pendingWork(ctx, compiled)) {
    for (const [key, unit, mode] of pending) compiled.set(key, compileUnit(ctx, unit, mode));
  }
  const functions = [...compiled.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, code]) => code);
  const code = assembleModule({ ctx, functions, targets: emitted, runtimeImport: input.runtimeImport, typeImports: input.typeImports });
  return { code, diagnostics: ctx.diagnostics };
}

/** Unit functions requested but not compiled yet, keyed `pointer|direction|mode` for stable order. */
function pendingWork(ctx: EmitContext, compiled: ReadonlyMap<string, string>): [string, Unit, UnitMode][] {
  const out: [string, Unit, UnitMode][] = [];
  for (const unit of ctx.units.values()) {
    const wanted: [boolean, UnitMode][] = [
      [unit.needIs, 'is'],
      [unit.needErr, 'collect'],
      [unit.needEvalProps, 'evalProps'],
      [unit.needEvalItems, 'evalItems'],
    ];
    wanted.forEach(([needed, mode], i) => {
      const key = `${unit.key}|${i}${mode}`;
      if (needed && !compiled.has(key)) out.push([key, unit, mode]);
    });
  }
  return out;
}

/**
 * The target's schema location, unit key and unit name (undefined: named after the pointer). A
 * target that only says `$ref` (an operation's response or body naming a component) shares the
 * referenced schema's unit: its functions would merely call that unit's and report the same errors. A document node is shared with the `$ref`s
 * that point at it; any other schema gets a unit of its own.
 */
function targetLocation(
  document: unknown,
  resolver: RefResolver,
  dialect: Dialect,
  target: ValidatorTarget,
): [SchemaLocation, string, string | undefined] {
  const tokens = pointerTokens(target.pointer) ?? [];
  const base = resolver.baseAt(target.pointer) ?? DEFAULT_BASE;
  const ref = onlyRef(target.schema, dialect);
  const referenced = ref === undefined ? undefined : resolver.resolve(ref, base);
  if (referenced !== undefined) return [referenced, referenced.pointer, undefined];
  if (getAt(document, tokens) === target.schema) {
    const resolved = resolver.resolve(target.pointer, DEFAULT_BASE);
    if (resolved !== undefined) return [resolved, resolved.pointer, target.name];
  }
  const location: SchemaLocation = { schema: target.schema, pointer: target.pointer, tokens, base };
  return [location, `${target.pointer}#target:${target.name}`, target.name];
}

/** Keywords that never change what a schema accepts (annotations), so `$ref` beside them still delegates. */
const ANNOTATIONS = new Set(['$ref', '$comment', 'title', 'description', 'example', 'examples', 'deprecated', 'externalDocs']);

/**
 * The `$ref` of a schema that is nothing but a reference: in OpenAPI 3.0 a `$ref` makes its
 * siblings ignored (OAS 3.0.3 §4.7.24 Reference Object); in 3.1 only annotation siblings allowed.
 */
function onlyRef(schema: unknown, dialect: Dialect): string | undefined {
  if (!isSchemaObject(schema) || typeof schema['$ref'] !== 'string') return undefined;
  if (dialect === 'openapi-3.0' || Object.keys(schema).every((k) => ANNOTATIONS.has(k))) return schema['$ref'];
  return undefined;
}

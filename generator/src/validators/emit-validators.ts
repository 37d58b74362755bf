/**
 * Entry point of the validator compiler: OpenAPI 3.0/3.1 schemas → one self-contained TypeScript
 * module with `validateX` / `isX` / `assertX` per target.
 *
 * Emitted shape: `chk…` functions return a boolean and allocate nothing (`isX`, `assertX`);
 * `col…` functions collect every error (ajv `allErrors` shape) for `validateX`, and call a `$ref`
 * target's `col…` only after its `chk…` failed, so valid subtrees cost one fast pass. One pair
 * per `$ref` target (by document pointer, so recursion works) and per target; everything else is
 * inlined. The module imports only the runtime types.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Dialect } from './dialect.js';
import { EmitContext, type Direction, type Unit } from './emit-context.js';
import { getAt, pointerTokens } from './json-pointer.js';
import { assembleModule } from './module-writer.js';
import { DEFAULT_BASE, RefResolver, type SchemaLocation } from './ref-resolver.js';
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
  const directionMatters = mentionsReadWrite([input.document, ...input.targets.map((t) => t.schema)]);
  const ctx = new EmitContext(input.dialect, resolver, input.file, directionMatters);
  const emitted = input.targets.map((target) => {
    const [location, key, label] = targetLocation(input.document, resolver, target);
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

/** The target's schema location: shared with `$ref`s when it is the document node at `pointer`. */
function targetLocation(
  document: unknown,
  resolver: RefResolver,
  target: ValidatorTarget,
): [SchemaLocation, string, string | undefined] {
  const tokens = pointerTokens(target.pointer) ?? [];
  if (getAt(document, tokens) === target.schema) {
    const resolved = resolver.resolve(target.pointer, DEFAULT_BASE);
    if (resolved !== undefined) return [resolved, resolved.pointer, undefined];
  }
  const base = resolver.baseAt(target.pointer) ?? DEFAULT_BASE;
  const location: SchemaLocation = { schema: target.schema, pointer: target.pointer, tokens, base };
  return [location, `${target.pointer}#target:${target.name}`, target.name];
}

/** True when any schema says `readOnly: true` or `writeOnly: true` (else direction is irrelevant). */
function mentionsReadWrite(roots: unknown[]): boolean {
  const stack = [...roots];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    const rec = node as Record<string, unknown>;
    if (!Array.isArray(node) && (rec['readOnly'] === true || rec['writeOnly'] === true)) return true;
    stack.push(...Object.values(rec));
  }
  return false;
}

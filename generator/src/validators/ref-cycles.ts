/**
 * Detects `$ref` cycles that never descend into the instance (`{ "$ref": "#" }`, or the OpenAPI
 * inheritance pattern `Pet: { oneOf: [Cat], discriminator }`, `Cat: { allOf: [Pet, …] }`).
 * Evaluating them naively recurses forever on the same value, so the unit functions of such
 * schemas get a re-entry guard: a schema already being checked against this very value (further
 * up the stack) counts as satisfied there — it adds nothing new — and evaluation terminates.
 */
import { append } from './code-blocks.js';
import type { Dialect } from './dialect.js';
import type { RefResolver } from './ref-resolver.js';
import { DEFAULT_BASE, ownBase } from './ref-resolver.js';
import { isSchemaObject } from './subschemas.js';

/** Keywords whose subschemas apply to the same instance (not to a property or an item). */
const SAME_INSTANCE_LISTS = ['allOf', 'anyOf', 'oneOf'];
const SAME_INSTANCE_SINGLE = ['not', 'if', 'then', 'else'];

export class RefCycles {
  private readonly edges = new Map<string, string[]>();

  constructor(
    private readonly resolver: RefResolver,
    private readonly dialect: Dialect,
  ) {}

  /** True when the schema at `pointer` can reach itself through same-instance `$ref`s. */
  isCyclic(pointer: string): boolean {
    return this.targetsOf(pointer).some((t) => this.reaches(t, pointer));
  }

  /** True when the schema at `from` reaches the schema at `to` through same-instance `$ref`s only. */
  reaches(from: string, to: string): boolean {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length > 0) {
      const p = stack.pop();
      if (p === undefined || seen.has(p)) continue;
      if (p === to) return true;
      seen.add(p);
      append(stack, this.targetsOf(p));
    }
    return false;
  }

  private targetsOf(pointer: string): string[] {
    let out = this.edges.get(pointer);
    if (out === undefined) {
      out = [];
      const loc = this.resolver.resolve(pointer, this.resolver.baseAt('#') ?? DEFAULT_BASE);
      if (loc !== undefined) this.collect(loc.schema, loc.base, out, true);
      this.edges.set(pointer, out);
    }
    return out;
  }

  private collect(schema: unknown, base: string, out: string[], isRoot: boolean): void {
    if (!isSchemaObject(schema)) return;
    const here = isRoot ? base : ownBase(schema, base, this.dialect);
    const ref = schema['$ref'];
    if (typeof ref === 'string') {
      const target = this.resolver.resolve(ref, here);
      if (target !== undefined) out.push(target.pointer);
      if (this.dialect === 'openapi-3.0') return;
    }
    for (const key of SAME_INSTANCE_LISTS) {
      const list = schema[key];
      if (Array.isArray(list)) for (const s of list) this.collect(s, here, out, false);
    }
    for (const key of SAME_INSTANCE_SINGLE) this.collect(schema[key], here, out, false);
    const deps = schema['dependentSchemas'];
    if (isSchemaObject(deps)) for (const s of Object.values(deps)) this.collect(s, here, out, false);
  }
}

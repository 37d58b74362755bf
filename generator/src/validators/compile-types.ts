/**
 * Types shared by the schema compiler and the keyword families.
 *
 * A schema compiles in one of two modes:
 * - `is`: boolean fast path; on the first failure it runs `fail` (`return false` or `break L3`),
 *   allocates nothing.
 * - `collect`: pushes every failure as a `ValidationError` onto `e` (allErrors), with `path` the
 *   JS expression of the current instancePath. Subschemas reached through `$ref` are walked in
 *   this mode only after their fast path failed.
 */
import type { Dialect, JsonType } from './dialect.js';
import type { Direction, EmitContext } from './emit-context.js';
import type { FunctionScope } from './names.js';

export interface IsMode {
  mode: 'is';
  /** Statement (without `;`) that leaves the current check as failed. */
  fail: string;
}

export interface CollectMode {
  mode: 'collect';
  /** JS expression evaluating to the instancePath of the value. */
  path: string;
  /**
   * In a function shared by several identical subschemas: the pointer its parameter `s` stands
   * for, so every schemaPath under it is emitted relative to `s` (the caller's location).
   */
  root?: string;
}

export type Mode = IsMode | CollectMode;

/** Everything a keyword family needs to emit code for one schema object. */
export interface Site {
  ctx: EmitContext;
  fn: FunctionScope;
  direction: Direction;
  dialect: Dialect;
  schema: Record<string, unknown>;
  /** Document pointer of `schema` (`#/components/schemas/X`), base of every schemaPath. */
  pointer: string;
  /** Base URI in effect for `schema`'s `$ref`s. */
  base: string;
  /** Identifier holding the value being validated. */
  x: string;
  mode: Mode;
  /** In `is` mode with a single-type `type`, the type the value is known to have after the type check. */
  known: JsonType | undefined;
  /** Subschema levels between `schema` and the root of the function being emitted (0 at the root). */
  depth: number;
}

/** Compiles a subschema (by location) against value identifier `x`; provided by the schema compiler. */
export type CompileSub = (site: Site, schema: unknown, pointer: string, x: string, mode: Mode) => string[];

/**
 * Shared state of one `emitValidators` run: hoisted module-level constants, the helper functions
 * that are used, the per-`$ref`-target functions ("units") and the diagnostics collected.
 *
 * Everything is keyed and named in first-use order of a deterministic walk, so the same input
 * always yields the same module text.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Dialect } from './dialect.js';
import { ReadWriteReach } from './read-write-reach.js';
import { RefCycles } from './ref-cycles.js';
import { SchemaShapes } from './schema-shapes.js';
import type { RefResolver, SchemaLocation } from './ref-resolver.js';
import { byCodeUnit } from '../code-unit-order.js';
import { schemaName } from './names.js';

/** readOnly/writeOnly handling of the validator being emitted (see `ValidatorTarget.direction`). */
export type Direction = 'request' | 'response' | 'neutral';

/**
 * One schema compiled into its own functions, each emitted only when used: `checkX` (boolean),
 * `collectXErrors` (error collecting), and for `unevaluated*` `propertyEvaluatedByX(x, key)` /
 * `itemEvaluatedByX(x, index)` (whether the schema evaluates that property / item).
 */
export interface Unit {
  key: string;
  location: SchemaLocation;
  direction: Direction;
  isName: string;
  errName: string;
  evalPropsName: string;
  evalItemsName: string;
  needIs: boolean;
  needErr: boolean;
  needEvalProps: boolean;
  needEvalItems: boolean;
  /**
   * Set for a unit shared by identical inline subschemas: its `collect…Errors` function takes the caller's
   * schema location as a fourth parameter `s` and reports schemaPaths relative to it.
   */
  relocatable: boolean;
}

export class EmitContext {
  readonly diagnostics: Diagnostic[] = [];
  /** Each schema is compiled in both modes; a problem is reported once. */
  private readonly reported = new Set<string>();
  /** Module-level constants: declaration text → identifier. */
  private readonly constants = new Map<string, string>();
  private readonly constantOrder: string[] = [];
  private readonly constantNames = new Set<string>();
  private readonly helpers = new Set<string>();
  readonly units = new Map<string, Unit>();
  private readonly usedNames = new Set<string>();
  readonly cycles: RefCycles;
  readonly shapes: SchemaShapes;
  private readonly readWrite: ReadWriteReach;

  constructor(
    readonly dialect: Dialect,
    readonly resolver: RefResolver,
    readonly file: string,
    document: unknown,
  ) {
    this.cycles = new RefCycles(resolver, dialect);
    this.readWrite = new ReadWriteReach(resolver, dialect);
    this.shapes = new SchemaShapes(document);
  }

  /** Records a diagnostic for the input file. */
  report(d: Omit<Diagnostic, 'file'>): void {
    const key = `${d.code}|${d.pointer}|${d.message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.diagnostics.push({ ...d, file: this.file });
  }

  /**
   * Hoists `init` (a TS expression) to a module-level `const` named `name` (SCREAMING_SNAKE_CASE,
   * made unique with `_2`, `_3`, …); identical inits share the first one's name.
   */
  constant(name: string, init: string, type?: string): string {
    const decl = type === undefined ? init : `${init}::${type}`;
    const existing = this.constants.get(decl);
    if (existing !== undefined) return existing;
    let unique = name;
    for (let n = 2; this.constantNames.has(unique); n++) unique = `${name}_${n}`;
    this.constantNames.add(unique);
    this.constants.set(decl, unique);
    this.constantOrder.push(type === undefined ? `const ${unique} = ${init};` : `const ${unique}: ${type} = ${init};`);
    return unique;
  }

  /** Marks an emitted helper (see `helpers.ts`) as used and returns its name. */
  helper(name: string): string {
    this.helpers.add(name);
    return name;
  }

  usedHelpers(): string[] {
    return [...this.helpers].sort(byCodeUnit);
  }

  constantDeclarations(): string[] {
    return this.constantOrder;
  }

  /**
   * The unit compiling `location` for `direction`, created on first use. A schema that cannot
   * reach the flag `direction` enforces gets the shared neutral unit. `label` names a new unit
   * (default: derived from the pointer).
   */
  unit(location: SchemaLocation, direction: Direction, key = location.pointer, label?: string): Unit {
    const dir = this.effectiveDirection(location, direction);
    const fullKey = `${key}|${dir}`;
    let unit = this.units.get(fullKey);
    if (unit === undefined) {
      // ASCII only: the module writer finds unit functions by `\w` (a label may be any identifier).
      const base = this.uniqueName(label?.replace(/[^A-Za-z0-9_]/g, '_') ?? schemaName(location.pointer), dir);
      unit = {
        key: fullKey,
        location,
        direction: dir,
        isName: `check${base}`,
        errName: `collect${base}Errors`,
        evalPropsName: `propertyEvaluatedBy${base}`,
        evalItemsName: `itemEvaluatedBy${base}`,
        needIs: false,
        needErr: false,
        needEvalProps: false,
        needEvalItems: false,
        relocatable: false,
      };
      this.units.set(fullKey, unit);
    }
    return unit;
  }

  private effectiveDirection(location: SchemaLocation, direction: Direction): Direction {
    if (direction === 'neutral') return direction;
    const keyword = direction === 'request' ? 'readOnly' : 'writeOnly';
    return this.readWrite.reaches(location.schema, location.base, keyword) ? direction : 'neutral';
  }

  private uniqueName(raw: string, dir: Direction): string {
    const suffix = dir === 'neutral' ? '' : dir === 'request' ? 'InRequest' : 'InResponse';
    const separator = /\d$/.test(raw) ? '_' : '';
    let name = `${raw}${suffix}`;
    for (let i = 2; this.usedNames.has(name); i++) name = `${raw}${separator}${i}${suffix}`;
    this.usedNames.add(name);
    return name;
  }
}

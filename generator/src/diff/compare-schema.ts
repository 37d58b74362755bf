/**
 * Compares two schemas (JSON Schema as OpenAPI 3.0 and 3.1 use it) in one direction and lists what
 * changed for an existing client: types and formats, constraints, `enum` values, properties and
 * their `required`-ness (merged over `allOf`), `additionalProperties`, `items`, and `oneOf`/`anyOf`
 * members position by position. `$ref`s are followed, so a schema moved into `components` or a
 * component renamed compares equal. Results are memoised per pair of schema nodes, which also ends
 * recursion in self-referencing schemas.
 */
import type { Direction, SchemaKind } from './rules.js';
import { asNode, child, locate, typeAllowed, typesOf, type Located, type Node } from './spec-nodes.js';

/**
 * One schema change. `pointer` is in the revision, or in the base for removals; `trail` lists the
 * revision pointers passed through below the compared node ($ref sites included), for the
 * provenance markers of `--vendor`.
 */
export interface SchemaFinding {
  readonly kind: SchemaKind;
  readonly pointer: string;
  readonly message: string;
  readonly trail: readonly string[];
}

const UPPER_BOUNDS = ['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties'] as const;
const LOWER_BOUNDS = ['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties'] as const;

interface Shape {
  readonly properties: Map<string, { value: unknown; pointer: string }>;
  readonly required: Set<string>;
  readonly additional: { value: unknown; pointer: string } | undefined;
}

function numberAt(node: Node, keyword: string): number | undefined {
  const value = node[keyword];
  return typeof value === 'number' ? value : undefined;
}

function json(value: unknown): string {
  return JSON.stringify(value) ?? '(none)';
}

function list(types: ReadonlySet<string>): string {
  return [...types].sort().join('|');
}

/** Compares schemas of a base and a revision document (both bundled: every `$ref` internal). */
export class SchemaComparer {
  private readonly memo = new Map<string, readonly SchemaFinding[]>();
  private readonly active = new Set<string>();

  constructor(
    private readonly base: Node,
    private readonly revision: Node,
  ) {}

  /**
   * The changes from schema `baseValue` (at `basePointer`) to `revisionValue` (at `revisionPointer`),
   * judged for `direction`; each finding's trail starts at the revision schema.
   */
  compare(baseValue: unknown, revisionValue: unknown, basePointer: string, revisionPointer: string, direction: Direction): SchemaFinding[] {
    const b = locate(this.base, baseValue, basePointer);
    const r = locate(this.revision, revisionValue, revisionPointer);
    if (b === undefined || r === undefined) return [];
    const key = `${direction}|${b.pointer}|${r.pointer}`;
    let found = this.memo.get(key);
    if (found === undefined) {
      if (this.active.has(key)) return [];
      this.active.add(key);
      found = this.compareNodes(b, r, direction);
      this.active.delete(key);
      this.memo.set(key, found);
    }
    const prefix = [...r.via, r.pointer];
    return found.map((f) => ({ ...f, trail: [...prefix, ...f.trail] }));
  }

  private compareNodes(b: Located, r: Located, direction: Direction): SchemaFinding[] {
    const out: SchemaFinding[] = [];
    const add = (kind: SchemaKind, pointer: string, message: string, trail: readonly string[] = []): void => {
      out.push({ kind, pointer, message, trail });
    };
    if (this.compareTypes(b, r, direction, add)) return out;
    this.compareConstraints(b, r, direction, add);
    this.compareEnums(b, r, add);
    this.compareObjects(b, r, direction, add, out);
    for (const keyword of ['items', 'not'] as const) {
      if (b.node[keyword] !== undefined && r.node[keyword] !== undefined) {
        out.push(...this.compare(b.node[keyword], r.node[keyword], child(b.pointer, keyword), child(r.pointer, keyword), direction));
      }
    }
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const bs = b.node[keyword];
      const rs = r.node[keyword];
      if (!Array.isArray(bs) || !Array.isArray(rs) || bs.length !== rs.length) continue;
      bs.forEach((member: unknown, i) => out.push(...this.compare(member, rs[i], child(b.pointer, keyword, i), child(r.pointer, keyword, i), direction)));
    }
    return out;
  }

  /** Types and formats; true when the type changed (the rest is then not compared). */
  private compareTypes(b: Located, r: Located, direction: Direction, add: (kind: SchemaKind, pointer: string, message: string) => void): boolean {
    const bt = typesOf(b.node);
    const rt = typesOf(r.node);
    // A schema without `type` (a composition, or an object described by its properties alone) is not compared by type.
    if (bt.size > 0 && rt.size > 0) {
      const revisionTakesBase = [...bt].every((t) => typeAllowed(t, rt));
      const baseTakesRevision = [...rt].every((t) => typeAllowed(t, bt));
      const keeps = direction === 'request' ? revisionTakesBase : baseTakesRevision;
      const loosens = direction === 'request' ? !baseTakesRevision : !revisionTakesBase;
      const message = `type ${list(bt)} → ${list(rt)}`;
      if (!keeps) {
        add('type-changed', child(r.pointer, 'type'), message);
        return true;
      }
      if (loosens) add(direction === 'request' ? 'widened' : 'narrowed', child(r.pointer, 'type'), message);
    }
    const bf = b.node['format'];
    const rf = r.node['format'];
    if (bf === rf) return false;
    const stricter = rf !== undefined;
    const looser = bf !== undefined;
    const message = `format ${json(bf)} → ${json(rf)}`;
    const pointer = child(r.pointer, 'format');
    if (direction === 'request' ? stricter : looser) {
      add('type-changed', pointer, message);
      return true;
    }
    add(direction === 'request' ? 'widened' : 'narrowed', pointer, message);
    return false;
  }

  private compareConstraints(b: Located, r: Located, direction: Direction, add: (kind: SchemaKind, pointer: string, message: string) => void): void {
    const report = (keyword: string, tighter: boolean, looser: boolean): void => {
      if (!tighter && !looser) return;
      const message = `\`${keyword}\` ${json(b.node[keyword])} → ${json(r.node[keyword])}`;
      const pointer = child(r.node[keyword] === undefined ? b.pointer : r.pointer, keyword);
      // A changed pattern is both tighter and looser: new values may be refused, which is what matters for a request.
      if (direction === 'request') add(tighter ? 'narrowed' : 'widened', pointer, message);
      else add(looser ? 'widened' : 'narrowed', pointer, message);
    };
    for (const keyword of UPPER_BOUNDS) {
      const bv = numberAt(b.node, keyword);
      const rv = numberAt(r.node, keyword);
      report(keyword, rv !== undefined && (bv === undefined || rv < bv), bv !== undefined && (rv === undefined || rv > bv));
    }
    for (const keyword of LOWER_BOUNDS) {
      const bv = numberAt(b.node, keyword);
      const rv = numberAt(r.node, keyword);
      report(keyword, rv !== undefined && (bv === undefined || rv > bv), bv !== undefined && (rv === undefined || rv < bv));
    }
    const bp = b.node['pattern'];
    const rp = r.node['pattern'];
    if (bp !== rp) report('pattern', rp !== undefined, bp !== undefined);
  }

  private compareEnums(b: Located, r: Located, add: (kind: SchemaKind, pointer: string, message: string) => void): void {
    const be = b.node['enum'];
    const re = r.node['enum'];
    if (Array.isArray(be) && Array.isArray(re)) {
      const bKeys = new Set(be.map(json));
      const rKeys = new Set(re.map(json));
      be.forEach((value: unknown, i) => {
        if (!rKeys.has(json(value))) add('enum-value-removed', child(b.pointer, 'enum', i), `enum value ${json(value)} removed`);
      });
      re.forEach((value: unknown, i) => {
        if (!bKeys.has(json(value))) add('enum-value-added', child(r.pointer, 'enum', i), `enum value ${json(value)} added`);
      });
    } else if (Array.isArray(re)) {
      add('narrowed', child(r.pointer, 'enum'), `\`enum\` added: ${json(re)}`);
    } else if (Array.isArray(be)) {
      add('widened', child(b.pointer, 'enum'), `\`enum\` ${json(be)} removed`);
    }
  }

  private compareObjects(b: Located, r: Located, direction: Direction, add: (kind: SchemaKind, pointer: string, message: string, trail?: readonly string[]) => void, out: SchemaFinding[]): void {
    const bs = this.shapeOf(this.base, b);
    const rs = this.shapeOf(this.revision, r);
    const skipped = direction === 'request' ? 'readOnly' : 'writeOnly';
    for (const [name, bp] of bs.properties) {
      const rp = rs.properties.get(name);
      if (rp === undefined) {
        add('property-removed', bp.pointer, `property \`${name}\` removed`);
        continue;
      }
      out.push(...this.compare(bp.value, rp.value, bp.pointer, rp.pointer, direction));
      if (locate(this.revision, rp.value, rp.pointer)?.node[skipped] === true) continue;
      const was = bs.required.has(name);
      const is = rs.required.has(name);
      if (was && !is) add('property-became-optional', rp.pointer, `property \`${name}\` became optional`, [rp.pointer]);
      if (!was && is) add('property-became-required', rp.pointer, `property \`${name}\` became required`, [rp.pointer]);
    }
    for (const [name, rp] of rs.properties) {
      if (bs.properties.has(name) || locate(this.revision, rp.value, rp.pointer)?.node[skipped] === true) continue;
      const required = rs.required.has(name);
      add(required ? 'new-required-property' : 'new-optional-property', rp.pointer, `${required ? 'required' : 'optional'} property \`${name}\` added`, [rp.pointer]);
    }
    const ba = bs.additional;
    const ra = rs.additional;
    if (ra?.value === false && ba?.value !== false) {
      add('additional-properties-closed', ra.pointer, '`additionalProperties: false` set', [ra.pointer]);
    } else if (asNode(ba?.value) !== undefined && ra !== undefined && asNode(ra.value) !== undefined && ba !== undefined) {
      out.push(...this.compare(ba.value, ra.value, ba.pointer, ra.pointer, direction));
    }
  }

  /** Properties, `required` and `additionalProperties` of an object schema, merged over its `allOf` members. */
  private shapeOf(document: Node, at: Located, depth = 0): Shape {
    const shape: Shape = { properties: new Map(), required: new Set(), additional: undefined };
    const merge = (from: Shape): void => {
      for (const [name, p] of from.properties) if (!shape.properties.has(name)) shape.properties.set(name, p);
      for (const name of from.required) shape.required.add(name);
    };
    const allOf = at.node['allOf'];
    if (Array.isArray(allOf) && depth < 16) {
      allOf.forEach((member: unknown, i) => {
        const located = locate(document, member, child(at.pointer, 'allOf', i));
        if (located !== undefined) merge(this.shapeOf(document, located, depth + 1));
      });
    }
    const properties = asNode(at.node['properties']) ?? {};
    for (const [name, value] of Object.entries(properties)) shape.properties.set(name, { value, pointer: child(at.pointer, 'properties', name) });
    const required = at.node['required'];
    if (Array.isArray(required)) for (const name of required) if (typeof name === 'string') shape.required.add(name);
    const additional = at.node['additionalProperties'];
    return additional === undefined ? shape : { ...shape, additional: { value: additional, pointer: child(at.pointer, 'additionalProperties') } };
  }
}

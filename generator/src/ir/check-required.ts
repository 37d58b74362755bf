/**
 * `required` names that no `properties` in reach define (issue 15 item 2): a defect of real-world
 * documents every other tool tolerates. The validators and types read such a name as JSON Schema
 * does (2020-12 Validation §6.5.3): it must be present, with any value. This module only warns,
 * so a user learns of the likely typo or the member that was meant to define it.
 *
 * In reach of a schema are its own `properties` and `patternProperties`, those of its `allOf`,
 * `anyOf` and `oneOf` members (through `$ref`s inside the document), and, for an `allOf` member,
 * those of the `allOf`'s owner and its other members. An object `additionalProperties` in reach
 * defines every name.
 */
import { escapePointerToken, type Diagnostic } from '../diagnostics.js';
import { getByPointer } from './json-pointer.js';

/** Keys whose children are named entries (a property named `example` is still a schema). */
const MAP_KEYWORDS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'schemas', 'paths', 'webhooks', 'callbacks', 'responses', 'content']);
/** Keys whose content is data, not schemas. */
const DATA_KEYWORDS = new Set(['example', 'examples', 'default', 'enum', 'const']);
const COMPOSITIONS = ['allOf', 'anyOf', 'oneOf'] as const;

/** What a schema's reach defines: property names, `patternProperties` patterns, or every name. */
interface Defined {
  names: Set<string>;
  patterns: string[];
  any: boolean;
}

type Node = Record<string, unknown>;

/**
 * One `required-without-property` warning per `required` name of the document (bundled: every
 * `$ref` internal) that nothing in reach defines, at `#/…/required/<index>` in `file`.
 */
export function checkRequired(document: unknown, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const reach = new Reach(document);
  const visit = (node: unknown, pointer: string, parentKey: string, allOfOwner: Node | undefined): void => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, `${pointer}/${i}`, parentKey, parentKey === 'allOf' ? allOfOwner : undefined));
      return;
    }
    const n = node as Node;
    const required = n['required'];
    if (Array.isArray(required) && required.length > 0) out.push(...missing(n, required, pointer, reach, allOfOwner, file));
    const inMap = MAP_KEYWORDS.has(parentKey);
    for (const [key, child] of Object.entries(n)) {
      if (!inMap && (DATA_KEYWORDS.has(key) || key.startsWith('x-'))) continue;
      visit(child, `${pointer}/${escapePointerToken(key)}`, inMap ? '' : key, key === 'allOf' ? n : undefined);
    }
  };
  visit(document, '#', '', undefined);
  return out;
}

function missing(n: Node, required: unknown[], pointer: string, reach: Reach, allOfOwner: Node | undefined, file: string): Diagnostic[] {
  const defined = [reach.of(n), ...(allOfOwner === undefined ? [] : [reach.of(allOfOwner)])];
  const out: Diagnostic[] = [];
  required.forEach((name, i) => {
    if (typeof name !== 'string' || defined.some((d) => defines(d, name))) return;
    out.push({
      code: 'required-without-property',
      severity: 'warning',
      file,
      pointer: `${pointer}/required/${i}`,
      message: `required property ${JSON.stringify(name)} is defined by no properties in reach (this schema's, its allOf/anyOf/oneOf members' or, for an allOf member, the other members'); assumed: must be present, any value`,
    });
  });
  return out;
}

function defines(d: Defined, name: string): boolean {
  if (d.any || d.names.has(name)) return true;
  return d.patterns.some((p) => {
    try {
      return new RegExp(p, 'u').test(name);
    } catch {
      return true; // a pattern we cannot read may match: no warning
    }
  });
}

/** Memoized {@link Defined} of each schema object, following internal `$ref`s, cycle-safe. */
class Reach {
  private readonly memo = new Map<Node, Defined>();

  constructor(private readonly document: unknown) {}

  of(n: Node): Defined {
    const known = this.memo.get(n);
    if (known !== undefined) return known;
    const d: Defined = { names: new Set(), patterns: [], any: false };
    this.memo.set(n, d); // a cycle sees what is collected so far
    const ref = n['$ref'];
    if (typeof ref === 'string' && ref.startsWith('#')) this.merge(d, getByPointer(this.document, ref));
    const properties = n['properties'];
    if (isNode(properties)) for (const name of Object.keys(properties)) d.names.add(name);
    const patterns = n['patternProperties'];
    if (isNode(patterns)) d.patterns.push(...Object.keys(patterns));
    if (isNode(n['additionalProperties'])) d.any = true;
    for (const key of COMPOSITIONS) {
      const members = n[key];
      if (Array.isArray(members)) for (const m of members) this.merge(d, m);
    }
    return d;
  }

  private merge(into: Defined, schema: unknown): void {
    if (!isNode(schema)) return;
    const d = this.of(schema);
    for (const name of d.names) into.names.add(name);
    into.patterns.push(...d.patterns);
    into.any ||= d.any;
  }
}

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

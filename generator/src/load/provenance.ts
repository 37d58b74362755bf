/**
 * Provenance markers of a hand-maintained spec (convention in spec/README.md): where each operation,
 * response, schema, security scheme and constraint comes from.
 *
 * - `x-api-contracts-source`: `vendor-doc`, `vendor-openapi`, `seed`, `rfc`, `observed` or `assumption`;
 * - `x-api-contracts-why`: short reason, required unless the source is `vendor-*` with nothing of ours;
 * - `x-api-contracts-ours`: names of the node's own fields or keywords that are ours although the node
 *   is vendor-sourced (`[pattern]`, `[operationId, description]`).
 *
 * A node without a marker takes the marker of its nearest marked ancestor, and a `$ref` node the marker
 * of the component it references when that one is marked; the walk starts with none at
 * `paths` and at each `components` entry, so nothing is sourced by a document-wide default. Examples,
 * descriptions and `x-` extensions are not walked. The generator ignores the markers (they are
 * specification extensions, OpenAPI 3.1 §4.9, and unknown keywords of JSON Schema 2020-12 §6.5).
 */

/** The allowed values of `x-api-contracts-source`. */
export const PROVENANCE_SOURCES = ['vendor-doc', 'vendor-openapi', 'seed', 'rfc', 'observed', 'assumption'] as const;

/** One value of `x-api-contracts-source`. */
export type ProvenanceSource = (typeof PROVENANCE_SOURCES)[number];

/** What a node of the spec is, for the provenance listing. */
export type ProvenanceKind = 'operation' | 'response' | 'schema' | 'security-scheme' | 'constraint';

/** The effective provenance of one node. */
export interface ProvenanceNode {
  /** JSON pointer (RFC 6901) of the node, with `#`: `#/paths/~1payments~1jobs/post`. */
  readonly pointer: string;
  readonly kind: ProvenanceKind;
  /** Effective source (own or inherited); undefined when neither the node nor an ancestor is marked. */
  readonly source: ProvenanceSource | undefined;
  /** Pointer of the node that carries the effective marker. */
  readonly markedAt: string | undefined;
  /** Fields or keywords of this node declared ours through `x-api-contracts-ours` on the node itself. */
  readonly ours: readonly string[];
  /** Constraint keywords the node carries (`pattern`, `required`, `minItems` …); empty for none. */
  readonly constraints: readonly string[];
}

/** One malformed marker: its JSON pointer and what is wrong. */
export interface ProvenanceProblem {
  readonly pointer: string;
  readonly message: string;
}

const SOURCE = 'x-api-contracts-source';
const WHY = 'x-api-contracts-why';
const OURS = 'x-api-contracts-ours';
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
const SKIPPED = new Set(['example', 'examples', 'description', 'summary', 'servers', 'tags', 'externalDocs']);
const SCHEMA_CONSTRAINTS = [
  'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'enum', 'const',
] as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const escape = (token: string): string => token.replaceAll('~', '~0').replaceAll('/', '~1');

interface Marker {
  source: ProvenanceSource | undefined;
  at: string | undefined;
}

/** True for `vendor-doc` and `vendor-openapi`: the fact is the vendor's own. */
export function isVendorSource(source: ProvenanceSource | undefined): boolean {
  return source === 'vendor-doc' || source === 'vendor-openapi';
}

/** Constraint keywords of one node: schema assertions, `required`, a closed `additionalProperties`. */
function constraintsOf(node: Json): string[] {
  const found: string[] = SCHEMA_CONSTRAINTS.filter((k) => k in node);
  if (Array.isArray(node['required']) ? node['required'].length > 0 : node['required'] === true) found.push('required');
  if (node['additionalProperties'] === false) found.push('additionalProperties');
  return found;
}

function kindOf(pointer: string, parentKey: string | undefined, grandKey: string | undefined): ProvenanceKind | undefined {
  if (/^#\/components\/schemas\/[^/]+$/.test(pointer)) return 'schema';
  if (/^#\/components\/securitySchemes\/[^/]+$/.test(pointer)) return 'security-scheme';
  if (/^#\/components\/responses\/[^/]+$/.test(pointer)) return 'response';
  if (grandKey === 'responses' && parentKey !== undefined) return 'response';
  if (parentKey !== undefined && METHODS.has(parentKey) && /^#\/(paths|components\/pathItems)\/[^/]+\/[^/]+$/.test(pointer)) {
    return 'operation';
  }
  return undefined;
}

/**
 * Lists every operation, response, component schema, security scheme and constraint node of an
 * OpenAPI document with its effective provenance, in document order. Boolean `false` schemas (which
 * cannot carry a marker) are listed as constraints sourced by their parent.
 */
export function provenanceNodes(document: Json): ProvenanceNode[] {
  const result: ProvenanceNode[] = [];
  const visit = (value: unknown, pointer: string, keys: readonly string[], inherited: Marker): void => {
    const key = keys.at(-1);
    if (value === false && keys.at(-2) === 'properties') {
      result.push({ pointer, kind: 'constraint', source: inherited.source, markedAt: inherited.at, ours: [], constraints: ['false'] });
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${pointer}/${i}`, [...keys, String(i)], inherited));
      return;
    }
    if (!isObject(value)) return;
    const own = value[SOURCE];
    const target = typeof value['$ref'] === 'string' ? referencedMarker(document, value['$ref']) : undefined;
    const marker: Marker = typeof own === 'string' ? { source: own as ProvenanceSource, at: pointer } : (target ?? inherited);
    const kind = kindOf(pointer, key, keys.at(-2));
    const constraints = kind === 'security-scheme' ? [] : constraintsOf(value);
    if (kind !== undefined || constraints.length > 0) {
      const ours = Array.isArray(value[OURS]) ? value[OURS].map(String) : [];
      result.push({ pointer, kind: kind ?? 'constraint', source: marker.source, markedAt: marker.at, ours, constraints });
    }
    for (const [child, v] of Object.entries(value)) {
      if (child.startsWith('x-') || child === '$ref' || SKIPPED.has(child)) continue;
      // `required`, `enum`, `const` and `default` hold data, not nodes (except the `default` response).
      if (child === 'required' || child === 'enum' || child === 'const' || (child === 'default' && key !== 'responses')) continue;
      visit(v, `${pointer}/${escape(child)}`, [...keys, child], marker);
    }
  };
  const none: Marker = { source: undefined, at: undefined };
  visit(document['paths'], '#/paths', ['paths'], none);
  const components = isObject(document['components']) ? document['components'] : {};
  for (const [section, entries] of Object.entries(components)) {
    if (section.startsWith('x-') || section === 'examples') continue;
    visit(entries, `#/components/${escape(section)}`, ['components', section], none);
  }
  return result;
}

/** The own marker of the component a local `$ref` points at, or undefined when it has none. */
function referencedMarker(document: Json, ref: string): Marker | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = document;
  for (const token of ref.slice(2).split('/')) {
    if (!isObject(node)) return undefined;
    node = node[token.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return isObject(node) && typeof node[SOURCE] === 'string' ? { source: node[SOURCE] as ProvenanceSource, at: ref } : undefined;
}

/**
 * Checks the markers themselves: a known `x-api-contracts-source`, a non-empty `x-api-contracts-why`
 * wherever the source is not `vendor-*` or `x-api-contracts-ours` names something, and
 * `x-api-contracts-ours` a list of strings. Returns one problem per defect, in document order.
 */
export function provenanceProblems(document: Json): ProvenanceProblem[] {
  const problems: ProvenanceProblem[] = [];
  const visit = (value: unknown, pointer: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${pointer}/${i}`));
      return;
    }
    if (!isObject(value)) return;
    const source = value[SOURCE];
    const why = value[WHY];
    const ours = value[OURS];
    if (source !== undefined && !(PROVENANCE_SOURCES as readonly unknown[]).includes(source)) {
      problems.push({ pointer, message: `${SOURCE} must be one of ${PROVENANCE_SOURCES.join(', ')}` });
    }
    if (ours !== undefined && !(Array.isArray(ours) && ours.length > 0 && ours.every((o) => typeof o === 'string'))) {
      problems.push({ pointer, message: `${OURS} must be a non-empty list of field or keyword names` });
    }
    const needsWhy = (typeof source === 'string' && !isVendorSource(source as ProvenanceSource)) || ours !== undefined;
    if (needsWhy && (typeof why !== 'string' || why.trim() === '')) {
      problems.push({ pointer, message: `${WHY} is required beside a non-vendor ${SOURCE} or an ${OURS}` });
    }
    if ((why !== undefined || ours !== undefined) && source === undefined) {
      problems.push({ pointer, message: `${WHY} and ${OURS} need an ${SOURCE} on the same node` });
    }
    for (const [key, child] of Object.entries(value)) {
      if (key !== SOURCE && key !== WHY && key !== OURS) visit(child, `${pointer}/${escape(key)}`);
    }
  };
  visit(document, '#');
  return problems;
}

/**
 * Reading a bundled OpenAPI document for the diff: following internal `$ref`s (so two documents are
 * compared by what their references resolve to, not by component names), JSON pointers of the
 * nodes reached, and the JSON types a schema allows in OpenAPI 3.0 and 3.1 alike.
 */
import { pointerOf } from '../diagnostics.js';

/** A JSON object node of a document. */
export type Node = Record<string, unknown>;

/** A node together with the JSON pointer (URI fragment form) where it is written. */
export interface Located {
  readonly node: Node;
  readonly pointer: string;
  /** Pointers of the `$ref` sites passed through to get here (outermost first). */
  readonly via: readonly string[];
}

/** `value` as an object node, or undefined for anything else (arrays included). */
export function asNode(value: unknown): Node | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;
}

/** Appends reference tokens to a URI-fragment JSON pointer: `child('#/paths', '/jobs')` → `#/paths/~1jobs`. */
export function child(pointer: string, ...tokens: readonly (string | number)[]): string {
  return pointer + pointerOf(tokens).slice(1);
}

/** The node at a URI-fragment JSON pointer (RFC 6901 §6), or undefined. */
export function nodeAt(document: Node, pointer: string): unknown {
  if (pointer === '#' || pointer === '') return document;
  let current: unknown = document;
  for (const raw of pointer.replace(/^#\//, '').split('/')) {
    const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) current = current[Number(token)];
    else current = asNode(current)?.[token];
    if (current === undefined) return undefined;
  }
  return current;
}

/**
 * `value` at `pointer` with its internal `$ref`s followed (a bundled document has no other kind).
 * A dangling or circular chain of references yields undefined.
 */
export function locate(document: Node, value: unknown, pointer: string): Located | undefined {
  let node = asNode(value);
  let at = pointer;
  const via: string[] = [];
  while (node !== undefined && typeof node['$ref'] === 'string') {
    if (via.length > 32 || !node['$ref'].startsWith('#')) return undefined;
    via.push(at);
    at = node['$ref'];
    node = asNode(nodeAt(document, at));
  }
  return node === undefined ? undefined : { node, pointer: at, via };
}

/**
 * The JSON types a schema allows (`integer` kept apart from `number`), `null` included when the
 * 3.1 type array lists it or the 3.0 `nullable: true` is set. An empty set means any type.
 */
export function typesOf(schema: Node): Set<string> {
  const type = schema['type'];
  const types = new Set<string>(Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : typeof type === 'string' ? [type] : []);
  if (types.size > 0 && schema['nullable'] === true) types.add('null');
  return types;
}

/** True when every value of JSON type `type` is allowed by `allowed` (an empty set allows all; `number` covers `integer`). */
export function typeAllowed(type: string, allowed: ReadonlySet<string>): boolean {
  return allowed.size === 0 || allowed.has(type) || (type === 'integer' && allowed.has('number'));
}

/** The HTTP methods an OpenAPI path item may hold (OpenAPI 3.1 §4.8.9). */
export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** A path template with its parameter names blanked, so `/jobs/{id}` and `/jobs/{jobId}` match. */
export function pathKey(template: string): string {
  return template.replace(/\{[^}]*\}/g, '{}');
}

/**
 * `$ref` resolution inside one bundled document.
 *
 * Supports JSON-pointer fragments (`#/components/schemas/X`, `#/$defs/a`, percent-encoded tokens),
 * `$anchor` / `$dynamicAnchor` names, and base-URI changes by `$id` (OpenAPI 3.1, JSON Schema
 * 2020-12 §8.2) or `id` (OpenAPI 3.0 / draft 4) within the document. Remote documents are not
 * fetched: a `$ref` to a URI that no schema in the document declares is unresolvable.
 */
import { pointerOf } from '../diagnostics.js';
import { getAt, pointerTokens } from './json-pointer.js';
import { forEachSubschema, isSchemaObject } from './subschemas.js';
import type { Dialect } from './dialect.js';

/** Base URI of a document without `$id`; never fetched, only used to resolve relative references. */
export const DEFAULT_BASE = 'https://api-contracts.invalid/document.json';

/** A schema found by resolution: the node, its document pointer and its base URI. */
export interface SchemaLocation {
  schema: unknown;
  /** URI-fragment JSON pointer from the document root, e.g. `#/components/schemas/X`. */
  pointer: string;
  /** Tokens of `pointer`. */
  tokens: string[];
  /** Absolute base URI in effect for this schema (after its own `$id`). */
  base: string;
}

const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

/** Resolves URI reference `ref` against `base` (RFC 3986 §5); keeps opaque bases like `urn:` working. */
export function resolveUri(ref: string, base: string): string {
  if (SCHEME.test(ref)) return stripEmptyFragment(safeHref(ref) ?? ref);
  if (ref.startsWith('#')) return stripEmptyFragment(withoutFragment(base) + ref);
  return stripEmptyFragment(safeHref(ref, base) ?? ref);
}

function safeHref(ref: string, base?: string): string | undefined {
  try {
    return new URL(ref, base).href;
  } catch {
    return undefined;
  }
}

function withoutFragment(uri: string): string {
  const i = uri.indexOf('#');
  return i < 0 ? uri : uri.slice(0, i);
}

function stripEmptyFragment(uri: string): string {
  return uri.endsWith('#') ? uri.slice(0, -1) : uri;
}

/** The base URI a schema node establishes for itself and its subschemas. */
export function ownBase(node: unknown, parentBase: string, dialect: Dialect): string {
  if (!isSchemaObject(node)) return parentBase;
  if (dialect === 'openapi-3.1') {
    const id = node['$id'];
    return typeof id === 'string' ? resolveUri(id, parentBase) : parentBase;
  }
  const id = node['id'];
  if (typeof id !== 'string' || id.startsWith('#') || node['$ref'] !== undefined) return parentBase;
  return resolveUri(id, parentBase);
}

/** Index of the identifiers declared in one document, answering `resolve(ref, base)`. */
export class RefResolver {
  private readonly resources = new Map<string, string[]>();
  private readonly anchors = new Map<string, string[]>();
  private readonly bases = new Map<string, string>();

  constructor(
    private readonly document: unknown,
    private readonly dialect: Dialect,
  ) {
    const root = isOpenApiDocument(document) ? undefined : document;
    if (root === undefined) this.indexDocument(document, []);
    else this.indexSchema(root, [], DEFAULT_BASE);
    if (!this.resources.has(DEFAULT_BASE)) this.resources.set(DEFAULT_BASE, []);
  }

  /** Base URI of the schema at `pointer` when the index saw it. */
  baseAt(pointer: string): string | undefined {
    return this.bases.get(pointer);
  }

  /** Resolves `ref` found in a schema whose base URI is `base`; undefined when unresolvable. */
  resolve(ref: string, base: string): SchemaLocation | undefined {
    const uri = resolveUri(ref, base);
    const hash = uri.indexOf('#');
    const resource = hash < 0 ? uri : uri.slice(0, hash);
    const fragment = hash < 0 ? '' : uri.slice(hash + 1);
    const fromPointer = pointerTokens(`#${fragment}`);
    let tokens: string[] | undefined;
    if (fromPointer === undefined) tokens = this.anchors.get(`${resource}#${fragment}`);
    else {
      const root = this.resources.get(resource);
      tokens = root === undefined ? undefined : [...root, ...fromPointer];
    }
    if (tokens === undefined) return undefined;
    const schema = getAt(this.document, tokens);
    if (schema === undefined) return undefined;
    const pointer = pointerOf(tokens);
    return { schema, pointer, tokens, base: this.bases.get(pointer) ?? resource };
  }

  private indexDocument(node: unknown, tokens: string[]): void {
    if (typeof node !== 'object' || node === null) return;
    const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : Object.entries(node);
    for (const [key, value] of entries) {
      const path = [...tokens, key];
      const isSchema =
        (key === 'schema' && !Array.isArray(node)) ||
        (tokens.length === 2 && tokens[0] === 'components' && tokens[1] === 'schemas');
      if (isSchema) this.indexSchema(value, path, DEFAULT_BASE);
      else this.indexDocument(value, path);
    }
  }

  private indexSchema(node: unknown, tokens: string[], parentBase: string): void {
    const base = ownBase(node, parentBase, this.dialect);
    const pointer = pointerOf(tokens);
    if (this.bases.has(pointer)) return;
    this.bases.set(pointer, base);
    if (!isSchemaObject(node)) return;
    if (base !== parentBase || tokens.length === 0) this.resources.set(base, tokens);
    for (const name of this.anchorNames(node)) this.anchors.set(`${base}#${name}`, tokens);
    forEachSubschema(node, this.dialect, (child, rel) => this.indexSchema(child, [...tokens, ...rel], base));
  }

  private anchorNames(node: Record<string, unknown>): string[] {
    if (this.dialect === 'openapi-3.1') {
      return [node['$anchor'], node['$dynamicAnchor']].filter((a): a is string => typeof a === 'string');
    }
    const id = node['id'];
    return typeof id === 'string' && id.startsWith('#') && node['$ref'] === undefined ? [id.slice(1)] : [];
  }
}

/** An OpenAPI document (as opposed to a bare JSON Schema such as a test-suite case). */
function isOpenApiDocument(document: unknown): boolean {
  return (
    typeof document === 'object' &&
    document !== null &&
    (typeof (document as Record<string, unknown>)['openapi'] === 'string' ||
      typeof (document as Record<string, unknown>)['components'] === 'object')
  );
}

/**
 * Walks a JSON value alongside its schema in an OpenAPI 3.1 document (JSON Schema 2020-12), to find
 * what validators cannot: properties the schema does not document although `additionalProperties`
 * is left open. A place in the value is described by a {@link SchemaView}: every subschema that
 * applies there, with `$ref` resolved and `allOf`/`oneOf`/`anyOf` flattened, so a property counts
 * as documented when any branch documents it.
 */
import { escapePointerToken } from '../../generator/src/diagnostics.js';
import { deref } from './spec-document.js';

/** The object subschemas that apply at one place of a value (boolean `true` schemas add nothing). */
export type SchemaView = readonly Record<string, unknown>[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The view of `schema`: itself after `$ref` resolution, plus its `allOf`/`oneOf`/`anyOf` branches, recursively. */
export function viewOf(doc: unknown, schema: unknown, seen: Set<unknown> = new Set()): SchemaView {
  const resolved = deref(doc, schema);
  if (!isRecord(resolved) || seen.has(resolved)) return [];
  seen.add(resolved);
  const view: Record<string, unknown>[] = [resolved];
  if (isRecord(schema) && schema !== resolved) {
    // OpenAPI 3.1 allows keywords beside `$ref`; they apply too.
    const { $ref: _ref, ...siblings } = schema;
    if (Object.keys(siblings).length > 0) view.push(...viewOf(doc, siblings, seen));
  }
  for (const keyword of ['allOf', 'oneOf', 'anyOf']) {
    const branches = resolved[keyword];
    if (Array.isArray(branches)) for (const branch of branches) view.push(...viewOf(doc, branch, seen));
  }
  return view;
}

/** The view of property `name` of an object described by `view` (its `properties` entries, else `additionalProperties`). */
export function propertyView(doc: unknown, view: SchemaView, name: string): SchemaView {
  const declared = view.flatMap((s) => (isRecord(s['properties']) && name in s['properties'] ? [s['properties'][name]] : []));
  const sources = declared.length > 0 ? declared : view.map((s) => s['additionalProperties']).filter(isRecord);
  return sources.flatMap((s) => viewOf(doc, s));
}

/** The view of the items of an array described by `view`. */
export function itemView(doc: unknown, view: SchemaView): SchemaView {
  return view.flatMap((s) => (s['items'] === undefined ? [] : viewOf(doc, s['items'])));
}

/** True when some schema of `view` lists `name` under `properties` (a `false` schema forbids it instead). */
export function documentsProperty(view: SchemaView, name: string): boolean {
  return view.some((s) => isRecord(s['properties']) && name in s['properties'] && s['properties'][name] !== false);
}

/**
 * True when unknown properties at this place are worth reporting: the schema lists `properties`
 * and does not say that any key goes (`additionalProperties: true` or a schema, `patternProperties`).
 */
export function listsItsProperties(view: SchemaView): boolean {
  const open = view.some((s) => s['additionalProperties'] === true || isRecord(s['additionalProperties']) || s['patternProperties'] !== undefined);
  return !open && view.some((s) => isRecord(s['properties']));
}

/** The JSON types `view` allows (`type` and `const`/`enum` values), or undefined when it does not say. */
export function typesOf(view: SchemaView): string[] | undefined {
  const types = view.flatMap((s) => (Array.isArray(s['type']) ? s['type'] : typeof s['type'] === 'string' ? [s['type']] : []));
  return types.length === 0 ? undefined : [...new Set(types.map(String))];
}

/** True when `view` allows `null` (`type` includes `'null'`, or `enum`/`const` holds null). */
export function allowsNull(view: SchemaView): boolean {
  return view.some(
    (s) =>
      s['type'] === 'null' ||
      (Array.isArray(s['type']) && s['type'].includes('null')) ||
      (Array.isArray(s['enum']) && s['enum'].includes(null)) ||
      s['const'] === null,
  );
}

/** The `format` of `view`, if one of its schemas gives one. */
export function formatOf(view: SchemaView): string | undefined {
  const format = view.map((s) => s['format']).find((f) => typeof f === 'string');
  return typeof format === 'string' ? format : undefined;
}

/** The JSON type of a parsed JSON value: `null`, `array`, `integer`, `number`, `string`, `boolean`, `object`. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** A property of the value that its schema does not document. */
export interface UndocumentedProperty {
  /** JSON pointer of the property's value. */
  readonly pointer: string;
  readonly name: string;
  readonly value: unknown;
}

/**
 * Every property of `value` that the schema at its place does not document, depth first. Places
 * where the schema lists no `properties` or allows any key are not judged.
 */
export function undocumentedProperties(doc: unknown, view: SchemaView, value: unknown, pointer = ''): UndocumentedProperty[] {
  if (Array.isArray(value)) {
    const items = itemView(doc, view);
    return value.flatMap((item, index) => undocumentedProperties(doc, items, item, `${pointer}/${index}`));
  }
  if (!isRecord(value)) return [];
  const judged = listsItsProperties(view);
  return Object.entries(value).flatMap(([name, child]) => {
    const at = `${pointer}/${escapePointerToken(name)}`;
    if (judged && !documentsProperty(view, name)) return [{ pointer: at, name, value: child }];
    return undocumentedProperties(doc, propertyView(doc, view, name), child, at);
  });
}

/** Splits a JSON pointer (`/a/0/b~1c`) into its unescaped reference tokens. */
export function pointerTokens(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at `pointer` in `value`, or undefined when there is none. */
export function valueAt(value: unknown, pointer: string): unknown {
  let node = value;
  for (const token of pointerTokens(pointer)) {
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isRecord(node)) node = node[token];
    else return undefined;
  }
  return node;
}

/** The schema view at `pointer` of `value`, starting from `view` at its root. */
export function viewAt(doc: unknown, view: SchemaView, value: unknown, pointer: string): SchemaView {
  let node = value;
  let here = view;
  for (const token of pointerTokens(pointer)) {
    here = Array.isArray(node) ? itemView(doc, here) : propertyView(doc, here, token);
    node = Array.isArray(node) ? node[Number(token)] : isRecord(node) ? node[token] : undefined;
  }
  return here;
}

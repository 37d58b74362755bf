/**
 * Where subschemas live inside a schema object (JSON Schema 2020-12 Core §10, draft 4 §5), so the
 * ref index and the keyword scan visit schema positions only, never `enum`/`const`/`default` data.
 */
import type { Dialect } from './dialect.js';

/** A schema object (boolean schemas are not objects). */
export function isSchemaObject(node: unknown): node is Record<string, unknown> {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}

const SINGLE = [
  'additionalProperties',
  'additionalItems',
  'contains',
  'not',
  'if',
  'then',
  'else',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
  'items',
];
const LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'];
const MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies'];

/** Calls `visit(child, tokens)` for each direct subschema, `tokens` relative to `node`. */
export function forEachSubschema(
  node: Record<string, unknown>,
  dialect: Dialect,
  visit: (child: unknown, tokens: string[]) => void,
): void {
  if (dialect === 'openapi-3.0' && node['$ref'] !== undefined) {
    visitMap(node, 'definitions', visit);
    return;
  }
  for (const key of SINGLE) {
    const v = node[key];
    if (typeof v === 'boolean' || isSchemaObject(v)) visit(v, [key]);
  }
  for (const key of LISTS) {
    const v = node[key];
    if (Array.isArray(v)) v.forEach((child, i) => visit(child, [key, String(i)]));
  }
  for (const key of MAPS) visitMap(node, key, visit);
}

function visitMap(node: Record<string, unknown>, key: string, visit: (child: unknown, tokens: string[]) => void): void {
  const v = node[key];
  if (!isSchemaObject(v)) return;
  for (const [name, child] of Object.entries(v)) {
    if (typeof child === 'boolean' || isSchemaObject(child)) visit(child, [key, name]);
  }
}

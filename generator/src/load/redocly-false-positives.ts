/**
 * Findings of Redocly's `struct` and `no-unresolved-refs` rules about constructs that OpenAPI
 * allows. They are dropped, not warned about, since the document is valid:
 * - a `discriminator.mapping` value that is a schema name (`Cat`) rather than a `$ref`
 *   (OAS 3.0.3 §4.7.25, 3.1 §4.8.25: "a mapping value may be a schema name or a reference");
 * - a boolean schema in 3.1 (JSON Schema 2020-12 §4.3.2: `true` admits any value, `false` none);
 * - a `properties` entry named `""` (JSON Schema 2020-12 §10.3.2.1 admits any property name; a
 *   `$ref` reaches it with an empty RFC 6901 token, `#/…/properties/`). Redocly then misreads the
 *   whole `properties` object as a schema and each name in it as an unexpected keyword; those
 *   findings are dropped.
 */
import type { Diagnostic } from '../diagnostics.js';
import { getAt, pointerTokens } from '../validators/json-pointer.js';

/**
 * True when `d` reports one of the valid constructs above in `document` (the parsed root file,
 * plain JSON data). `version` is the document's `openapi` major.minor.
 */
export function isRedoclyFalsePositive(d: Diagnostic, document: unknown, version: '3.0' | '3.1'): boolean {
  if (d.severity !== 'error') return false;
  const tokens = pointerTokens(d.pointer);
  if (tokens === undefined) return false;
  if (d.code === 'no-unresolved-refs') return isSchemaNameMapping(tokens, document);
  if (d.code !== 'struct') return false;
  const booleanSchema = typeof getAt(document, tokens) === 'boolean' && /type `Schema` .*got `boolean`/.test(d.message);
  if (version === '3.1' && booleanSchema) return true;
  return /is not expected here/.test(d.message) && underPropertiesWithEmptyName(tokens, document);
}

/** `…/discriminator/mapping/<value>` whose value names a schema of `#/components/schemas`. */
function isSchemaNameMapping(tokens: readonly string[], document: unknown): boolean {
  if (tokens.length < 3 || tokens.at(-2) !== 'mapping' || tokens.at(-3) !== 'discriminator') return false;
  const value = getAt(document, tokens);
  if (typeof value !== 'string' || /[#/]/.test(value)) return false;
  return getAt(document, ['components', 'schemas', value]) !== undefined;
}

/** `…/properties/<name>` reported as an unexpected keyword, where `properties` has a `""` entry. */
function underPropertiesWithEmptyName(tokens: readonly string[], document: unknown): boolean {
  if (tokens.length < 2 || tokens.at(-2) !== 'properties') return false;
  const properties = getAt(document, tokens.slice(0, -1));
  return typeof properties === 'object' && properties !== null && Object.hasOwn(properties, '');
}

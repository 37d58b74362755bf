/**
 * OpenAPI `readOnly`/`writeOnly` per direction (OAS 3.1 §4.8.24.3 / 3.0.3 §4.7.24.2): a readOnly
 * property must not be sent in a request and is then not required; a writeOnly property must not
 * appear in a response. `neutral` validators ignore both.
 */
import type { Site } from './compile-types.js';
import { readWriteMessage } from './error-messages.js';
import { isSchemaObject } from './subschemas.js';

/** The error a present property with schema `schema` causes in this direction, if any. */
export interface ReadWriteViolation {
  keyword: 'readOnly' | 'writeOnly';
  schemaPath: string;
  params: string;
  message: string;
}

/**
 * Whether property schema `schema` (at `pointer`, named by its last token) is forbidden in the
 * site's direction. Looks at the schema itself and, through one `$ref`, at its target.
 */
export function readWriteViolation(site: Site, schema: unknown, pointer: string): ReadWriteViolation | undefined {
  if (site.direction === 'neutral') return undefined;
  const keyword = site.direction === 'request' ? 'readOnly' : 'writeOnly';
  const owner = flagOwner(site, schema, pointer, keyword);
  if (owner === undefined) return undefined;
  const name = pointer.slice(pointer.lastIndexOf('/') + 1).replace(/~1/g, '/').replace(/~0/g, '~');
  const { params, message } = readWriteMessage(keyword, name);
  return { keyword, schemaPath: `${owner}/${keyword}`, params, message };
}

function flagOwner(site: Site, schema: unknown, pointer: string, keyword: string): string | undefined {
  if (!isSchemaObject(schema)) return undefined;
  const ref = schema['$ref'];
  const siblingsApply = site.dialect === 'openapi-3.1' || typeof ref !== 'string';
  if (siblingsApply && schema[keyword] === true) return pointer;
  if (typeof ref !== 'string') return undefined;
  const target = site.ctx.resolver.resolve(ref, site.base);
  return isSchemaObject(target?.schema) && target.schema[keyword] === true ? target.pointer : undefined;
}

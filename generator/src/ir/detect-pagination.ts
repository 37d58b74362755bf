/**
 * Recognises page-numbered list operations: a `page` and a `pageSize` (or `page_size`/`perPage`)
 * query parameter, and a 200 response object with an array property and a `pageCount` inside a
 * metadata object (PayQuicker's `PaymentJobListResult`: `data` + `meta.pageCount`).
 */
import type { PaginationDescriptor } from '../../runtime/operation.js';
import { resolveRef } from './json-pointer.js';
import type { IrParameter, IrResponse } from './types.js';

const PAGE = /^page$/i;
const PAGE_SIZE = /^(pageSize|page_size|perPage|per_page|limit)$/;

/** The pagination descriptor of an operation, or undefined when it is not page-numbered. */
export function detectPagination(
  document: Record<string, unknown>,
  parameters: readonly IrParameter[],
  responses: readonly IrResponse[],
): PaginationDescriptor | undefined {
  const page = parameters.find((p) => p.in === 'query' && PAGE.test(p.name));
  const size = parameters.find((p) => p.in === 'query' && PAGE_SIZE.test(p.name));
  const ok = responses.find((r) => r.status === '200');
  if (!page || !size || ok?.schema === undefined) return undefined;
  const properties = propertiesOf(document, ok.schema);
  const itemsName = Object.keys(properties).find((k) => typeOf(document, properties[k]) === 'array');
  const countPointer = findPageCount(document, properties);
  if (itemsName === undefined || countPointer === undefined) return undefined;
  return { pageKey: page.key, pageSizeKey: size.key, pageCountPointer: countPointer, itemsPointer: `/${itemsName}` };
}

function propertiesOf(document: Record<string, unknown>, schema: unknown): Record<string, unknown> {
  const resolved = resolveRef(document, schema, '#').value as Record<string, unknown> | undefined;
  return (resolved?.['properties'] ?? {}) as Record<string, unknown>;
}

function typeOf(document: Record<string, unknown>, schema: unknown): unknown {
  const resolved = resolveRef(document, schema, '#').value as Record<string, unknown> | undefined;
  const type = resolved?.['type'];
  return Array.isArray(type) ? type.find((t) => t !== 'null') : type;
}

function findPageCount(document: Record<string, unknown>, properties: Record<string, unknown>): string | undefined {
  if ('pageCount' in properties) return '/pageCount';
  for (const [name, schema] of Object.entries(properties)) {
    if ('pageCount' in propertiesOf(document, schema)) return `/${name}/pageCount`;
  }
  return undefined;
}

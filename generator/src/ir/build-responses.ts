/**
 * Responses of one operation (OpenAPI 3.1 §4.8.16 Responses Object), ordered: status codes
 * ascending, then ranges (`4XX`), then `default`, so emitted code is stable.
 */
import { childPointer, componentSchemaName, resolveRef } from './json-pointer.js';
import type { IrResponse } from './types.js';
import { byCodeUnit } from '../code-unit-order.js';

/** True for JSON media types: `application/json`, `*\/*+json`, `text/json`. */
export function isJsonMediaType(type: string): boolean {
  return /^(application|text)\/json$|\+json$/.test(type.split(';')[0]?.trim() ?? '');
}

/** Builds the responses of `raw` (the operation's `responses` object, at `pointer`). */
export function buildResponses(document: Record<string, unknown>, raw: unknown, pointer: string): IrResponse[] {
  const entries = Object.entries((raw ?? {}) as Record<string, unknown>);
  return entries
    .map(([status, value]) => buildResponse(document, status, value, childPointer(pointer, status)))
    .sort((a, b) => statusRank(a.status) - statusRank(b.status) || byCodeUnit(a.status, b.status));
}

function statusRank(status: string): number {
  if (/^\d{3}$/.test(status)) return Number(status);
  if (/^\dXX$/i.test(status)) return Number(status[0]) * 100 + 99.5;
  return 1000;
}

function buildResponse(document: Record<string, unknown>, status: string, raw: unknown, pointer: string): IrResponse {
  const resolved = resolveRef(document, raw, pointer);
  const response = (resolved.value ?? {}) as Record<string, unknown>;
  const content = (response['content'] ?? {}) as Record<string, Record<string, unknown>>;
  const types = Object.keys(content);
  const contentType = types.find(isJsonMediaType) ?? types[0];
  const ir: IrResponse = {
    status: status.toUpperCase() === 'DEFAULT' ? 'default' : status.toUpperCase(),
    description: typeof response['description'] === 'string' ? response['description'] : '',
    json: contentType !== undefined && isJsonMediaType(contentType),
  };
  if (contentType === undefined) return ir;
  ir.contentType = contentType;
  const schema = content[contentType]?.['schema'];
  if (schema === undefined) return ir;
  ir.schema = schema;
  ir.pointer = childPointer(resolved.pointer, 'content', contentType, 'schema');
  const name = componentSchemaName(schema);
  if (name !== undefined) ir.schemaName = name;
  return ir;
}

/**
 * What openapi-typescript is given to write the first part of `types.gen.ts` (openapi-types.ts).
 * Kept apart from the ts-morph emitters so the main thread of generation never loads ts-morph.
 */
import type { IrApi } from '../ir/types.js';

/**
 * The document openapi-typescript reads: `api.document` itself (read-only: the worker gets a
 * structured clone of it), or, when the IR flagged arrays whose `items` are the array schema itself
 * (`self-referencing-schema`), a copy in which they get `items: {}`, since a type alias cannot be
 * its own element type through openapi-typescript's indexed access; the type widens to `unknown[]`.
 */
export function typesDocument(api: IrApi): unknown {
  if (!api.diagnostics.some((x) => x.code === 'self-referencing-schema')) return api.document;
  const document = structuredClone(api.document);
  const schemas = ((document['components'] ?? {}) as Record<string, unknown>)['schemas'] as Record<string, Record<string, unknown>> | undefined;
  for (const d of api.diagnostics.filter((x) => x.code === 'self-referencing-schema')) {
    const schema = schemas?.[api.schemas.find((s) => `${s.pointer}/items` === d.pointer)?.name ?? ''];
    if (schema) schema['items'] = {};
  }
  return document;
}

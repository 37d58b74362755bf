/**
 * What openapi-typescript is given to write the first part of `types.gen.ts` (openapi-types.ts).
 * Kept apart from the ts-morph emitters so the main thread of generation never loads ts-morph.
 */
import type { IrApi } from '../ir/types.js';
import { escapePointerToken } from '../diagnostics.js';
import { docText } from '../source-text.js';

/**
 * The document openapi-typescript reads: `api.document` with its comment text escaped
 * ({@link commentSafe}), and, when the IR flagged arrays whose `items` are the array schema itself
 * (`self-referencing-schema`), a copy in which they get `items: {}`, since a type alias cannot be
 * its own element type through openapi-typescript's indexed access; the type widens to `unknown[]`.
 * Boolean `$defs` entries (JSON Schema 2020-12 §4.3.2) become their object forms, `true` → `{}`
 * and `false` → `{ not: {} }`, since openapi-typescript 7.13 reads `$defs` entries as objects;
 * a `discriminator.mapping` value that is a schema name (`Cat`, OAS 3.1 §4.8.25) becomes its `$ref`
 * (`#/components/schemas/Cat`), which is the only form openapi-typescript matches to a schema.
 * `api.document` itself is never changed (the worker gets a structured clone of the result).
 */
export function typesDocument(api: IrApi): unknown {
  const escaped = commentSafe(api.document, false) as Record<string, unknown>;
  if (!api.diagnostics.some((x) => x.code === 'self-referencing-schema')) return escaped;
  const document = structuredClone(escaped);
  const schemas = ((document['components'] ?? {}) as Record<string, unknown>)['schemas'] as Record<string, Record<string, unknown>> | undefined;
  for (const d of api.diagnostics.filter((x) => x.code === 'self-referencing-schema')) {
    const schema = schemas?.[api.schemas.find((s) => `${s.pointer}/items` === d.pointer)?.name ?? ''];
    if (schema) schema['items'] = {};
  }
  return document;
}

/**
 * Fields openapi-typescript 7.13 writes into `/** … *\/` comments only (`addJSDocComment`,
 * dist/lib/ts.cjs): it escapes `*\/` there, but keeps line-leading `@` (a forged JSDoc tag),
 * U+2028/U+2029, NUL and bidi controls. String values get {@link docText}'s escapes first (which
 * leave no `*\/` for it to change); `example`/`examples`/`default` objects are written as JSON,
 * which escapes controls. `const` and `enum` are types, never touched.
 */
const COMMENT_FIELDS = new Set(['title', 'summary', 'description', 'format', 'default', 'example']);

/** Keywords whose values are data, not document structure: never walked into. */
const DATA_FIELDS = new Set(['const', 'enum', 'default', 'example', 'examples']);

/** Keywords whose values map names (property names, schema names, status codes…) to objects. */
const NAME_MAPS = new Set([
  'properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'schemas', 'responses', 'parameters',
  'requestBodies', 'headers', 'securitySchemes', 'links', 'callbacks', 'pathItems', 'paths', 'webhooks', 'content', 'encoding',
]);

/**
 * `node` with every comment-only string escaped: the same object where nothing changes (so an
 * ordinary document is not copied), else a copy along the changed paths. `names` is true when
 * `node`'s keys are names (under {@link NAME_MAPS}), which are all walked.
 */
function commentSafe(node: unknown, names: boolean): unknown {
  if (Array.isArray(node)) {
    const items = node.map((item) => commentSafe(item, false));
    return items.some((item, i) => item !== node[i]) ? items : node;
  }
  if (typeof node !== 'object' || node === null) return node;
  let copy: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(node)) {
    const escaped = names ? commentSafe(value, false) : fieldSafe(key, value);
    if (escaped !== value) (copy ??= { ...(node as Record<string, unknown>) })[key] = escaped;
  }
  return copy ?? node;
}

function fieldSafe(key: string, value: unknown): unknown {
  if (typeof value === 'string') return COMMENT_FIELDS.has(key) ? docText(value) : value;
  if (key === 'examples' && Array.isArray(value)) {
    const items = value.map((v: unknown) => (typeof v === 'string' ? docText(v) : v));
    return items.some((v, i) => v !== value[i]) ? items : value;
  }
  if (DATA_FIELDS.has(key) || key.startsWith('x-')) return value;
  if (key === '$defs') return commentSafe(booleanEntriesAsObjects(value), true);
  if (key === 'mapping') return schemaNamesAsRefs(value);
  return commentSafe(value, NAME_MAPS.has(key));
}

/** `mapping` with each value that is a schema name (no `#`, no `/`) replaced by its `$ref`. */
function schemaNamesAsRefs(mapping: unknown): unknown {
  if (typeof mapping !== 'object' || mapping === null) return mapping;
  const isName = (v: unknown): v is string => typeof v === 'string' && !/[#/]/.test(v);
  if (!Object.values(mapping).some(isName)) return mapping;
  const entries = Object.entries(mapping).map(([k, v]) => [k, isName(v) ? `#/components/schemas/${escapePointerToken(v)}` : v] as const);
  return Object.fromEntries(entries);
}

/** `defs` with each boolean schema replaced by its object form (the same object when there is none). */
function booleanEntriesAsObjects(defs: unknown): unknown {
  if (typeof defs !== 'object' || defs === null || !Object.values(defs).some((v) => typeof v === 'boolean')) return defs;
  const entries = Object.entries(defs).map(([k, v]) => [k, v === true ? {} : v === false ? { not: {} } : v] as const);
  return Object.fromEntries(entries);
}

/**
 * The two schema dialects OpenAPI documents use and where their keywords differ:
 * - `openapi-3.0`: the OpenAPI 3.0 Schema Object (JSON Schema draft 4/5 subset) — `nullable`,
 *   boolean `exclusiveMinimum`/`exclusiveMaximum`, siblings of `$ref` ignored (OAS 3.0.3 §4.7.24).
 * - `openapi-3.1`: JSON Schema 2020-12 (OAS 3.1 §4.8.24) — `type` arrays with `null`, numeric
 *   exclusive bounds, `prefixItems`, `$ref` siblings apply.
 */
import type { Diagnostic } from '../diagnostics.js';

/** Schema dialect of the document being compiled. */
export type Dialect = 'openapi-3.0' | 'openapi-3.1';

/** JSON types a `type` keyword may name. */
export const JSON_TYPES = ['null', 'boolean', 'object', 'array', 'number', 'string', 'integer'] as const;
export type JsonType = (typeof JSON_TYPES)[number];

/**
 * The set of allowed JSON types of a schema (from `type`, plus `null` for OAS 3.0 `nullable: true`
 * next to an explicit `type`), or undefined when the schema does not restrict types. A 3.1
 * document's `nullable: true` is read as 3.0 did (the loader warns: `tolerated-defects.ts`).
 */
export function allowedTypes(
  schema: Record<string, unknown>,
  dialect: Dialect,
  report: (d: Omit<Diagnostic, 'file'>) => void,
  pointer: string,
): JsonType[] | undefined {
  const raw = schema['type'];
  if (raw === undefined) return undefined;
  const list = Array.isArray(raw) ? raw : [raw];
  const types: JsonType[] = [];
  for (const t of list) {
    if (typeof t === 'string' && (JSON_TYPES as readonly string[]).includes(t)) types.push(t as JsonType);
    else {
      report({
        code: 'invalid-schema-type',
        severity: 'error',
        pointer: `${pointer}/type`,
        message: `unknown type ${JSON.stringify(t)}; allowed: ${JSON_TYPES.join(', ')}`,
      });
    }
  }
  if (schema['nullable'] === true && !types.includes('null')) types.push('null');
  return types;
}

/** A numeric bound after dialect normalization: `{ limit: 5, exclusive: true }` means `> 5`. */
export interface Bound {
  keyword: 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum';
  limit: number;
  exclusive: boolean;
}

/**
 * The lower (`side = 'min'`) or upper bounds of a schema. OAS 3.0 boolean `exclusiveMinimum: true`
 * turns `minimum` exclusive (the error keyword stays `exclusiveMinimum` as in ajv), in a 3.1
 * document too (the loader warns: `tolerated-defects.ts`); 3.1 numeric `exclusiveMinimum` is a
 * separate bound.
 */
export function bounds(schema: Record<string, unknown>, side: 'min' | 'max'): Bound[] {
  const inclusiveKey = side === 'min' ? 'minimum' : 'maximum';
  const exclusiveKey = side === 'min' ? 'exclusiveMinimum' : 'exclusiveMaximum';
  const inclusive = schema[inclusiveKey];
  const exclusive = schema[exclusiveKey];
  const out: Bound[] = [];
  if (typeof inclusive === 'number') {
    out.push(
      exclusive === true
        ? { keyword: exclusiveKey, limit: inclusive, exclusive: true }
        : { keyword: inclusiveKey, limit: inclusive, exclusive: false },
    );
  }
  if (typeof exclusive === 'number') out.push({ keyword: exclusiveKey, limit: exclusive, exclusive: true });
  return out;
}

/**
 * Numeric keywords (JSON Schema 2020-12 Validation §6.2; OAS 3.0 boolean exclusive bounds):
 * bounds, `multipleOf` (exact `%` for integer divisors, rounding-tolerant otherwise) and the OAS
 * numeric formats `int32`, `int64`, `float`. Emitted code assumes the value is a `number`.
 */
import { check } from './code-blocks.js';
import type { Site } from './compile-types.js';
import { bounds } from './dialect.js';
import { boundMessage, formatMessage, multipleOfMessage } from './error-messages.js';
import { FORMATS } from './formats.js';

/** True when the schema has any keyword this family handles. */
export function hasNumberKeywords(s: Record<string, unknown>): boolean {
  return (
    typeof s['minimum'] === 'number' ||
    typeof s['maximum'] === 'number' ||
    typeof s['exclusiveMinimum'] === 'number' ||
    typeof s['exclusiveMaximum'] === 'number' ||
    typeof s['multipleOf'] === 'number' ||
    (typeof s['format'] === 'string' && FORMATS[s['format']]?.type === 'number')
  );
}

export function emitNumber(site: Site): string[] {
  const x = site.x;
  const out: string[] = [];
  for (const side of ['min', 'max'] as const) {
    for (const b of bounds(site.schema, side)) {
      const op = side === 'min' ? (b.exclusive ? '<=' : '<') : b.exclusive ? '>=' : '>';
      const { params, message } = boundMessage(b, side);
      out.push(...check(site.mode, `${x} ${op} ${b.limit}`, `${site.pointer}/${b.keyword}`, b.keyword, params, message));
    }
  }
  const m = site.schema['multipleOf'];
  if (typeof m === 'number' && m > 0) {
    const cond = Number.isInteger(m) ? `${x} % ${m} !== 0` : `!${site.ctx.helper('multipleOf')}(${x}, ${m})`;
    const { params, message } = multipleOfMessage(m);
    out.push(...check(site.mode, cond, `${site.pointer}/multipleOf`, 'multipleOf', params, message));
  }
  const format = site.schema['format'];
  const def = typeof format === 'string' ? FORMATS[format] : undefined;
  if (typeof format === 'string' && def?.type === 'number') {
    const { params, message } = formatMessage(format);
    out.push(...check(site.mode, `!${site.ctx.helper(def.helper)}(${x})`, `${site.pointer}/format`, 'format', params, message));
  }
  return out;
}

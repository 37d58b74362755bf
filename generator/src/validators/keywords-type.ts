/**
 * `type` (with 3.0 `nullable`), `enum` and `const` (JSON Schema 2020-12 Validation §6.1).
 * `integer` means `Number.isInteger`; `number` excludes NaN/±Infinity, which JSON cannot express.
 */
import { check } from './code-blocks.js';
import type { Site } from './compile-types.js';
import { allowedTypes, type JsonType } from './dialect.js';
import { constMessage, enumMessage, typeMessage } from './error-messages.js';
import { isComposite, primitiveLiteral, primitivesLiteral, valueLiteral } from './literals.js';

/** Positive test that `x` has JSON type `t`. */
export function typeTest(t: JsonType, x: string): string {
  switch (t) {
    case 'null':
      return `${x} === null`;
    case 'boolean':
      return `typeof ${x} === 'boolean'`;
    case 'string':
      return `typeof ${x} === 'string'`;
    case 'number':
      return `(typeof ${x} === 'number' && Number.isFinite(${x}))`;
    case 'integer':
      return `(typeof ${x} === 'number' && Number.isInteger(${x}))`;
    case 'object':
      return `(typeof ${x} === 'object' && ${x} !== null && !Array.isArray(${x}))`;
    case 'array':
      return `Array.isArray(${x})`;
  }
}

/** Negated single-type test, written so TypeScript narrows `x` after it fails. */
function notTypeTest(t: JsonType, x: string): string {
  switch (t) {
    case 'null':
      return `${x} !== null`;
    case 'boolean':
      return `typeof ${x} !== 'boolean'`;
    case 'string':
      return `typeof ${x} !== 'string'`;
    case 'number':
      return `typeof ${x} !== 'number' || !Number.isFinite(${x})`;
    case 'integer':
      return `typeof ${x} !== 'number' || !Number.isInteger(${x})`;
    case 'object':
      return `typeof ${x} !== 'object' || ${x} === null || Array.isArray(${x})`;
    case 'array':
      return `!Array.isArray(${x})`;
  }
}

/**
 * Emits the `type` check; returns the lines and the allowed types (undefined = unrestricted).
 * `enum` values that `type` excludes are kept and the type is widened to admit them, with an
 * `enum-contradicts-type` warning (see {@link widenForEnum}).
 */
export function emitType(site: Site): { lines: string[]; types: JsonType[] | undefined } {
  const declared = allowedTypes(site.schema, site.dialect, (d) => site.ctx.report(d), site.pointer);
  const types = declared === undefined ? undefined : widenForEnum(site, declared);
  if (types === undefined || types.length === 0) return { lines: [], types: undefined };
  const effective = types.includes('number') ? types.filter((t) => t !== 'integer') : types;
  const first = effective[0];
  const cond =
    effective.length === 1 && first !== undefined
      ? notTypeTest(first, site.x)
      : `!(${effective.map((t) => typeTest(t, site.x)).join(' || ')})`;
  const { params, message } = typeMessage(types);
  return { lines: check(site.mode, cond, `${site.pointer}/type`, 'type', params, message), types };
}

/** JSON type of an `enum` value; whole numbers are `integer` only where `integer` is allowed. */
function typeOfValue(v: unknown, types: readonly JsonType[]): JsonType {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  switch (typeof v) {
    case 'boolean':
      return 'boolean';
    case 'string':
      return 'string';
    case 'number':
      return Number.isInteger(v) && types.includes('integer') ? 'integer' : 'number';
    default:
      return 'object';
  }
}

/**
 * `types` plus the JSON type of every `enum` value it excludes. A real-world document's enum that
 * contradicts its `type` (`type: integer, enum: [1, 'two']`) is a defect every other tool
 * tolerates: its values are kept, the type is widened and an `enum-contradicts-type` warning
 * names the values and the assumption.
 */
function widenForEnum(site: Site, types: JsonType[]): JsonType[] {
  const values = site.schema['enum'];
  if (!Array.isArray(values) || types.length === 0) return types;
  const admits = (t: JsonType, list: readonly JsonType[]): boolean =>
    list.includes(t) || (t === 'integer' && list.includes('number'));
  const widened = [...types];
  const outside: unknown[] = [];
  for (const v of values) {
    const t = typeOfValue(v, types);
    if (admits(t, types)) continue;
    outside.push(v);
    if (!admits(t, widened)) widened.push(t);
  }
  if (outside.length === 0) return types;
  const added = widened.slice(types.length);
  site.ctx.report({
    code: 'enum-contradicts-type',
    severity: 'warning',
    pointer: `${site.pointer}/enum`,
    message: `enum ${outside.length === 1 ? 'value' : 'values'} ${outside.map((v) => JSON.stringify(v)).join(', ')} ${outside.length === 1 ? 'is' : 'are'} not of type ${types.join(' or ')}; kept, and the type is widened to admit ${added.join(', ')}`,
  });
  return widened;
}

/**
 * Emits `enum`: `===` chains for up to 4 primitives, a Set beyond, deep equality for objects. The
 * values are written once, in a constant named after the schema (`JOB_STATUS_TYPES`) that the
 * Set is built from and errors report as `allowedValues`.
 */
export function emitEnum(site: Site): string[] {
  const values = site.schema['enum'];
  if (!Array.isArray(values)) return [];
  const all = valueLiteral(site, values, '');
  const prims = values.filter((v) => !isComposite(v));
  const composites = values.filter(isComposite);
  const tests: string[] = [];
  if (prims.length > 0 && prims.length <= 4) tests.push(...prims.map((v) => `${site.x} === ${primitiveLiteral(v)}`));
  else if (prims.length > 4) {
    const from = composites.length === 0 ? all : primitivesLiteral(prims);
    const set = site.ctx.constant(`${all}_SET`, `new Set<unknown>(${from})`, 'ReadonlySet<unknown>');
    tests.push(`${set}.has(${site.x})`);
  }
  if (composites.length > 0) tests.push(`${site.ctx.helper('inList')}(${all} as readonly unknown[], ${site.x})`);
  const cond = tests.length === 0 ? 'true' : `!(${tests.join(' || ')})`;
  const { params, message } = enumMessage(all);
  return check(site.mode, cond, `${site.pointer}/enum`, 'enum', params, message);
}

/** Emits `const` (OAS 3.1 / 2020-12 only; draft 4 has no `const`). */
export function emitConst(site: Site): string[] {
  if (site.dialect !== 'openapi-3.1' || !Object.hasOwn(site.schema, 'const')) return [];
  const value = site.schema['const'];
  const cond = isComposite(value)
    ? `!${site.ctx.helper('deepEqual')}(${site.x}, ${valueLiteral(site, value, 'const')})`
    : `${site.x} !== ${primitiveLiteral(value)}`;
  const { params, message } = constMessage(site, value);
  return check(site.mode, cond, `${site.pointer}/const`, 'const', params, message);
}

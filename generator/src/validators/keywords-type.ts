/**
 * `type` (with 3.0 `nullable`), `enum` and `const` (JSON Schema 2020-12 Validation §6.1).
 * `integer` means `Number.isInteger`; `number` excludes NaN/±Infinity, which JSON cannot express.
 */
import { check, lit } from './code-blocks.js';
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

/** Emits the `type` check; returns the lines and the allowed types (undefined = unrestricted). */
export function emitType(site: Site): { lines: string[]; types: JsonType[] | undefined } {
  const types = allowedTypes(site.schema, site.dialect, (d) => site.ctx.report(d), site.pointer);
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

/** Emits `enum`: `===` chains for up to 4 primitives, a hoisted Set beyond, deep equality for objects. */
export function emitEnum(site: Site): string[] {
  const values = site.schema['enum'];
  if (!Array.isArray(values)) return [];
  const prims = values.filter((v) => !isComposite(v));
  const composites = values.filter(isComposite);
  const tests: string[] = [];
  if (prims.length > 0 && prims.length <= 4) tests.push(...prims.map((v) => `${site.x} === ${primitiveLiteral(v)}`));
  else if (prims.length > 4) {
    const set = site.ctx.constant('ENUM', `new Set<unknown>(${primitivesLiteral(prims)})`, 'ReadonlySet<unknown>');
    tests.push(`${set}.has(${site.x})`);
  }
  if (composites.length > 0) {
    const list = site.ctx.constant('ENUM', `JSON.parse(${lit(JSON.stringify(composites))}) as unknown[]`);
    tests.push(`${site.ctx.helper('inList')}(${list}, ${site.x})`);
  }
  const cond = tests.length === 0 ? 'true' : `!(${tests.join(' || ')})`;
  const { params, message } = enumMessage(site, values);
  return check(site.mode, cond, `${site.pointer}/enum`, 'enum', params, message);
}

/** Emits `const` (OAS 3.1 / 2020-12 only; draft 4 has no `const`). */
export function emitConst(site: Site): string[] {
  if (site.dialect !== 'openapi-3.1' || !Object.hasOwn(site.schema, 'const')) return [];
  const value = site.schema['const'];
  const cond = isComposite(value)
    ? `!${site.ctx.helper('deepEqual')}(${site.x}, ${valueLiteral(site, value)})`
    : `${site.x} !== ${primitiveLiteral(value)}`;
  const { params, message } = constMessage(site, value);
  return check(site.mode, cond, `${site.pointer}/const`, 'const', params, message);
}

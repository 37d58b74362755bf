/**
 * `params` and `message` of each error, as JS expressions, worded like ajv 8 so tooling and people
 * used to ajv read them unchanged (e.g. `must be string`, `must have required property 'id'`).
 */
import { lit } from './code-blocks.js';
import type { Site } from './compile-types.js';
import type { Bound, JsonType } from './dialect.js';
import { valueLiteral } from './literals.js';

/** params/message pair of one error. */
export interface ErrorText {
  params: string;
  message: string;
}

export function typeMessage(types: readonly JsonType[]): ErrorText {
  const joined = types.join(',');
  return { params: `{ type: ${lit(joined)} }`, message: lit(`must be ${joined}`) };
}

/** `allowed`: the expression of the enum's values (a module-level constant). */
export function enumMessage(allowed: string): ErrorText {
  return {
    params: `{ allowedValues: ${allowed} }`,
    message: lit('must be equal to one of the allowed values'),
  };
}

export function constMessage(site: Site, value: unknown): ErrorText {
  return { params: `{ allowedValue: ${valueLiteral(site, value, 'const')} }`, message: lit('must be equal to constant') };
}

export function limitMessage(limit: number, what: string, side: 'min' | 'max'): ErrorText {
  const text = side === 'min' ? `must NOT have fewer than ${limit} ${what}` : `must NOT have more than ${limit} ${what}`;
  return { params: `{ limit: ${limit} }`, message: lit(text) };
}

export function boundMessage(bound: Bound, side: 'min' | 'max'): ErrorText {
  const comparison = side === 'min' ? (bound.exclusive ? '>' : '>=') : bound.exclusive ? '<' : '<=';
  return {
    params: `{ comparison: ${lit(comparison)}, limit: ${bound.limit} }`,
    message: lit(`must be ${comparison} ${bound.limit}`),
  };
}

export function multipleOfMessage(m: number): ErrorText {
  return { params: `{ multipleOf: ${m} }`, message: lit(`must be multiple of ${m}`) };
}

export function patternMessage(pattern: string): ErrorText {
  return { params: `{ pattern: ${lit(pattern)} }`, message: lit(`must match pattern "${pattern}"`) };
}

export function formatMessage(format: string): ErrorText {
  return { params: `{ format: ${lit(format)} }`, message: lit(`must match format "${format}"`) };
}

export function requiredMessage(name: string): ErrorText {
  return { params: `{ missingProperty: ${lit(name)} }`, message: lit(`must have required property '${name}'`) };
}

export function dependentRequiredMessage(property: string, deps: readonly string[], missing: string): ErrorText {
  const noun = deps.length === 1 ? 'property' : 'properties';
  return {
    params: `{ property: ${lit(property)}, missingProperty: ${lit(missing)}, depsCount: ${deps.length}, deps: ${lit(deps.join(', '))} }`,
    message: lit(`must have ${noun} ${deps.join(', ')} when property ${property} is present`),
  };
}

/** `additionalProperties: false`; `key` is the JS expression of the offending name. */
export function additionalMessage(key: string): ErrorText {
  return { params: `{ additionalProperty: ${key} }`, message: lit('must NOT have additional properties') };
}

export function propertyNameMessage(key: string): ErrorText {
  return { params: `{ propertyName: ${key} }`, message: lit('property name must be valid') };
}

export function uniqueMessage(i: string, j: string): ErrorText {
  return {
    params: `{ i: ${i}, j: ${j} }`,
    message: `\`must NOT have duplicate items (items ## \${${j}} and \${${i}} are identical)\``,
  };
}

export function containsMessage(min: number, max: number | undefined): ErrorText {
  if (max === undefined) {
    return { params: `{ minContains: ${min} }`, message: lit(`must contain at least ${min} valid item(s)`) };
  }
  return {
    params: `{ minContains: ${min}, maxContains: ${max} }`,
    message: lit(`must contain at least ${min} and no more than ${max} valid item(s)`),
  };
}

export function readWriteMessage(keyword: 'readOnly' | 'writeOnly', property: string): ErrorText {
  const where = keyword === 'readOnly' ? 'a request' : 'a response';
  return {
    params: `{ property: ${lit(property)} }`,
    message: lit(`must NOT be present in ${where}: property '${property}' is ${keyword}`),
  };
}

export function discriminatorMessage(error: 'tag' | 'mapping', tag: string, tagValue: string): ErrorText {
  const text = error === 'tag' ? `tag "${tag}" must be string` : `value of tag "${tag}" must be in oneOf`;
  return { params: `{ error: ${lit(error)}, tag: ${lit(tag)}, tagValue: ${tagValue} }`, message: lit(text) };
}

/** Errors without params: `anyOf`, `not`, false schema, … */
export function plainMessage(text: string, params = '{}'): ErrorText {
  return { params, message: lit(text) };
}

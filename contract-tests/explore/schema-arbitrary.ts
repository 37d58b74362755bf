/**
 * Translates a JSON Schema 2020-12 schema of an OpenAPI 3.1 document (§4.8.24 Schema Object) into a
 * fast-check arbitrary of values that conform to it: `$ref` (local), `allOf` (merged), `anyOf` and
 * `oneOf` (one branch), `enum`, `const`, `type` (with `null`), string `pattern`, `format`
 * (`date-time`, `date`, `email`, `uuid`), `minLength`/`maxLength`, number bounds (inclusive and
 * exclusive), object `properties`/`required`, array `items`, `minItems`/`maxItems`, `uniqueItems`.
 * Properties outside `properties` are never generated. Values are kept small (arrays of at most
 * {@link MAX_ITEMS} items, numbers near their bounds) so a request stays readable when it fails.
 * Where a branch of `oneOf` also matches another, or a pattern fights a length, the value may not
 * conform: callers validate what they send (operation-cases.ts) and drop such values.
 */
import fc from 'fast-check';
import { deref } from '../drift/spec-document.js';

/** Most items generated for an array without `maxItems` (and the cap of one with a larger `maxItems`). */
export const MAX_ITEMS = 3;

/** Span of numbers generated past a single bound (an integer with `minimum: 1` and no maximum gets 1…101). */
const SPAN = 100;

/** An arbitrary that supplies a fixed value set for a JSON pointer of the value (a token that must name a resource on the target). */
export type KnownValues = (pointer: string) => fc.Arbitrary<unknown> | undefined;

type Schema = Record<string, unknown>;

function isRecord(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `schema` with `$ref` resolved (siblings kept) and every `allOf` branch merged into one schema. */
export function flatten(doc: unknown, schema: unknown, depth = 0): Schema {
  if (depth > 20) return {};
  const resolved = deref(doc, schema);
  if (!isRecord(resolved)) return {};
  let merged: Schema = { ...resolved };
  if (isRecord(schema) && schema !== resolved) {
    const { $ref: _ref, ...siblings } = schema;
    merged = { ...merged, ...siblings };
  }
  const allOf = merged['allOf'];
  if (Array.isArray(allOf)) {
    const { allOf: _allOf, ...rest } = merged;
    merged = rest;
    for (const branch of allOf) {
      const part = flatten(doc, branch, depth + 1);
      const properties = { ...(isRecord(merged['properties']) ? merged['properties'] : {}), ...(isRecord(part['properties']) ? part['properties'] : {}) };
      const required = [...(Array.isArray(merged['required']) ? merged['required'] : []), ...(Array.isArray(part['required']) ? part['required'] : [])];
      merged = { ...part, ...merged, ...(Object.keys(properties).length > 0 ? { properties } : {}), ...(required.length > 0 ? { required } : {}) };
    }
  }
  return merged;
}

function numberOf(schema: Schema, key: string): number | undefined {
  const value = schema[key];
  return typeof value === 'number' ? value : undefined;
}

function stringArbitrary(schema: Schema): fc.Arbitrary<string> {
  const minLength = numberOf(schema, 'minLength') ?? 0;
  const maxLength = numberOf(schema, 'maxLength');
  const fits = (text: string): boolean => [...text].length >= minLength && (maxLength === undefined || [...text].length <= maxLength);
  const pattern = schema['pattern'];
  if (typeof pattern === 'string') return fc.stringMatching(new RegExp(pattern, 'u')).filter(fits);
  switch (schema['format']) {
    case 'date-time':
      return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString());
    case 'date':
      return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'email':
      return fc.emailAddress().filter(fits);
    case 'uuid':
      return fc.uuid();
    default:
      return fc.string({ minLength, maxLength: maxLength ?? Math.max(minLength, 10) + 10 });
  }
}

function numericArbitrary(schema: Schema, integer: boolean): fc.Arbitrary<number> {
  const exclusiveMin = numberOf(schema, 'exclusiveMinimum');
  const exclusiveMax = numberOf(schema, 'exclusiveMaximum');
  const step = integer ? 1 : Number.EPSILON * 8;
  let min = numberOf(schema, 'minimum') ?? (exclusiveMin === undefined ? undefined : exclusiveMin + step);
  let max = numberOf(schema, 'maximum') ?? (exclusiveMax === undefined ? undefined : exclusiveMax - step);
  if (min === undefined && max === undefined) [min, max] = [-SPAN, SPAN];
  min ??= (max as number) - SPAN;
  max ??= min + SPAN;
  const inner = integer ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
  // Boundary values first: a documented bound is where servers disagree with specs (`pageSize` 50).
  const bounds = [numberOf(schema, 'minimum'), numberOf(schema, 'maximum')].filter((n): n is number => n !== undefined);
  return bounds.length === 0 ? inner : fc.oneof({ arbitrary: fc.constantFrom(...bounds), weight: 1 }, { arbitrary: inner, weight: 2 });
}

function objectArbitrary(doc: unknown, schema: Schema, pointer: string, known: KnownValues, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = isRecord(schema['properties']) ? schema['properties'] : {};
  const required = new Set(Array.isArray(schema['required']) ? schema['required'].map(String) : []);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, child] of Object.entries(properties)) {
    // readOnly properties belong to responses (JSON Schema 2020-12 validation §9.4): a request never carries them.
    if (child === false || (isRecord(child) && child['readOnly'] === true)) continue;
    model[name] = schemaArbitrary(doc, child, known, `${pointer}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1);
  }
  for (const name of required) model[name] ??= fc.constant('x');
  return fc.record(model, { requiredKeys: [...required] });
}

function arrayArbitrary(doc: unknown, schema: Schema, pointer: string, known: KnownValues, depth: number): fc.Arbitrary<unknown[]> {
  const item = schemaArbitrary(doc, schema['items'] ?? {}, known, `${pointer}/0`, depth + 1);
  const minLength = numberOf(schema, 'minItems') ?? 0;
  const maxLength = Math.max(minLength, Math.min(numberOf(schema, 'maxItems') ?? MAX_ITEMS, MAX_ITEMS));
  if (schema['uniqueItems'] === true) return fc.uniqueArray(item, { minLength, maxLength, selector: (v) => JSON.stringify(v) });
  return fc.array(item, { minLength, maxLength });
}

function typedArbitrary(doc: unknown, schema: Schema, type: string, pointer: string, known: KnownValues, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return numericArbitrary(schema, true);
    case 'number':
      return numericArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return arrayArbitrary(doc, schema, pointer, known, depth);
    default:
      return objectArbitrary(doc, schema, pointer, known, depth);
  }
}

/** The JSON type a schema without `type` is generated as, judged by the keywords it uses. */
function impliedType(schema: Schema): string {
  if (isRecord(schema['properties']) || Array.isArray(schema['required'])) return 'object';
  if (schema['items'] !== undefined) return 'array';
  if (['pattern', 'minLength', 'maxLength', 'format'].some((k) => k in schema)) return 'string';
  if (['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'].some((k) => k in schema)) return 'number';
  return 'object';
}

/**
 * An arbitrary of values conforming to `schema` (a schema of `doc`, `$ref`s resolved against it).
 * `known` overrides the value at a JSON pointer of the generated value (array items are at index
 * `0`), for identifiers that must exist on the target. Never throws; an unsupported keyword is
 * ignored (the value may then break it; see the module comment).
 */
export function schemaArbitrary(doc: unknown, schema: unknown, known: KnownValues = () => undefined, pointer = '', depth = 0): fc.Arbitrary<unknown> {
  const override = known(pointer);
  if (override !== undefined) return override;
  if (schema === true || depth > 12) return fc.constant({});
  const flat = flatten(doc, schema);
  if (Array.isArray(flat['enum'])) return fc.constantFrom(...(flat['enum'] as unknown[]));
  if ('const' in flat) return fc.constant(flat['const']);
  const branches = Array.isArray(flat['oneOf']) ? flat['oneOf'] : Array.isArray(flat['anyOf']) ? flat['anyOf'] : undefined;
  if (branches !== undefined && branches.length > 0) {
    const { oneOf: _oneOf, anyOf: _anyOf, ...base } = flat;
    return fc.oneof(...branches.map((branch) => schemaArbitrary(doc, { allOf: [base, branch] }, known, pointer, depth + 1)));
  }
  const types = Array.isArray(flat['type']) ? flat['type'].map(String) : typeof flat['type'] === 'string' ? [flat['type']] : [impliedType(flat)];
  const arbitraries = types.map((type) => typedArbitrary(doc, flat, type, pointer, known, depth));
  return arbitraries.length === 1 ? (arbitraries[0] as fc.Arbitrary<unknown>) : fc.oneof(...arbitraries);
}

/**
 * Negative cases: a valid case with exactly one constraint of the spec broken, labelled with the
 * JSON Schema keyword it breaks and the JSON pointer of the request part (`/query/pageSize`,
 * `/path/job-token`, `/body/items/0/amount`, as validate-request.ts names them). Only values that
 * can travel are tried: a query or path value is text on the wire, so a string parameter cannot
 * break `type`, and a path parameter is never left out or made empty (the request would call
 * another path). A broken case is kept only when the operation's generated validators refuse it
 * (under `anyOf`, breaking one branch may satisfy another).
 */
import { escapePointerToken } from '../../generator/src/diagnostics.js';
import { conforms, fixedParameters, type ExploreCase, type OperationModel } from './operation-model.js';
import { flatten } from './schema-arbitrary.js';

/** A broken value and the keyword it breaks. */
interface Broken {
  readonly keyword: string;
  readonly value: unknown;
}

type Schema = Record<string, unknown>;

function isRecord(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(schema: Schema): string[] {
  return Array.isArray(schema['type']) ? schema['type'].map(String) : typeof schema['type'] === 'string' ? [schema['type']] : [];
}

function numberAt(schema: Schema, key: string): number | undefined {
  return typeof schema[key] === 'number' ? schema[key] : undefined;
}

/** A string of `length` characters that `pattern` does not match, if one of the tried fillers works. */
function nonMatching(pattern: string, length: number): string | undefined {
  const regex = new RegExp(pattern, 'u');
  return ['x', '0', '!', ' '].map((c) => c.repeat(length)).find((text) => !regex.test(text));
}

/** Values breaking one keyword of `schema` each; `wireText` when the value travels as text (a parameter). */
function brokenValues(schema: Schema, wireText: boolean): Broken[] {
  const broken: Broken[] = [];
  const types = typesOf(schema);
  if (Array.isArray(schema['enum'])) broken.push({ keyword: 'enum', value: 'NOT-IN-ENUM' });
  if (types.length > 0 && !types.includes('string')) broken.push({ keyword: 'type', value: 'x' });
  else if (!wireText && types.length > 0 && !types.includes('number') && !types.includes('integer')) broken.push({ keyword: 'type', value: 12345 });
  const minimum = numberAt(schema, 'minimum');
  if (minimum !== undefined) broken.push({ keyword: 'minimum', value: minimum - 1 });
  const maximum = numberAt(schema, 'maximum');
  if (maximum !== undefined) broken.push({ keyword: 'maximum', value: maximum + 1 });
  const minLength = numberAt(schema, 'minLength');
  const maxLength = numberAt(schema, 'maxLength');
  if (minLength !== undefined && minLength > 1) broken.push({ keyword: 'minLength', value: 'x'.repeat(minLength - 1) });
  if (maxLength !== undefined) broken.push({ keyword: 'maxLength', value: 'x'.repeat(maxLength + 1) });
  if (typeof schema['pattern'] === 'string') {
    const text = nonMatching(schema['pattern'], Math.max(minLength ?? 1, 1));
    if (text !== undefined) broken.push({ keyword: 'pattern', value: text });
  }
  if (schema['format'] === 'date-time') broken.push({ keyword: 'format', value: 'not-a-date-time' });
  return broken;
}

/** Every single-keyword break of the JSON `value` described by `schema`, with the pointer below `pointer`. */
function bodyBreaks(doc: unknown, schema: unknown, value: unknown, pointer: string): { pointer: string; keyword: string; replace: (root: unknown) => unknown }[] {
  const flat = flatten(doc, schema);
  const branches = [flat, ...(['anyOf', 'oneOf'] as const).flatMap((k) => (Array.isArray(flat[k]) ? flat[k].map((b) => flatten(doc, b)) : []))];
  const here = brokenValues(flat, false).map((b) => ({ pointer, keyword: b.keyword, replace: () => b.value }));
  const below: ReturnType<typeof bodyBreaks> = [];
  if (isRecord(value)) {
    for (const branch of branches) {
      const required = Array.isArray(branch['required']) ? branch['required'].map(String) : [];
      const properties = isRecord(branch['properties']) ? branch['properties'] : {};
      for (const name of required.filter((n) => n in value)) {
        const { [name]: _dropped, ...rest } = value;
        below.push({ pointer: `${pointer}/${escapePointerToken(name)}`, keyword: 'required', replace: () => rest });
      }
      for (const [name, child] of Object.entries(value)) {
        if (!(name in properties)) continue;
        for (const inner of bodyBreaks(doc, properties[name], child, `${pointer}/${escapePointerToken(name)}`)) {
          below.push({ ...inner, replace: () => ({ ...value, [name]: inner.replace(child) }) });
        }
      }
    }
  }
  if (Array.isArray(value) && value.length > 0) {
    for (const inner of bodyBreaks(doc, flat['items'], value[0], `${pointer}/0`)) {
      below.push({ ...inner, replace: () => [inner.replace(value[0]), ...value.slice(1)] });
    }
  }
  return [...here, ...below];
}

/**
 * Every negative case derived from the valid case `c` of `model`, one broken constraint each, in a
 * stable order (parameters first, then the body from its root down); only those the generated
 * validators refuse.
 */
export function violationsOf(doc: unknown, model: OperationModel, c: ExploreCase): ExploreCase[] {
  const cases: ExploreCase[] = [];
  const fixed = fixedParameters(doc, model);
  for (const parameter of model.parameters) {
    if (parameter.valueKey in fixed) continue;
    const schema = flatten(doc, parameter.schema);
    const at = `/${parameter.in}/${escapePointerToken(parameter.name)}`;
    if (parameter.required && parameter.in !== 'path') {
      const { [parameter.valueKey]: _dropped, ...rest } = c.parameters;
      cases.push({ parameters: rest, ...(c.body === undefined ? {} : { body: c.body }), violation: { keyword: 'required', pointer: at } });
    }
    for (const broken of brokenValues(schema, true)) {
      if (parameter.in === 'path' && broken.value === '') continue;
      cases.push({ parameters: { ...c.parameters, [parameter.valueKey]: broken.value }, ...(c.body === undefined ? {} : { body: c.body }), violation: { keyword: broken.keyword, pointer: at } });
    }
  }
  if (model.body !== undefined && c.body !== undefined) {
    for (const broken of bodyBreaks(doc, model.body.schema, c.body, '/body')) {
      cases.push({ parameters: c.parameters, body: broken.replace(c.body), violation: { keyword: broken.keyword, pointer: broken.pointer } });
    }
  }
  return cases.filter((negative) => !conforms(model, negative));
}

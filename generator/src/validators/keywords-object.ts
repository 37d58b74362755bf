/**
 * Object keywords (JSON Schema 2020-12 Core §10.3.2, Validation §6.5): `required`, `properties`,
 * `patternProperties`, `additionalProperties`, `propertyNames`, `min/maxProperties`,
 * `dependentRequired`, `dependentSchemas` (and draft 4 `dependencies`, still honoured in 3.1), plus OpenAPI
 * `readOnly`/`writeOnly` per direction (OAS 3.1 §4.8.24.3). Emitted code assumes an object value.
 */
import { append, block, check, childPath, failWith, mentions, pushError } from './code-blocks.js';
import { entriesOf, readProp } from './object-access.js';
import type { CompileSub, Mode, Site } from './compile-types.js';
import { dependentRequiredMessage, requiredMessage } from './error-messages.js';
import { childPointer } from './json-pointer.js';
import { readWriteViolation } from './read-write.js';
import { emitKeyLoop } from './keywords-object-keys.js';
import { relocatableCall } from './relocatable-call.js';
import { schemaName } from './names.js';

/** Emits every object keyword for the object held in `site.x`. */
export function emitObject(site: Site, sub: CompileSub): string[] {
  const o = site.fn.fresh('obj');
  const body = [
    ...emitRequired(site, o),
    ...emitProperties(site, o, sub),
    ...emitDependencies(site, o, sub),
    ...emitKeyLoop(site, o, sub),
  ];
  if (mentions(body, o)) return [`const ${o} = ${site.x} as Record<string, unknown>;`, ...body];
  site.fn.release(o);
  return body;
}

function requiredNames(site: Site): string[] {
  const req = site.schema['required'];
  if (!Array.isArray(req)) return [];
  const props = Object.fromEntries(entriesOf(site.schema, 'properties'));
  return req.filter(
    (n): n is string => typeof n === 'string' && readWriteViolation(site, props[n], '') === undefined,
  );
}

function emitRequired(site: Site, o: string): string[] {
  const names = requiredNames(site);
  if (names.length === 0) return [];
  const missing = (n: string): string => `${readProp(o, n)} === undefined`;
  if (site.mode.mode === 'is') return [`if (${names.map(missing).join(' || ')}) ${failWith(site.mode)}`];
  const mode = site.mode;
  return names.map((n) => {
    const { params, message } = requiredMessage(n);
    return `if (${missing(n)}) ${pushError(mode, `${site.pointer}/required`, 'required', params, message)}`;
  });
}

function childMode(mode: Mode, name: string): Mode {
  return mode.mode === 'is' ? mode : { ...mode, path: childPath(mode.path, name) };
}

/**
 * Properties checked in one function. A schema with more has them checked in parts of this many,
 * each a function of its own: TypeScript refuses to analyse a function with thousands of checks
 * (TS2563), and a few hundred lines is what a reader can follow.
 */
const PROPERTIES_PER_FUNCTION = 24;

function emitProperties(site: Site, o: string, sub: CompileSub): string[] {
  const entries = entriesOf(site.schema, 'properties');
  if (entries.length > PROPERTIES_PER_FUNCTION) return propertyParts(site, entries);
  const out: string[] = [];
  for (const [name, schema] of entries) {
    const pointer = childPointer(site.pointer, 'properties', name);
    const v = site.fn.fresh(name);
    const mode = childMode(site.mode, name);
    const violation = readWriteViolation(site, schema, pointer);
    const body =
      violation === undefined
        ? sub(site, schema, pointer, v, mode)
        : mode.mode === 'is'
          ? [`${mode.fail};`]
          : [pushError(mode, violation.schemaPath, violation.keyword, violation.params, violation.message)];
    if (body.length === 0) continue;
    out.push(`const ${v} = ${readProp(o, name)};`);
    append(out, block(`if (${v} !== undefined)`, body));
  }
  return out;
}

/**
 * Calls of the functions checking `entries` in parts of {@link PROPERTIES_PER_FUNCTION}: each part
 * is the schema `{ properties: part }` at the site's own pointer, so errors keep their schemaPath.
 */
function propertyParts(site: Site, entries: readonly (readonly [string, unknown])[]): string[] {
  const out: string[] = [];
  for (let start = 0, part = 1; start < entries.length; start += PROPERTIES_PER_FUNCTION, part++) {
    const schema = { properties: Object.fromEntries(entries.slice(start, start + PROPERTIES_PER_FUNCTION)) };
    const key = `#properties:${part}:${site.pointer}`;
    append(out, relocatableCall(site, schema, site.pointer, site.x, site.mode, key, `${schemaName(site.pointer)}Part${part}`));
  }
  return out;
}

function emitDependencies(site: Site, o: string, sub: CompileSub): string[] {
  const out: string[] = [];
  const required = entriesOf(site.schema, 'dependentRequired').map(([k, v]) => [k, v, 'dependentRequired'] as const);
  const schemas = entriesOf(site.schema, 'dependentSchemas').map(([k, v]) => [k, v, 'dependentSchemas'] as const);
  const legacy = entriesOf(site.schema, 'dependencies').map(
    ([k, v]) => [k, v, Array.isArray(v) ? 'dependentRequired' : 'dependentSchemas', 'dependencies'] as const,
  );
  for (const [prop, dep, kind, keyword = kind] of [...required, ...schemas, ...legacy]) {
    const pointer = childPointer(site.pointer, keyword, prop);
    const body =
      kind === 'dependentRequired'
        ? emitDependentRequired(site, o, prop, Array.isArray(dep) ? dep.filter((d) => typeof d === 'string') : [], keyword)
        : sub(site, dep, pointer, site.x, site.mode);
    append(out, block(`if (${readProp(o, prop)} !== undefined)`, body));
  }
  return out;
}

function emitDependentRequired(
  site: Site,
  o: string,
  prop: string,
  deps: string[],
  keyword: string,
): string[] {
  return deps.flatMap((d) => {
    const { params, message } = dependentRequiredMessage(prop, deps, d);
    return check(site.mode, `${readProp(o, d)} === undefined`, `${site.pointer}/${keyword}`, keyword, params, message);
  });
}

/**
 * Array keywords (JSON Schema 2020-12 Core §10.3.1, Validation §6.4; draft 4 tuple `items` with
 * `additionalItems` for OAS 3.0): `prefixItems`, `items`, `minItems`/`maxItems`, `uniqueItems`
 * (deep equality), `contains` with `minContains`/`maxContains`. Indexed `for` loops only.
 */
import { check, failWith, labeledCheck, mentions, pushError } from './code-blocks.js';
import type { CompileSub, Mode, Site } from './compile-types.js';
import { containsMessage, limitMessage, uniqueMessage } from './error-messages.js';
import { childPointer } from './json-pointer.js';

function itemMode(mode: Mode, index: string): Mode {
  return mode.mode === 'is' ? mode : { ...mode, path: `${mode.path} + '/' + ${index}` };
}

/** Emits every array keyword for the array held in `site.x`. */
export function emitArray(site: Site, sub: CompileSub): string[] {
  const a = site.fn.fresh('array');
  const body = [...emitLimits(site, a), ...emitItems(site, a, sub), ...emitContains(site, a, sub), ...emitUnique(site, a)];
  if (mentions(body, a)) return [`const ${a} = ${site.x} as readonly unknown[];`, ...body];
  site.fn.release(a);
  return body;
}

function emitLimits(site: Site, a: string): string[] {
  const out: string[] = [];
  const min = site.schema['minItems'];
  const max = site.schema['maxItems'];
  if (typeof min === 'number' && min > 0) {
    const { params, message } = limitMessage(min, 'items', 'min');
    out.push(...check(site.mode, `${a}.length < ${min}`, `${site.pointer}/minItems`, 'minItems', params, message));
  }
  if (typeof max === 'number') {
    const { params, message } = limitMessage(max, 'items', 'max');
    out.push(...check(site.mode, `${a}.length > ${max}`, `${site.pointer}/maxItems`, 'maxItems', params, message));
  }
  return out;
}

/** Tuple part (`prefixItems`, or array-form `items` in draft 4) and the schema for the rest. */
function itemSchemas(site: Site): { tuple: unknown[]; tupleKey: string; rest: unknown; restKey: string } {
  const items = site.schema['items'];
  if (Array.isArray(items)) return { tuple: items, tupleKey: 'items', rest: site.schema['additionalItems'], restKey: 'additionalItems' };
  const prefix = site.schema['prefixItems'];
  if (site.dialect === 'openapi-3.1' && Array.isArray(prefix)) return { tuple: prefix, tupleKey: 'prefixItems', rest: items, restKey: 'items' };
  return { tuple: [], tupleKey: 'prefixItems', rest: items, restKey: 'items' };
}

function emitItems(site: Site, a: string, sub: CompileSub): string[] {
  const { tuple, tupleKey, rest, restKey } = itemSchemas(site);
  const out: string[] = [];
  tuple.forEach((schema, i) => {
    const v = site.fn.fresh(`item ${i + 1}`);
    const inner = sub(site, schema, childPointer(site.pointer, tupleKey, i), v, itemMode(site.mode, String(i)));
    if (inner.length > 0) out.push(`if (${a}.length > ${i}) {`, `  const ${v} = ${a}[${i}];`, ...inner.map((l) => `  ${l}`), '}');
  });
  if (rest === undefined || rest === true) return out;
  const pointer = `${site.pointer}/${restKey}`;
  if (rest === false) {
    const { params, message } = limitMessage(tuple.length, 'items', 'max');
    out.push(...check(site.mode, `${a}.length > ${tuple.length}`, pointer, restKey, params, message));
    return out;
  }
  const i = site.fn.fresh('index');
  const v = site.fn.fresh('item');
  const inner = sub(site, rest, pointer, v, itemMode(site.mode, i));
  if (inner.length > 0) {
    out.push(`for (let ${i} = ${tuple.length}; ${i} < ${a}.length; ${i}++) {`, `  const ${v} = ${a}[${i}];`, ...inner.map((l) => `  ${l}`), '}');
  }
  return out;
}

function emitContains(site: Site, a: string, sub: CompileSub): string[] {
  const contains = site.schema['contains'];
  if (site.dialect !== 'openapi-3.1' || contains === undefined) return [];
  const minRaw = site.schema['minContains'];
  const maxRaw = site.schema['maxContains'];
  const min = typeof minRaw === 'number' ? minRaw : 1;
  const max = typeof maxRaw === 'number' ? maxRaw : undefined;
  if (min === 0 && max === undefined) return [];
  const c = site.fn.fresh('matches');
  const i = site.fn.fresh('index');
  const v = site.fn.fresh('item');
  const early = max === undefined ? [`  if (${c} >= ${min}) break;`] : [];
  const counted = labeledCheck(site.fn, (is) => sub(site, contains, `${site.pointer}/contains`, v, is), [`${c}++;`]);
  const out = [
    `let ${c} = 0;`,
    `for (let ${i} = 0; ${i} < ${a}.length; ${i}++) {`,
    `  const ${v} = ${a}[${i}];`,
    ...counted.map((l) => `  ${l}`),
    ...early,
    '}',
  ];
  const { params, message } = containsMessage(min, max);
  out.push(...check(site.mode, `${c} < ${min}`, `${site.pointer}/${typeof minRaw === 'number' ? 'minContains' : 'contains'}`, 'contains', params, message));
  if (max !== undefined) out.push(...check(site.mode, `${c} > ${max}`, `${site.pointer}/maxContains`, 'maxContains', params, message));
  return out;
}

function emitUnique(site: Site, a: string): string[] {
  if (site.schema['uniqueItems'] !== true) return [];
  const dup = site.ctx.helper('duplicateAt');
  if (site.mode.mode === 'is') return [`if (${dup}(${a}) !== undefined) ${failWith(site.mode)}`];
  const d = site.fn.fresh('duplicate');
  const { params, message } = uniqueMessage(`${d}[1]`, `${d}[0]`);
  return [`const ${d} = ${dup}(${a});`, `if (${d} !== undefined) ${pushError(site.mode, `${site.pointer}/uniqueItems`, 'uniqueItems', params, message)}`];
}

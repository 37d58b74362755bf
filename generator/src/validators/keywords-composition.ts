/**
 * Applicators on the same instance (JSON Schema 2020-12 Core §10.2): `allOf`, `anyOf`, `oneOf`,
 * `not`, `if`/`then`/`else`. In collect mode a branch's validity is decided with the boolean fast
 * path first; branch errors are collected only for failing branches, as ajv reports them.
 */
import { append, failWith, indent, labeledCheck, pushError } from './code-blocks.js';
import type { CompileSub, CollectMode, Site } from './compile-types.js';
import { plainMessage } from './error-messages.js';
import { emitDiscriminated } from './keywords-discriminator.js';

function branches(site: Site, key: string): unknown[] {
  const v = site.schema[key];
  return Array.isArray(v) ? v : [];
}

/** Emits all composition keywords of the schema. */
export function emitComposition(site: Site, sub: CompileSub): string[] {
  const out: string[] = [];
  branches(site, 'allOf').forEach((b, i) => append(out, sub(site, b, `${site.pointer}/allOf/${i}`, site.x, site.mode)));
  const plain = [...emitAnyOf(site, sub), ...emitOneOf(site, sub)];
  const discriminated = emitDiscriminated(site, sub);
  if (discriminated === undefined) append(out, plain);
  else {
    const x = site.x;
    out.push(`if (typeof ${x} === 'object' && ${x} !== null && !Array.isArray(${x})) {`, ...indent(discriminated));
    append(out, plain.length > 0 ? ['} else {', ...indent(plain), '}'] : ['}']);
  }
  append(out, emitNot(site, sub));
  append(out, emitIf(site, sub));
  return out;
}

/** Lines setting `flag = true` when branch `i` of `key` is valid (boolean fast path). */
function validityCheck(site: Site, sub: CompileSub, key: string, i: number, onPass: string[]): string[] {
  const schema = branches(site, key)[i];
  return labeledCheck(site.fn, (is) => sub(site, schema, `${site.pointer}/${key}/${i}`, site.x, is), onPass);
}

function collectBranches(site: Site, mode: CollectMode, sub: CompileSub, key: string): string[] {
  return branches(site, key).flatMap((b, i) => sub(site, b, `${site.pointer}/${key}/${i}`, site.x, mode));
}

function emitAnyOf(site: Site, sub: CompileSub): string[] {
  const list = branches(site, 'anyOf');
  if (list.length === 0) return [];
  const ok = site.fn.fresh('anyValid');
  const out = [`let ${ok} = false;`];
  list.forEach((_, i) => {
    const checkLines = validityCheck(site, sub, 'anyOf', i, [`${ok} = true;`]);
    append(out, i === 0 ? checkLines : [`if (!${ok}) {`, ...checkLines.map((l) => `  ${l}`), '}']);
  });
  const { params, message } = plainMessage('must match a schema in anyOf');
  if (site.mode.mode === 'is') out.push(`if (!${ok}) ${failWith(site.mode)}`);
  else {
    const failing = [...collectBranches(site, site.mode, sub, 'anyOf'), pushError(site.mode, `${site.pointer}/anyOf`, 'anyOf', params, message)];
    out.push(`if (!${ok}) {`, ...failing.map((l) => `  ${l}`), '}');
  }
  return out;
}

function emitOneOf(site: Site, sub: CompileSub): string[] {
  const list = branches(site, 'oneOf');
  if (list.length === 0) return [];
  const n = site.fn.fresh('validCount');
  const first = site.fn.fresh('firstValid');
  const second = site.fn.fresh('secondValid');
  const collect = site.mode.mode === 'collect';
  const out = [`let ${n} = 0;`, ...(collect ? [`let ${first} = -1;`, `let ${second} = -1;`] : [])];
  list.forEach((_, i) => {
    const record = collect ? [`if (${n} === 0) ${first} = ${i};`, `else ${second} = ${i};`] : [];
    append(out, validityCheck(site, sub, 'oneOf', i, [...record, `${n}++;`]));
    if (!collect && i > 0 && i < list.length - 1) out.push(`if (${n} > 1) ${failWith(site.mode as { mode: 'is'; fail: string })}`);
  });
  const pointer = `${site.pointer}/oneOf`;
  const message = plainMessage('must match exactly one schema in oneOf').message;
  if (site.mode.mode === 'is') {
    out.push(`if (${n} !== 1) ${failWith(site.mode)}`);
    return out;
  }
  const none = [...collectBranches(site, site.mode, sub, 'oneOf'), pushError(site.mode, pointer, 'oneOf', '{ passingSchemas: null }', message)];
  out.push(`if (${n} === 0) {`, ...none.map((l) => `  ${l}`), '}');
  out.push(`else if (${n} > 1) ${pushError(site.mode, pointer, 'oneOf', `{ passingSchemas: [${first}, ${second}] }`, message)}`);
  return out;
}

function emitNot(site: Site, sub: CompileSub): string[] {
  if (!Object.hasOwn(site.schema, 'not')) return [];
  const schema = site.schema['not'];
  const pointer = `${site.pointer}/not`;
  const { params, message } = plainMessage('must NOT be valid');
  const onPass = site.mode.mode === 'is' ? [failWith(site.mode)] : [pushError(site.mode, pointer, 'not', params, message)];
  return labeledCheck(site.fn, (is) => sub(site, schema, pointer, site.x, is), onPass);
}

function emitIf(site: Site, sub: CompileSub): string[] {
  const cond = site.schema['if'];
  const thenS = site.schema['then'];
  const elseS = site.schema['else'];
  if (cond === undefined || site.dialect !== 'openapi-3.1' || (thenS === undefined && elseS === undefined)) return [];
  const flag = site.fn.fresh('conditionHolds');
  const out = [`let ${flag} = false;`];
  append(out, labeledCheck(site.fn, (is) => sub(site, cond, `${site.pointer}/if`, site.x, is), [`${flag} = true;`]));
  const branch = (schema: unknown, key: 'then' | 'else'): string[] => {
    if (schema === undefined) return [];
    const lines = sub(site, schema, `${site.pointer}/${key}`, site.x, site.mode);
    if (site.mode.mode === 'is' || lines.length === 0) return lines;
    const before = site.fn.fresh('errorsBefore');
    const { params, message } = plainMessage(`must match "${key}" schema`, `{ failingKeyword: "${key}" }`);
    return [`const ${before} = e.length;`, ...lines, `if (e.length > ${before}) ${pushError(site.mode, `${site.pointer}/if`, 'if', params, message)}`];
  };
  const thenLines = branch(thenS, 'then');
  const elseLines = branch(elseS, 'else');
  if (thenLines.length > 0) out.push(`if (${flag}) {`, ...thenLines.map((l) => `  ${l}`), '}');
  if (elseLines.length > 0) out.push(`${thenLines.length > 0 ? 'else ' : ''}if (!${flag}) {`, ...elseLines.map((l) => `  ${l}`), '}');
  return out;
}

/**
 * The single pass over an object's keys that serves `patternProperties`, `additionalProperties`,
 * `propertyNames` and `min/maxProperties` (JSON Schema 2020-12 Core §10.3.2.2–4, Validation §6.5.1–2).
 * Known names are tested with `===` chains (≤ 6) or a hoisted Set, never with allocation.
 */
import { append, check, failWith, labeledCheck, lit, pushError } from './code-blocks.js';
import type { CompileSub, Mode, Site } from './compile-types.js';
import { additionalMessage, limitMessage, propertyNameMessage } from './error-messages.js';
import { childPointer } from './json-pointer.js';
import { primitivesLiteral } from './literals.js';
import { constantName } from './names.js';
import { entriesOf } from './object-access.js';
import { patternRegex } from './keywords-string.js';

function dynamicMode(site: Site, k: string): Mode {
  if (site.mode.mode === 'is') return site.mode;
  return { ...site.mode, path: `${site.mode.path} + '/' + ${site.ctx.helper('escapeToken')}(${k})` };
}

/** Emits the key loop, or nothing when no keyword needs it. */
export function emitKeyLoop(site: Site, o: string, sub: CompileSub): string[] {
  const additional = site.schema['additionalProperties'];
  const patterns = entriesOf(site.schema, 'patternProperties');
  const minP = site.schema['minProperties'];
  const maxP = site.schema['maxProperties'];
  const counting = typeof minP === 'number' || typeof maxP === 'number';
  const k = site.fn.fresh('key');
  const body = [...emitPropertyName(site, k, sub), ...emitPatterns(site, o, k, patterns, sub)];
  if (additional !== undefined && additional !== true) append(body, emitAdditional(site, o, k, patterns.length > 0, sub));
  if (body.length === 0 && !counting) return [];
  const n = site.fn.fresh('keyCount');
  const out = counting ? [`let ${n} = 0;`] : [];
  out.push(`for (const ${k} in ${o}) {`, ...(counting ? [`  ${n}++;`] : []), ...body.map((l) => `  ${l}`), '}');
  if (typeof minP === 'number') {
    const { params, message } = limitMessage(minP, 'properties', 'min');
    out.push(...check(site.mode, `${n} < ${minP}`, `${site.pointer}/minProperties`, 'minProperties', params, message));
  }
  if (typeof maxP === 'number') {
    const { params, message } = limitMessage(maxP, 'properties', 'max');
    out.push(...check(site.mode, `${n} > ${maxP}`, `${site.pointer}/maxProperties`, 'maxProperties', params, message));
  }
  return out;
}

function emitPatterns(site: Site, o: string, k: string, patterns: [string, unknown][], sub: CompileSub): string[] {
  const out: string[] = [];
  const hasAdditional = site.schema['additionalProperties'] !== undefined && site.schema['additionalProperties'] !== true;
  if (patterns.length > 0 && hasAdditional) out.push(`let ${k}Matched = false;`);
  for (const [pattern, schema] of patterns) {
    const pointer = childPointer(site.pointer, 'patternProperties', pattern);
    const re = patternRegex(site, pattern, pointer);
    if (re === undefined) continue;
    const v = site.fn.fresh('value');
    const inner = sub(site, schema, pointer, v, dynamicMode(site, k));
    const flag = hasAdditional ? [`${k}Matched = true;`] : [];
    if (inner.length === 0 && flag.length === 0) continue;
    const read = inner.length === 0 ? [] : [`const ${v} = ${o}[${k}];`];
    out.push(`if (${re}.test(${k})) {`, ...[...flag, ...read, ...inner].map((l) => `  ${l}`), '}');
  }
  return out;
}

function knownNameTest(site: Site, k: string): string | undefined {
  const names = entriesOf(site.schema, 'properties').map(([n]) => n);
  if (names.length === 0) return undefined;
  if (names.length <= 6) return names.map((n) => `${k} === ${lit(n)}`).join(' || ');
  const set = site.ctx.constant(constantName(site.pointer, 'property names'), `new Set<string>(${primitivesLiteral(names)})`, 'ReadonlySet<string>');
  return `${set}.has(${k})`;
}

function emitAdditional(site: Site, o: string, k: string, hasPatterns: boolean, sub: CompileSub): string[] {
  const additional = site.schema['additionalProperties'];
  const pointer = `${site.pointer}/additionalProperties`;
  const known = [knownNameTest(site, k), hasPatterns ? `${k}Matched` : undefined].filter((t) => t !== undefined);
  let body: string[];
  if (additional === false) {
    const { params, message } = additionalMessage(k);
    body = site.mode.mode === 'is' ? [failWith(site.mode)] : [pushError(site.mode, pointer, 'additionalProperties', params, message)];
  } else {
    const v = site.fn.fresh('value');
    const inner = sub(site, additional, pointer, v, dynamicMode(site, k));
    body = inner.length === 0 ? [] : [`const ${v} = ${o}[${k}];`, ...inner];
  }
  if (body.length === 0) return [];
  if (known.length === 0) return body;
  return [`if (!(${known.join(' || ')})) {`, ...body.map((l) => `  ${l}`), '}'];
}

/** `propertyNames` check of key `k` (a string); in collect mode one error naming the key. */
function emitPropertyName(site: Site, k: string, sub: CompileSub): string[] {
  const names = site.schema['propertyNames'];
  if (names === undefined || names === true) return [];
  const pointer = `${site.pointer}/propertyNames`;
  if (site.mode.mode === 'is') return sub(site, names, pointer, k, site.mode);
  const flag = site.fn.fresh('nameValid');
  const { params, message } = propertyNameMessage(k);
  return [
    `let ${flag} = false;`,
    ...labeledCheck(site.fn, (is) => sub(site, names, pointer, k, is), [`${flag} = true;`]),
    `if (!${flag}) ${pushError(site.mode, pointer, 'propertyNames', params, message)}`,
  ];
}

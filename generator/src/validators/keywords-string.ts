/**
 * String keywords (JSON Schema 2020-12 Validation §6.3): `minLength`/`maxLength` in Unicode code
 * points, `pattern` (ECMA-262 with the `u` flag, unanchored search, hoisted), string `format`s.
 * Emitted code assumes the value is already narrowed to `string`.
 */
import { check, failWith, lit } from './code-blocks.js';
import type { Site } from './compile-types.js';
import { formatMessage, limitMessage, patternMessage } from './error-messages.js';
import { FORMATS } from './formats.js';
import { backtrackingRisk } from './regex-safety.js';
import { constantName } from './names.js';

/** True when the schema has any keyword this family handles. */
export function hasStringKeywords(s: Record<string, unknown>): boolean {
  return (
    s['minLength'] !== undefined ||
    s['maxLength'] !== undefined ||
    s['pattern'] !== undefined ||
    (typeof s['format'] === 'string' && FORMATS[s['format']]?.type === 'string')
  );
}

/** Emits the string keywords. Length checks run first, so a long string never reaches `pattern` in `is` mode. */
export function emitString(site: Site): string[] {
  const x = site.x;
  const out: string[] = [];
  const min = site.schema['minLength'];
  const max = site.schema['maxLength'];
  if (typeof max === 'number') {
    const { params, message } = limitMessage(max, 'characters', 'max');
    const cond = `${x}.length > ${max} && (${x}.length > ${2 * max} || ${site.ctx.helper('cpLen')}(${x}) > ${max})`;
    out.push(...check(site.mode, cond, `${site.pointer}/maxLength`, 'maxLength', params, message));
  }
  if (typeof min === 'number' && min > 0) {
    const { params, message } = limitMessage(min, 'characters', 'min');
    const cond = `${x}.length < ${min} || (${x}.length < ${2 * min} && ${site.ctx.helper('cpLen')}(${x}) < ${min})`;
    out.push(...check(site.mode, cond, `${site.pointer}/minLength`, 'minLength', params, message));
  }
  out.push(...emitPattern(site, typeof max === 'number' ? max : undefined));
  const format = site.schema['format'];
  if (typeof format === 'string') {
    const def = FORMATS[format];
    if (def?.type === 'string') {
      const { params, message } = formatMessage(format);
      const cond = `!${site.ctx.helper(def.helper)}(${x})`;
      out.push(...check(site.mode, cond, `${site.pointer}/format`, 'format', params, message));
    }
  }
  return out;
}

function emitPattern(site: Site, max: number | undefined): string[] {
  const pattern = site.schema['pattern'];
  if (typeof pattern !== 'string') return [];
  const pointer = `${site.pointer}/pattern`;
  const re = patternRegex(site, pattern, pointer, max);
  if (re === undefined) return [];
  const { params, message } = patternMessage(pattern);
  if (site.mode.mode === 'is') return [`if (!${re}.test(${site.x})) ${failWith(site.mode)}`];
  const lengthGuard = max === undefined ? '' : `${site.x}.length <= ${2 * max} && `;
  return check(site.mode, `${lengthGuard}!${re}.test(${site.x})`, pointer, 'pattern', params, message);
}

/**
 * Hoists ECMA-262 regex `pattern` (found at `pointer`) as a module constant and returns its name;
 * reports invalid patterns (error, undefined returned) and backtracking risks (warning).
 * `max` is the maxLength guarding it, if any.
 */
export function patternRegex(site: Site, pattern: string, pointer: string, max?: number): string | undefined {
  const flags = compileFlags(pattern);
  if (flags === undefined) {
    site.ctx.report({
      code: 'invalid-pattern',
      severity: 'error',
      pointer,
      message: `pattern ${JSON.stringify(pattern)} is not a valid ECMA-262 regular expression`,
    });
    return undefined;
  }
  if (flags === '') {
    site.ctx.report({
      code: 'pattern-not-unicode',
      severity: 'warning',
      pointer,
      message: `pattern ${JSON.stringify(pattern)} is invalid with the "u" flag; compiled without it (code units, not code points)`,
    });
  }
  const risk = backtrackingRisk(pattern);
  if (risk !== undefined) {
    site.ctx.report({
      code: 'pattern-backtracking',
      severity: 'warning',
      pointer,
      message: `pattern may backtrack catastrophically: ${risk}. ${max === undefined ? 'Add a maxLength: without it a long string can stall validation' : `Assumed safe because maxLength ${max} is checked first`}.`,
    });
  }
  const name = constantName(site.pointer, pointer === `${site.pointer}/pattern` ? 'pattern' : 'key pattern');
  return site.ctx.constant(name, `new RegExp(${lit(pattern)}, ${lit(flags)})`);
}

/** `'u'` when the pattern compiles with the Unicode flag, `''` when only without, undefined when never. */
function compileFlags(pattern: string): 'u' | '' | undefined {
  try {
    new RegExp(pattern, 'u');
    return 'u';
  } catch {
    try {
      new RegExp(pattern);
      return '';
    } catch {
      return undefined;
    }
  }
}

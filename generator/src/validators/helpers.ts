/**
 * Helper functions emitted into the generated module when a keyword needs them, so the module has
 * no dependency besides the runtime types. Each entry lists the helpers it calls.
 */
import { FORMAT_SOURCES, type HelperSource } from './formats.js';
import { byCodeUnit } from '../code-unit-order.js';

const GENERIC: Readonly<Record<string, HelperSource>> = {
  deepEqual: {
    deps: [],
    source: `/** JSON equality: numbers by value (1 equals 1.0), objects regardless of key order. */
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  let n = 0;
  for (const k in ao) {
    if (!Object.hasOwn(bo, k) || !deepEqual(ao[k], bo[k])) return false;
    n++;
  }
  for (const k in bo) n -= Object.hasOwn(bo, k) ? 1 : 0;
  return n === 0;
}`,
  },
  inList: {
    deps: ['deepEqual'],
    source: `/** True when \`list\` holds a value deep-equal to \`x\`. */
function inList(list: readonly unknown[], x: unknown): boolean {
  for (let i = 0; i < list.length; i++) if (deepEqual(list[i], x)) return true;
  return false;
}`,
  },
  cpLen: {
    deps: [],
    source: `/** Length in Unicode code points (a surrogate pair counts once), as minLength/maxLength require. */
function cpLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}`,
  },
  multipleOf: {
    deps: [],
    source: `/** \`x\` is a multiple of \`m\`, tolerant to binary rounding (0.07 / 0.01) and to overflow of x / m. */
function multipleOf(x: number, m: number): boolean {
  const q = x / m;
  if (!Number.isFinite(q)) return Number.isInteger(x) && Number.isInteger(1 / m);
  const r = Math.round(q);
  return Math.abs(q - r) <= Math.abs(q) * 8 * Number.EPSILON;
}`,
  },
  duplicateAt: {
    deps: ['deepEqual'],
    source: `/** Index pair [j, i] (j < i) of the first two deep-equal items, or undefined when all are unique. */
function duplicateAt(a: readonly unknown[]): [number, number] | undefined {
  if (a.length > 16) return duplicateHashed(a);
  for (let i = 1; i < a.length; i++) {
    for (let j = 0; j < i; j++) if (deepEqual(a[i], a[j])) return [j, i];
  }
  return undefined;
}
/** Canonical text of a JSON value: key order and 1 vs 1.0 do not matter. */
function canonical(v: unknown): string {
  if (typeof v !== 'object' || v === null) return typeof v === 'string' ? JSON.stringify(v) : String(v);
  if (Array.isArray(v)) return \`[\${v.map(canonical).join(',')}]\`;
  const o = v as Record<string, unknown>;
  return \`{\${Object.keys(o).sort().map((k) => \`\${JSON.stringify(k)}:\${canonical(o[k])}\`).join(',')}}\`;
}
function duplicateHashed(a: readonly unknown[]): [number, number] | undefined {
  const seen = new Map<string, number>();
  for (let i = 0; i < a.length; i++) {
    const key = canonical(a[i]);
    const j = seen.get(key);
    if (j !== undefined) return [j, i];
    seen.set(key, i);
  }
  return undefined;
}`,
  },
  escapeToken: {
    deps: [],
    source: `/** RFC 6901 reference token escaping for instancePath. */
function escapeToken(k: string): string {
  return k.includes('~') || k.includes('/') ? k.replace(/~/g, '~0').replace(/\\//g, '~1') : k;
}`,
  },
};

const ALL: Readonly<Record<string, HelperSource>> = { ...GENERIC, ...FORMAT_SOURCES };

/** Every function the helper sources declare (a local of an emitted function must not hide one). */
export const HELPER_FUNCTIONS: readonly string[] = Object.values(ALL).flatMap(({ source }) =>
  [...source.matchAll(/^function (\w+)/gm)].map((m) => m[1] ?? ''),
);

/** Sources of `names` and their dependencies, in sorted, dependency-closed order. */
export function helperSources(names: readonly string[]): string[] {
  const needed = new Set<string>();
  const visit = (name: string): void => {
    if (needed.has(name)) return;
    const entry = ALL[name];
    if (entry === undefined) throw new Error(`internal: unknown validator helper ${name}`);
    needed.add(name);
    entry.deps.forEach(visit);
  };
  names.forEach(visit);
  return [...needed].sort(byCodeUnit).map((n) => ALL[n]?.source ?? '');
}

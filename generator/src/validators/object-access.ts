/**
 * Reading properties of JSON objects in emitted code without being fooled by `Object.prototype`
 * (`constructor`, `__proto__`, `toString` are ordinary property names in JSON).
 */
import { lit } from './code-blocks.js';

const PROTO_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Expression reading own property `name` of object `o` (prototype names guarded with hasOwn). */
export function readProp(o: string, name: string): string {
  const access = `${o}[${lit(name)}]`;
  return PROTO_NAMES.has(name) ? `(Object.hasOwn(${o}, ${lit(name)}) ? ${access} : undefined)` : access;
}

/** Property-map keyword as entries, or [] when absent/malformed. */
export function entriesOf(s: Record<string, unknown>, key: string): [string, unknown][] {
  const v = s[key];
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.entries(v) : [];
}

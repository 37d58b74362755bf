/**
 * JSON values as TS expressions in the emitted module.
 */
import { lit } from './code-blocks.js';
import type { Site } from './compile-types.js';
import { constantName } from './names.js';

/**
 * A JSON value as a TS expression; objects/arrays are hoisted to a constant named after the schema
 * and `what` (`PET_TAGS_CONST`), an array of primitives as a literal, anything else parsed once
 * from its JSON text (`__proto__`-safe).
 */
export function valueLiteral(site: Site, value: unknown, what: string): string {
  if (value === null || typeof value !== 'object') return primitiveLiteral(value);
  const name = constantName(site.pointer, what);
  if (Array.isArray(value) && !value.some(isComposite)) return site.ctx.constant(name, primitivesLiteral(value), 'readonly unknown[]');
  return site.ctx.constant(name, `JSON.parse(${lit(JSON.stringify(value))}) as unknown`);
}

/** A string (escaped: document text), number, boolean, null or undefined as a TS expression. */
export function primitiveLiteral(value: unknown): string {
  return typeof value === 'string' ? lit(value) : String(value);
}

/** An array literal of primitives (`["a", 1]`), which the module writer wraps after any comma. */
export function primitivesLiteral(values: readonly unknown[]): string {
  return `[${values.map(primitiveLiteral).join(', ')}]`;
}

/** True for objects and arrays (compared by deep equality), false for primitives. */
export function isComposite(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

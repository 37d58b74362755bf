/**
 * JSON values as TS expressions in the emitted module.
 */
import { lit } from './code-blocks.js';
import type { Site } from './compile-types.js';

/** A JSON value as a TS expression; objects/arrays are hoisted (parsed once, `__proto__`-safe). */
export function valueLiteral(site: Site, value: unknown): string {
  if (value === null || typeof value !== 'object') return primitiveLiteral(value);
  return site.ctx.constant('DATA', `JSON.parse(${lit(JSON.stringify(value))}) as unknown`);
}

/** A string (escaped: document text), number, boolean, null or undefined as a TS expression. */
export function primitiveLiteral(value: unknown): string {
  return typeof value === 'string' ? lit(value) : String(value);
}

/** An array literal of primitives (`["a",1]`, no spaces, as `JSON.stringify` writes it). */
export function primitivesLiteral(values: readonly unknown[]): string {
  return `[${values.map(primitiveLiteral).join(',')}]`;
}

/** True for objects and arrays (compared by deep equality), false for primitives. */
export function isComposite(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

/**
 * JSON pointer (RFC 6901) reading and internal `$ref` resolution over the bundled document.
 */
import { escapePointerToken } from '../diagnostics.js';

/** Value at a URI-fragment pointer (`#/components/schemas/X`), or undefined when absent. */
export function getByPointer(document: unknown, pointer: string): unknown {
  if (pointer === '#' || pointer === '') return document;
  let node: unknown = document;
  for (const raw of pointer.replace(/^#\//, '').split('/')) {
    const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** `#/a` + `b/c` → `#/a/b~1c`. */
export function childPointer(pointer: string, ...tokens: (string | number)[]): string {
  return [pointer, ...tokens.map((t) => escapePointerToken(String(t)))].join('/');
}

/** True for objects of the form `{ $ref: string }`. */
export function isRef(value: unknown): value is { $ref: string } {
  return typeof value === 'object' && value !== null && typeof (value as { $ref?: unknown }).$ref === 'string';
}

/**
 * Follows internal `$ref`s until a non-reference object is reached; returns it with its pointer.
 * Cycles of pure references end at the first repeat. External refs cannot occur: the document is bundled.
 */
export function resolveRef(document: unknown, value: unknown, pointer: string): { value: unknown; pointer: string } {
  const seen = new Set<string>();
  let current = value;
  let at = pointer;
  while (isRef(current) && current.$ref.startsWith('#') && !seen.has(current.$ref)) {
    seen.add(current.$ref);
    at = current.$ref;
    current = getByPointer(document, current.$ref);
  }
  return { value: current, pointer: at };
}

/** Component schema name of a `$ref: '#/components/schemas/<name>'`, else undefined. */
export function componentSchemaName(value: unknown): string | undefined {
  if (!isRef(value)) return undefined;
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(value.$ref);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]).replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * The one naming pass: maps spec names (schema names, operationIds, parameter names, tags) to
 * TypeScript identifiers predictably and without collisions, whatever characters they contain
 * (`-`, `.`, `/`, spaces, non-ASCII letters) and even when they are reserved words (see
 * `safeIdentifier` in source-text.ts).
 */
import { safeIdentifier } from '../source-text.js';

/** Splits a name into words: on any character that is not a Unicode letter or digit, and at camelCase humps. */
export function words(name: string): string[] {
  return name
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `payment-job result` → `PaymentJobResult`; keeps inner capitals (`PaymentJobResult` stays as is). */
export function pascalCase(name: string): string {
  return words(name).map(capitalize).join('');
}

/** `job-token` → `jobToken`, `X-MyPayQuicker-Version` → `xMyPayQuickerVersion`. */
export function camelCase(name: string): string {
  const pascal = pascalCase(name);
  const lead = /^\p{Lu}+(?=\p{Lu}\p{Ll}|$)/u.exec(pascal)?.[0] ?? pascal.charAt(0);
  return lead.toLowerCase() + pascal.slice(lead.length);
}

/** `sandboxInstance` → `SANDBOX_INSTANCE`. */
export function screamingSnakeCase(name: string): string {
  return words(name)
    .map((w) => w.toUpperCase())
    .join('_');
}

/**
 * A class member name (property or method) for `candidate`, a camelCased spec name: ECMAScript
 * allows reserved words as property names (ECMA-262 §13.2.5 PropertyName is an IdentifierName), so
 * `client.class.delete()` is kept as written; it is still made a legal name (see `safeIdentifier`),
 * and `constructor`, which would declare the constructor, becomes `constructor_`.
 */
export function memberName(candidate: string, fallback: string): string {
  const id = safeIdentifier(candidate, fallback);
  return id === `${candidate}_` && candidate !== 'constructor' ? candidate : id;
}

/**
 * The client class name for a document titled `title` (`Shop API` → `ShopClient`): its words in
 * PascalCase without a trailing `API` or `Client`, then `Client`; `fallback` when no word is left.
 */
export function clientNameFromTitle(title: string, fallback: string): string {
  const kept = words(title);
  while (kept.length > 0 && /^(api|client)$/i.test(kept[kept.length - 1] ?? '')) kept.pop();
  return kept.length === 0 ? fallback : safeIdentifier(`${pascalCase(kept.join(' '))}Client`, fallback);
}

/**
 * Hands out identifiers unique within one scope (a generated file's top level, or the members
 * of one class): the second `Foo` becomes `Foo2`, the third `Foo3`, in the order asked. Callers ask
 * in a sorted order, so the result is deterministic.
 */
export class IdentifierScope {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.taken.add(name);
  }

  /** Reserves and returns a unique identifier based on `candidate`. */
  claim(candidate: string): string {
    let id = candidate;
    for (let n = 2; this.taken.has(id); n++) id = `${candidate}${n}`;
    this.taken.add(id);
    return id;
  }
}

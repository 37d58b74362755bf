/**
 * The one naming pass: maps spec names (schema names, operationIds, parameter names, tags) to
 * TypeScript identifiers predictably and without collisions, whatever characters they contain
 * (`-`, `.`, `/`, spaces, non-ASCII letters) and even when they are reserved words.
 */

/** Words that cannot be used as identifiers (ECMAScript reserved words, strict mode, TS types). */
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'as implements interface let package private protected public static yield await any boolean number string ' +
    'symbol object unknown never undefined type keyof declare module namespace require readonly infer is asserts ' +
    'arguments eval constructor prototype'
  ).split(' '),
);

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

/** Makes `candidate` a legal identifier: never empty, never starting with a digit, never reserved. */
export function safeIdentifier(candidate: string, fallback: string): string {
  let id = candidate.length > 0 ? candidate : fallback;
  if (/^\p{N}/u.test(id)) id = `_${id}`;
  if (RESERVED.has(id)) id = `${id}_`;
  return id;
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

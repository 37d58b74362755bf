/**
 * openapi-typescript 7.13 writes `required` names of an `allOf` (or of its parent) that a `$ref`'d
 * member defines as `WithRequired<Member, 'name'>`, with the helper
 * `type WithRequired<T, K extends keyof T> = T & { [P in K]-?: T[P] }`. When the member's type is
 * not a plain object (`type: [object, 'null']`, a union), `keyof T` lacks the name and `tsc` fails
 * with TS2344 (issue 15). The helper is replaced by one that accepts any key, requires only the
 * keys `T` has and leaves non-object members (`null`) as they are, which `required` does too
 * (JSON Schema 2020-12 Validation §6.5.3 applies to objects only).
 */

/** openapi-typescript's helper as its printer writes it (`astToString`, 4-space indent). */
const HELPER = /^type WithRequired<T, K extends keyof T> = T & \{\n\s*\[P in K\]-\?: T\[P\];\n\};$/m;

/** Written with openapi-typescript's 4-space indentation, laid out as prettier prints it once re-indented (openapi-types-layout.ts). */
const TOLERANT_HELPER =
  'type WithRequired<T, K extends PropertyKey> = T extends object\n    ? T & {\n            [P in K & keyof T]-?: T[P];\n        }\n    : T;';

/**
 * `text` (openapi-typescript's module source) with its `WithRequired` helper made tolerant;
 * unchanged when the helper is absent.
 *
 * @throws {Error} when `text` uses `WithRequired` but declares it in an unexpected form (a changed
 *   openapi-typescript), so the substitution cannot silently stop applying.
 */
export function tolerantWithRequired(text: string): string {
  if (!text.includes('WithRequired<')) return text;
  if (!HELPER.test(text)) throw new Error("openapi-typescript's WithRequired helper has an unexpected form");
  return text.replace(HELPER, TOLERANT_HELPER);
}

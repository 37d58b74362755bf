/**
 * Reading HAR 1.2 objects (http://www.softwareishard.com/blog/har-12-spec/) that may be malformed:
 * typed field access that throws a {@link HarShapeError} naming the JSON pointer of the bad field.
 * Shared by cassettes (har-convert.ts) and captures (capture-entries.ts).
 */

/** Thrown for a HAR entry that cannot be read; `pointer` is the JSON pointer of the bad field. */
export class HarShapeError extends Error {
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(message);
  }
}

/** A JSON object of a HAR document. */
export type HarNode = Record<string, unknown>;

/**
 * `node[key]` when `check` accepts it.
 * @throws {HarShapeError} at `<pointer>/<key>`, saying `<key> must be <expected>`.
 */
export function field<T>(node: unknown, key: string, pointer: string, check: (value: unknown) => value is T, expected: string): T {
  const value = typeof node === 'object' && node !== null ? (node as HarNode)[key] : undefined;
  if (!check(value)) throw new HarShapeError(`${pointer}/${key}`, `${key} must be ${expected}`);
  return value;
}

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isArray = (v: unknown): v is unknown[] => Array.isArray(v);
export const isObject = (v: unknown): v is HarNode => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The `headers` of a HAR request or response at `pointer` as a record: names lower-case, repeated
 * headers joined with `, ` (RFC 9110 §5.3). Any name is safe (`__proto__`, `constructor`).
 * @throws {HarShapeError} when `headers` is not an array of `{ name, value }` strings.
 */
export function headerRecord(node: unknown, pointer: string): Record<string, string> {
  const list = field(node, 'headers', pointer, isArray, 'an array of { name, value }');
  const record = Object.create(null) as Record<string, string>;
  list.forEach((header, i) => {
    const name = field(header, 'name', `${pointer}/headers/${i}`, isString, 'a string').toLowerCase();
    const value = field(header, 'value', `${pointer}/headers/${i}`, isString, 'a string');
    record[name] = Object.hasOwn(record, name) ? `${record[name]}, ${value}` : value;
  });
  return record;
}

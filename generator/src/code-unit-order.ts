/**
 * The one order of names in generated output and reports: by UTF-16 code unit, the order of
 * `Array.prototype.sort()` without a comparator (ECMA-262 §23.1.3.30.2). Not `localeCompare`,
 * whose order depends on the locale and ICU data of the machine that runs the generator, so the
 * committed bytes would differ between machines (`'_x' < 'a' < 'B' < 'é'` by locale,
 * `'B' < '_x' < 'a' < 'é'` by code unit).
 */

/** Comparator for `sort`: negative when `a` comes first by UTF-16 code unit, 0 when equal. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

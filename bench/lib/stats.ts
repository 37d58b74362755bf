/**
 * Small statistics used by every benchmark: medians and ranges of repeated runs, ratios, and the
 * power-law exponent of growth (least squares on log-log). Pure functions, no I/O.
 */

/** Median, minimum and maximum of a sample (same unit as the input). */
export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

/**
 * Median (mean of the two middle values for an even count), min and max of `values`.
 * @throws Error when `values` is empty: a benchmark that measured nothing has a bug.
 */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('summarize: no values measured');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

/**
 * Exponent `k` of the best fit `y = c · x^k` (least squares of log y on log x). `k ≈ 1` is linear
 * growth, `k ≈ 2` quadratic.
 * @throws Error for fewer than two points or a non-positive coordinate (log undefined).
 */
export function powerLawExponent(points: readonly { x: number; y: number }[]): number {
  if (points.length < 2) throw new Error('powerLawExponent: needs at least two points');
  if (points.some((p) => p.x <= 0 || p.y <= 0)) throw new Error('powerLawExponent: coordinates must be positive');
  const xs = points.map((p) => Math.log(p.x));
  const ys = points.map((p) => Math.log(p.y));
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - meanX) * (ys[i]! - meanY);
    den += (xs[i]! - meanX) ** 2;
  }
  return num / den;
}

/** `value` with `digits` decimals, or `–` when it is not a finite number (a failed run). */
export function fixed(value: number | undefined, digits = 2): string {
  return value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);
}

/** Integer with thousands separators, e.g. `1,234,567` (ops/s, requests). */
export function grouped(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** Kibibytes (as `getrusage` and `/proc` report them) as mebibytes with one decimal. */
export function kibToMib(kib: number | undefined): string {
  return kib === undefined ? '–' : (kib / 1024).toFixed(1);
}

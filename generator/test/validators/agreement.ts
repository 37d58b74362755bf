/**
 * Test assertions shared by the behaviour tests: `validate`, `is` and `assert` must agree.
 */
import { expect } from 'vitest';
import type { LoadedValidator } from './load-validators.js';

/** The errors `validate` reports for `value` ([] when valid). */
export function errorsOf(v: LoadedValidator, value: unknown): unknown[] {
  const r = v.validate(value);
  return r.valid ? [] : r.errors;
}

/** Validity of `value`, after asserting that `validate`, `is` and `assert` agree on it. */
export function accepts(v: LoadedValidator, value: unknown): boolean {
  const valid = v.validate(value).valid;
  expect(v.is(value)).toBe(valid);
  if (valid) expect(() => v.assert(value)).not.toThrow();
  else expect(() => v.assert(value)).toThrow(/value is not a valid/);
  return valid;
}

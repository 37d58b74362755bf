/**
 * Validation result types shared by every generated validator.
 *
 * The error shape is the one ajv users already know (`instancePath`, `schemaPath`, `keyword`,
 * `params`, `message`), so tooling written for ajv reads ours unchanged.
 * This file is copied verbatim into `generated/<api>/runtime/` by the generator.
 */

/** One failed rule. */
export interface ValidationError {
  /** JSON pointer (RFC 6901) of the failing value inside the validated instance; `''` is the root. */
  instancePath: string;
  /** JSON pointer of the failing keyword inside the bundled OpenAPI document, as a URI fragment (`#/components/schemas/X/properties/y/maxLength`). */
  schemaPath: string;
  /** The JSON Schema keyword that failed (`type`, `required`, `pattern`, …). */
  keyword: string;
  /** Keyword-specific details, e.g. `{ missingProperty: 'id' }` for `required`, `{ limit: 50 }` for `maximum`. */
  params: Record<string, unknown>;
  /** Human-readable sentence, e.g. `must be <= 50`. */
  message: string;
}

/**
 * Outcome of a `validateX(value)` call: `errors` is present, non-empty, exactly when `valid` is false.
 * `errors` holds at most `maxErrors` failed rules (see `ValidateOptions`); when more were found, it
 * ends with one more error, keyword `maxErrors`, `instancePath` `''`, `params: { limit }`, saying
 * the list was cut there. A value nested too deeply to walk ends the list with keyword `maxDepth`.
 */
export type ValidationResult = { valid: true } | { valid: false; errors: ValidationError[] };

/** Default of `ValidateOptions.maxErrors`: 100 errors. */
export const DEFAULT_MAX_ERRORS = 100;

/** Options of a generated `validateX(value, options)` and `assertX(value, options)`. */
export interface ValidateOptions {
  /**
   * Most errors collected: a positive integer, or `Infinity` for every error; default 100
   * (`DEFAULT_MAX_ERRORS`). Validation stops at the first error beyond it, so a huge invalid value
   * costs no more than its first `maxErrors + 1` errors; `1` is the fastest way to the first error.
   * A cut list ends with a `maxErrors` error (see `ValidationResult`).
   */
  readonly maxErrors?: number;
}

/**
 * The error cap `options` ask for: `options.maxErrors`, or `DEFAULT_MAX_ERRORS` when absent.
 * @throws RangeError naming `maxErrors` when it is not a positive integer or `Infinity`.
 */
export function maxErrorsOf(options: ValidateOptions | undefined): number {
  const max = options?.maxErrors;
  if (max === undefined) return DEFAULT_MAX_ERRORS;
  if (max === Infinity || (Number.isInteger(max) && max > 0)) return max;
  throw new RangeError(
    `maxErrors must be a positive integer or Infinity, got ${typeof max === 'number' ? max : typeof max}`,
  );
}

/**
 * Thrown by generated `assertX(value)` functions when `value` does not satisfy schema `X`.
 * `errors` lists the failed rules (at most `maxErrors`, see `ValidationResult`); the message names
 * the schema and the first failure.
 */
export class SchemaValidationError extends Error {
  override readonly name = 'SchemaValidationError';
  /** Name of the component schema or operation part that was asserted, e.g. `PaymentJobResult`. */
  readonly schemaName: string;
  /** The failed rules, in document order, cut like `ValidationResult.errors`. */
  readonly errors: ValidationError[];

  constructor(schemaName: string, errors: ValidationError[]) {
    const first = errors[0];
    const where = first ? ` at ${first.instancePath || '/'}: ${first.message}` : '';
    super(`value is not a valid ${schemaName}${where}`);
    this.schemaName = schemaName;
    this.errors = errors;
  }
}

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

/** Outcome of a `validateX(value)` call: `errors` is present, non-empty, exactly when `valid` is false. */
export type ValidationResult = { valid: true } | { valid: false; errors: ValidationError[] };

/**
 * Thrown by generated `assertX(value)` functions when `value` does not satisfy schema `X`.
 * `errors` lists every failed rule; the message names the schema and the first failure.
 */
export class SchemaValidationError extends Error {
  override readonly name = 'SchemaValidationError';
  /** Name of the component schema or operation part that was asserted, e.g. `PaymentJobResult`. */
  readonly schemaName: string;
  /** Every failed rule, in document order. */
  readonly errors: ValidationError[];

  constructor(schemaName: string, errors: ValidationError[]) {
    const first = errors[0];
    const where = first ? ` at ${first.instancePath || '/'}: ${first.message}` : '';
    super(`value is not a valid ${schemaName}${where}`);
    this.schemaName = schemaName;
    this.errors = errors;
  }
}

/**
 * Validation modes: what happens when a request or a response breaks the spec.
 *
 * Requests (`strict` and `warn`): any failure → `RequestValidationError`, nothing is sent.
 * Responses:
 * - `strict`: failures throw `ResponseValidationError`, except "unknowns" (an unknown enum value,
 *   keyword `enum`; an undocumented property, keyword `additionalProperties` or
 *   `unevaluatedProperties`), which are reported like `warn` unless `strictUnknowns` is set: a vendor
 *   adding a status value or a field is drift to report, not a broken response.
 * - `warn`: every failure goes to `logger.warn` (one line each) and `hooks.onDrift` (once, all of them);
 *   the data is returned unchanged.
 * - `off`: nothing is checked.
 * In every mode, a 2xx body that is not JSON where the spec documents JSON is refused (response.ts).
 * No default value is ever injected into response data.
 */
import { RequestValidationError, ResponseValidationError, type RequestValidationIssue } from './errors.js';
import type { Instrumentation } from './instrumentation.js';
import type { OperationDescriptor } from './operation.js';
import type { ValidationMode } from './options.js';
import type { ValidateOptions, ValidationError, ValidationResult } from './validation.js';

const UNKNOWN_KEYWORDS = new Set(['enum', 'additionalProperties', 'unevaluatedProperties']);

/** True for failures that mean "the vendor sent something new" rather than "something is broken". */
export function isUnknownValue(error: ValidationError): boolean {
  return UNKNOWN_KEYWORDS.has(error.keyword);
}

function failures(result: ValidationResult): ValidationError[] {
  return result.valid ? [] : result.errors;
}

/**
 * Validates a request before it is sent: parameters (keyed by wire name) and body. `missing` lists
 * required path parameters or a required body the caller left out, found by the runtime itself; they
 * are reported when the generated validators report nothing (or in `off` mode), since such a request
 * cannot be built. `options` caps the errors of each validator (`maxErrors`).
 * @throws RequestValidationError listing the failures.
 */
export function checkRequest(
  op: OperationDescriptor,
  wireParams: Record<string, unknown>,
  body: unknown,
  mode: ValidationMode,
  missing: readonly RequestValidationIssue[],
  options: ValidateOptions,
): void {
  const issues: RequestValidationIssue[] = [];
  if (mode !== 'off') {
    if (op.validateParameters)
      issues.push(
        ...failures(op.validateParameters(wireParams, options)).map((e) => ({
          ...e,
          in: 'parameters' as const,
        })),
      );
    if (op.requestBody?.validate && body !== undefined) {
      issues.push(
        ...failures(op.requestBody.validate(body, options)).map((e) => ({
          ...e,
          in: 'body' as const,
        })),
      );
    }
  }
  const reported = issues.length > 0 ? issues : missing;
  if (reported.length > 0) throw new RequestValidationError(op.operationId, reported);
}

/** A response to check against its documented schema. */
export interface ResponseCheck {
  readonly op: OperationDescriptor;
  readonly status: number;
  readonly body: unknown;
  /** Failures found before schema validation (undocumented status, unparseable JSON). */
  readonly preErrors: readonly ValidationError[];
  readonly validate: ((body: unknown, options?: ValidateOptions) => ValidationResult) | undefined;
  /** Passed to `validate` (its `maxErrors` caps the errors). */
  readonly validateOptions: ValidateOptions;
  readonly mode: ValidationMode;
  readonly strictUnknowns: boolean;
  /** Scrubs the credentials the request carried out of the body and errors put into a ResponseValidationError. */
  readonly scrub: <T>(value: T) => T;
}

/**
 * Applies the validation mode to a response: returns normally when the data may be used, with a
 * promise only when drift was reported (to await `hooks.onDrift`), otherwise `undefined`.
 * @throws ResponseValidationError in `strict` mode for failures that are not tolerated unknowns.
 */
export function checkResponse(check: ResponseCheck, instr: Instrumentation): Promise<void> | undefined {
  if (check.mode === 'off') return undefined;
  const found =
    check.validate && check.body !== undefined ? failures(check.validate(check.body, check.validateOptions)) : [];
  if (found.length === 0 && check.preErrors.length === 0) return undefined;
  const errors = [...check.preErrors, ...found];
  const fatal = check.mode === 'strict' ? errors.filter((e) => check.strictUnknowns || !isUnknownValue(e)) : [];
  const { operationId } = check.op;
  if (fatal.length > 0) {
    throw new ResponseValidationError(operationId, check.status, check.scrub(errors), check.scrub(check.body));
  }
  for (const error of errors) {
    instr.log(
      'warn',
      `${operationId}: HTTP ${check.status} response drifts from the spec at ${error.instancePath || '/'}: ${error.message}`,
      {
        operationId,
        status: check.status,
        instancePath: error.instancePath,
        schemaPath: error.schemaPath,
        keyword: error.keyword,
      },
    );
  }
  return instr.onDrift({ operationId, status: check.status, errors });
}

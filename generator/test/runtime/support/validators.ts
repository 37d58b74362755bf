/**
 * Tiny hand-written validators returning ajv-style `ValidationResult`s, standing in for the generated
 * ones: just enough JSON Schema (required, type, enum, additionalProperties) for the runtime tests.
 */
import type { ValidationError, ValidationResult } from '../../../runtime/index.js';

type FieldRule = 'string' | 'number' | 'boolean' | 'array' | 'object' | { readonly enum: readonly string[] };

interface ObjectRule {
  readonly required: readonly string[];
  readonly properties: Readonly<Record<string, FieldRule>>;
  readonly additionalProperties: boolean;
}

function err(instancePath: string, keyword: string, params: Record<string, unknown>, message: string): ValidationError {
  return { instancePath, schemaPath: `#/test/${keyword}`, keyword, params, message };
}

/** Checks a flat object against `rule`, ajv-style errors. */
function checkObject(value: unknown, rule: ObjectRule, at = ''): ValidationError[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return [err(at, 'type', { type: 'object' }, 'must be object')];
  const record = value as Record<string, unknown>;
  const errors: ValidationError[] = [];
  for (const name of rule.required) {
    if (record[name] === undefined)
      errors.push(err(at, 'required', { missingProperty: name }, `must have required property '${name}'`));
  }
  for (const [name, item] of Object.entries(record)) {
    const field = rule.properties[name];
    if (field === undefined) {
      if (!rule.additionalProperties) {
        errors.push(
          err(at, 'additionalProperties', { additionalProperty: name }, 'must NOT have additional properties'),
        );
      }
    } else if (typeof field === 'object') {
      if (!field.enum.includes(String(item)))
        errors.push(
          err(`${at}/${name}`, 'enum', { allowedValues: field.enum }, 'must be equal to one of the allowed values'),
        );
    } else if (field === 'array' ? !Array.isArray(item) : typeof item !== field) {
      errors.push(err(`${at}/${name}`, 'type', { type: field }, `must be ${field}`));
    }
  }
  return errors;
}

function result(errors: ValidationError[]): ValidationResult {
  return errors.length === 0 ? { valid: true } : { valid: false, errors };
}

/** PayQuicker-like `PaymentJobResult`: `{ token, status }`, no other properties. */
export function validatePaymentJob(body: unknown): ValidationResult {
  return result(
    checkObject(body, {
      required: ['token', 'status'],
      properties: { token: 'string', status: { enum: ['PENDING', 'COMPLETED', 'CANCELLED'] }, requestRef: 'string' },
      additionalProperties: false,
    }),
  );
}

/** `ApiErrorResult`: severity, error, code, message, referenceId required. */
export function validateApiErrorResult(body: unknown): ValidationResult {
  return result(
    checkObject(body, {
      required: ['severity', 'error', 'code', 'message', 'referenceId'],
      properties: {
        severity: 'string',
        error: 'string',
        code: 'number',
        message: 'string',
        referenceId: 'string',
        timestamp: 'string',
        requestRef: 'string',
      },
      additionalProperties: false,
    }),
  );
}

/** Parameters of listPaymentJobs: page >= 1, 1 <= pageSize <= 50 (wire names). */
export function validateListParameters(params: Record<string, unknown>): ValidationResult {
  const errors: ValidationError[] = [];
  for (const name of ['page', 'pageSize']) {
    if (params[name] === undefined)
      errors.push(err('', 'required', { missingProperty: name }, `must have required property '${name}'`));
  }
  const page = params['page'];
  const size = params['pageSize'];
  if (typeof page === 'number' && page < 1) errors.push(err('/page', 'minimum', { limit: 1 }, 'must be >= 1'));
  if (typeof size === 'number' && size > 50) errors.push(err('/pageSize', 'maximum', { limit: 50 }, 'must be <= 50'));
  if (typeof size === 'number' && size < 1) errors.push(err('/pageSize', 'minimum', { limit: 1 }, 'must be >= 1'));
  return result(errors);
}

export function validateJobTokenParameters(params: Record<string, unknown>): ValidationResult {
  const token = params['job-token'];
  if (token === undefined)
    return result([err('', 'required', { missingProperty: 'job-token' }, "must have required property 'job-token'")]);
  return result(
    typeof token === 'string' && /^jobs-[0-9a-z-]+$/.test(token)
      ? []
      : [err('/job-token', 'pattern', { pattern: '^jobs-' }, 'must match pattern "^jobs-"')],
  );
}

export function validateCreateBody(body: unknown): ValidationResult {
  const errors = checkObject(body, {
    required: ['items'],
    properties: { items: 'array', notBefore: 'string' },
    additionalProperties: false,
  });
  return result(errors);
}

export function validateServiceBaseResponse(body: unknown): ValidationResult {
  return result(
    checkObject(body, {
      required: ['success'],
      properties: { success: 'boolean', errorMessage: 'string' },
      additionalProperties: false,
    }),
  );
}

/** ABConnect-like API definition: password grant or a static bearer token; a failure envelope. */

/**
 * Turns one method call (`params` object keyed by camelCased parameter keys, plus `body`) into the
 * URL, headers and body to send, validating it first. Header precedence, lowest first: the API's
 * fixed headers (`X-MyPayQuicker-Version`), client `headers`, header parameters the caller passed,
 * per-request `headers`. `Accept: application/json` is sent unless overridden.
 */
import type { ApiDefinition } from './definition.js';
import type { RequestValidationIssue } from './errors.js';
import type { OperationDescriptor } from './operation.js';
import type { ValidationMode } from './options.js';
import { buildUrl, parameterHeaders } from './url.js';
import { checkRequest } from './validation-mode.js';

/** A request ready to send. */
export interface PreparedRequest {
  readonly url: string;
  readonly headers: Headers;
  /** Serialized body, or undefined. */
  readonly body: string | undefined;
  /** The body value as the caller passed it (for retry safety checks). */
  readonly bodyValue: unknown;
}

/** Inputs of {@link prepareRequest}. */
export interface PrepareInit {
  readonly api: ApiDefinition;
  readonly baseUrl: string;
  readonly op: OperationDescriptor;
  readonly params: object;
  readonly clientHeaders: Readonly<Record<string, string>> | undefined;
  readonly requestHeaders: Readonly<Record<string, string>> | undefined;
  readonly mode: ValidationMode;
}

/** Form encoding (`application/x-www-form-urlencoded`) of an object body: arrays repeat their key. */
function formBody(body: unknown): string {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined)
        form.append(key, typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item));
    }
  }
  return form.toString();
}

/** Required path parameters and a required body the caller left out. */
function missingParts(
  op: OperationDescriptor,
  given: Readonly<Record<string, unknown>>,
  body: unknown,
): RequestValidationIssue[] {
  const issues: RequestValidationIssue[] = op.parameters
    .filter((p) => p.in === 'path' && given[p.key] === undefined)
    .map((p) => ({
      in: 'parameters',
      instancePath: '',
      schemaPath: '',
      keyword: 'required',
      params: { missingProperty: p.name },
      message: `must have required property '${p.name}'`,
    }));
  if (op.requestBody?.required && body === undefined) {
    issues.push({
      in: 'body',
      instancePath: '',
      schemaPath: '',
      keyword: 'required',
      params: {},
      message: 'is required',
    });
  }
  return issues;
}

/**
 * Builds and validates the request.
 * @throws RequestValidationError (nothing may be sent) when parameters or body break the spec, or a
 *   path parameter or required body is missing.
 */
export function prepareRequest(init: PrepareInit): PreparedRequest {
  const { op } = init;
  const given = init.params as Readonly<Record<string, unknown>>;
  const explicit: Record<string, unknown> = {};
  for (const param of op.parameters) if (given[param.key] !== undefined) explicit[param.name] = given[param.key];
  const headers = new Headers(init.api.fixedHeaders);
  for (const [name, value] of Object.entries(init.clientHeaders ?? {})) headers.set(name, value);
  for (const [name, value] of Object.entries(parameterHeaders(op.parameters, explicit))) headers.set(name, value);
  for (const [name, value] of Object.entries(init.requestHeaders ?? {})) headers.set(name, value);
  if (!headers.has('accept')) headers.set('Accept', 'application/json');

  const wireParams: Record<string, unknown> = { ...explicit };
  for (const param of op.parameters) {
    if (param.in === 'header' && wireParams[param.name] === undefined && headers.has(param.name)) {
      wireParams[param.name] = headers.get(param.name);
    }
  }
  const bodyValue = given['body'];
  checkRequest(op, wireParams, bodyValue, init.mode, missingParts(op, given, bodyValue));

  let body: string | undefined;
  if (op.requestBody !== undefined && bodyValue !== undefined) {
    const form = op.requestBody.contentType === 'application/x-www-form-urlencoded';
    body = form ? formBody(bodyValue) : JSON.stringify(bodyValue);
    if (!headers.has('content-type')) headers.set('Content-Type', op.requestBody.contentType);
  }
  return { url: buildUrl(init.baseUrl, op.path, op.parameters, wireParams), headers, body, bodyValue };
}

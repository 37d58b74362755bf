/**
 * Turns one method call (`params` object keyed by camelCased parameter keys, plus `body`) into the
 * URL, headers and body to send, validating it first. Header precedence, lowest first: the API's
 * fixed headers (`X-MyPayQuicker-Version`) and client `headers` (merged once per client, see
 * `mergeHeaders`), header parameters the caller passed, per-request `headers`.
 * `Accept: application/json` is sent unless overridden. Headers are keyed by lower-case name.
 */
import type { RequestValidationIssue } from './errors.js';
import { setHeader, setHeaders } from './header-record.js';
import { valueKeyOf, type OperationDescriptor } from './operation.js';
import { planOf, type OperationPlan } from './operation-plan.js';
import { encodeBody, type EncodedBody } from './request-body.js';
import type { ValidationMode } from './options.js';
import { expandUrl, parameterHeaders } from './url.js';
import { checkRequest } from './validation-mode.js';
import type { ValidateOptions } from './validation.js';

/** A request ready to send. */
export interface PreparedRequest {
  /** The URL as sent: not redacted, never to be shown as is (see `redactUrl`). */
  readonly url: string;
  /** Headers keyed by lower-case name; the caller's own copy. */
  readonly headers: Record<string, string>;
  /** Encoded body (see request-body.ts), or undefined. */
  readonly body: EncodedBody | undefined;
  /** The body value as the caller passed it (for retry safety checks). */
  readonly bodyValue: unknown;
}

/** Inputs of {@link prepareRequest}. */
export interface PrepareInit {
  readonly baseUrl: string;
  readonly op: OperationDescriptor;
  readonly params: object;
  /** The API's fixed headers overridden by the client's, keyed by lower-case name (`mergeHeaders`). */
  readonly baseHeaders: Readonly<Record<string, string>>;
  readonly requestHeaders: Readonly<Record<string, string>> | undefined;
  readonly mode: ValidationMode;
  /** Passed to the generated validators (their error cap). */
  readonly validateOptions: ValidateOptions;
}

/** Required path parameters and a required body the caller left out. */
function missingParts(
  op: OperationDescriptor,
  plan: OperationPlan,
  given: Readonly<Record<string, unknown>>,
  body: unknown,
): RequestValidationIssue[] {
  const issues: RequestValidationIssue[] = [];
  for (const p of plan.path) {
    if (given[p.key] !== undefined) continue;
    issues.push({
      in: 'parameters',
      instancePath: '',
      schemaPath: '',
      keyword: 'required',
      params: { missingProperty: p.name },
      message: `must have required property '${p.name}'`,
    });
  }
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
 *   path parameter or required body is missing; TypeError naming a header whose name or value
 *   cannot be sent (see `setHeader`).
 */
export function prepareRequest(init: PrepareInit): PreparedRequest {
  const { op } = init;
  const plan = planOf(op);
  const given = init.params as Readonly<Record<string, unknown>>;
  const wireParams: Record<string, unknown> = {};
  for (const param of op.parameters) {
    const value = given[param.key];
    if (value !== undefined) wireParams[valueKeyOf(param)] = value;
  }
  const headers: Record<string, string> = { ...init.baseHeaders };
  if (plan.sendsParameterHeaders) setHeaders(headers, parameterHeaders(op.parameters, wireParams));
  if (init.requestHeaders !== undefined) setHeaders(headers, init.requestHeaders);
  if (headers['accept'] === undefined) headers['accept'] = 'application/json';
  for (const { param, lower } of plan.headers) {
    const key = valueKeyOf(param);
    if (wireParams[key] === undefined && headers[lower] !== undefined) wireParams[key] = headers[lower];
  }

  const bodyValue = given['body'];
  checkRequest(op, wireParams, bodyValue, init.mode, missingParts(op, plan, given, bodyValue), init.validateOptions);

  let body: EncodedBody | undefined;
  if (op.requestBody !== undefined && bodyValue !== undefined) {
    body = encodeBody(op.requestBody.contentType, bodyValue);
    // For FormData, fetch writes `multipart/form-data; boundary=…` itself.
    if (headers['content-type'] === undefined && !(body instanceof FormData))
      setHeader(headers, 'Content-Type', op.requestBody.contentType);
  }
  return {
    url: expandUrl(init.baseUrl, plan.template, plan.query, wireParams),
    headers,
    body,
    bodyValue,
  };
}

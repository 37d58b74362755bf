/**
 * Interpreting a response: pick the documented response for the status (exact code, then range
 * `2XX`, then `default`; OpenAPI 3.1 §4.8.16 Responses Object), parse the body, apply the validation
 * mode, and either return the data (2xx) or raise the matching error. A body that is not JSON (an
 * HTML 502 page from a proxy) is kept as text in an error and never causes a parse crash; a 2xx body
 * that is not JSON where the spec documents JSON is refused in every mode. Everything that goes into
 * an error is scrubbed of the credentials the request carried (the server may echo them).
 */
import type { ApiDefinition } from './definition.js';
import {
  ApiError,
  FailureEnvelopeError,
  ResponseValidationError,
  type ApiErrorClass,
  type ApiErrorInit,
} from './errors.js';
import type { Instrumentation } from './instrumentation.js';
import type { OperationDescriptor, ResponseDescriptor } from './operation.js';
import type { ValidationMode } from './options.js';
import { getPointer } from './pointer.js';
import { redactUrl } from './redact.js';
import type { SecretScrubber, SentRequest } from './secret-scrubber.js';
import type { Exchange } from './transport.js';
import type { ValidateOptions, ValidationError } from './validation.js';
import { checkResponse } from './validation-mode.js';

/** Everything needed to interpret one response. */
export interface ResponseContext {
  readonly api: ApiDefinition;
  readonly op: OperationDescriptor;
  /** The request as sent (URL, headers, body): its URL is redacted and its credentials scrubbed from errors. */
  readonly request: SentRequest & { readonly url: string };
  /** The client's scrubber (configured credentials, issued tokens). */
  readonly scrubber: SecretScrubber;
  readonly exchange: Exchange;
  readonly mode: ValidationMode;
  readonly strictUnknowns: boolean;
  /** Passed to the response validators (their error cap). */
  readonly validateOptions: ValidateOptions;
  readonly failureEnvelopeAsError: boolean;
  readonly errorClasses: Readonly<Record<string, ApiErrorClass>>;
  readonly instr: Instrumentation;
}

/** The documented response for `status`: exact code, then `NXX` range, then `default`. */
export function selectResponse(op: OperationDescriptor, status: number): ResponseDescriptor | undefined {
  return op.responses[String(status)] ?? op.responses[`${Math.floor(status / 100)}XX`] ?? op.responses['default'];
}

/** Headers that carry a request reference when the body has none. */
const REQUEST_REF_HEADERS = ['x-request-id', 'x-correlation-id', 'request-id', 'x-amzn-requestid', 'x-ms-request-id'];

/** PayQuicker `requestRef` / `referenceId` / `meta.requestRef` in the body, else a request id header. */
export function findRequestRef(body: unknown, headers: Headers): string | undefined {
  for (const pointer of ['/requestRef', '/referenceId', '/meta/requestRef']) {
    const value = getPointer(body, pointer);
    if (typeof value === 'string' && value !== '') return value;
  }
  for (const name of REQUEST_REF_HEADERS) {
    const value = headers.get(name);
    if (value !== null && value !== '') return value;
  }
  return undefined;
}

interface ParsedBody {
  readonly value: unknown;
  readonly json: boolean;
  readonly errors: readonly ValidationError[];
}

const NO_ERRORS: readonly ValidationError[] = [];

/** Parses the body as JSON when the content type says JSON (or the spec does and no type is sent). */
function parseBody(exchange: Exchange, descriptor: ResponseDescriptor | undefined): ParsedBody {
  if (exchange.text === '') return { value: undefined, json: false, errors: NO_ERRORS };
  const type = exchange.headers.get('content-type');
  const jsonType = type === null ? descriptor?.json === true : /[/+]json\b/i.test(type);
  const notJson = (message: string): ValidationError[] => [
    {
      instancePath: '',
      schemaPath: '',
      keyword: 'json',
      params: { contentType: type },
      message,
    },
  ];
  if (!jsonType) {
    const errors = descriptor?.json ? notJson(`body is not JSON (content-type ${type ?? 'none'})`) : NO_ERRORS;
    return { value: exchange.text, json: false, errors };
  }
  try {
    return {
      value: JSON.parse(exchange.text) as unknown,
      json: true,
      errors: NO_ERRORS,
    };
  } catch {
    return {
      value: exchange.text,
      json: false,
      errors: notJson('body is not valid JSON'),
    };
  }
}

/** The scrubber for errors about this response: the client's, plus the credentials this request carried. */
function requestScrubber(ctx: ResponseContext): SecretScrubber {
  return ctx.scrubber.forRequest(ctx.request);
}

/** Scrubs a value for a ResponseValidationError about this response; the scrubber is built only when called. */
function scrubFor(ctx: ResponseContext): <T>(value: T) => T {
  return (value) => requestScrubber(ctx).scrubData(value);
}

/** The fields of an error about this response; URL redacted, headers and body scrubbed. */
function errorInit(ctx: ResponseContext, parsed: ParsedBody): ApiErrorInit {
  const { op, exchange } = ctx;
  const scrubber = requestScrubber(ctx);
  return {
    status: exchange.status,
    headers: scrubber.scrubHeaders(exchange.headers),
    body: scrubber.scrubData(parsed.value),
    operationId: op.operationId,
    method: op.method,
    url: redactUrl(ctx.request.url),
    requestRef: scrubber.scrubOptional(findRequestRef(parsed.value, exchange.headers)),
  };
}

/** Failures found before schema validation: an undocumented status, a body that is not JSON. */
function preErrors(status: number, documented: boolean, parsed: ParsedBody): readonly ValidationError[] {
  if (documented) return parsed.errors;
  const undocumented: ValidationError = {
    instancePath: '',
    schemaPath: '',
    keyword: 'status',
    params: { status },
    message: `HTTP ${status} is not documented`,
  };
  return [undocumented, ...parsed.errors];
}

/**
 * Returns the data of a 2xx response, or throws. Settles synchronously (no promise) unless a
 * hook must be awaited, so the common path costs no extra turn of the event loop.
 * @throws ApiError (or the generated subclass for the documented error schema) for non-2xx;
 *   FailureEnvelopeError for a 2xx failure envelope; ResponseValidationError with reason
 *   `invalid-json` in every mode when the spec documents a JSON body and the body is not JSON, with
 *   reason `schema` in strict mode.
 */
export function interpretResponse(ctx: ResponseContext): unknown {
  const status = ctx.exchange.status;
  const descriptor = selectResponse(ctx.op, status);
  const parsed = parseBody(ctx.exchange, descriptor);
  if (status < 200 || status >= 300) return errorFor(ctx, descriptor, parsed).then((error) => Promise.reject(error));
  if (descriptor?.json === true && parsed.value !== undefined && !parsed.json) {
    const scrubber = requestScrubber(ctx);
    const [errors, body] = [scrubber.scrubData(parsed.errors), scrubber.scrubData(parsed.value)];
    throw new ResponseValidationError(ctx.op.operationId, status, errors, body, 'invalid-json');
  }
  const checked = checkResponse(
    {
      op: ctx.op,
      status,
      body: parsed.value,
      preErrors: preErrors(status, descriptor !== undefined, parsed),
      validate: parsed.json ? descriptor?.validate : undefined,
      validateOptions: ctx.validateOptions,
      mode: ctx.mode,
      strictUnknowns: ctx.strictUnknowns,
      scrub: scrubFor(ctx),
    },
    ctx.instr,
  );
  if (checked === undefined) return successData(ctx, descriptor, parsed);
  return checked.then(() => successData(ctx, descriptor, parsed));
}

/** The data of a 2xx response, unless it is the API's failure envelope reporting failure. */
function successData(ctx: ResponseContext, descriptor: ResponseDescriptor | undefined, parsed: ParsedBody): unknown {
  const envelope = ctx.api.failureEnvelope;
  if (ctx.failureEnvelopeAsError && envelope !== undefined && descriptor?.schema === envelope.schema) {
    const body = parsed.value as Record<string, unknown> | undefined;
    if (body !== null && typeof body === 'object' && body[envelope.successProperty] === false) {
      const init = errorInit(ctx, parsed);
      const message = (init.body as Record<string, unknown>)[envelope.messageProperty];
      const envelopeMessage = typeof message === 'string' ? message : undefined;
      throw new FailureEnvelopeError({ ...init, envelopeMessage });
    }
  }
  return parsed.value;
}

/**
 * The error for a non-2xx response: the generated class of the documented error schema when the body
 * is JSON and (outside strict mode, or) valid; otherwise a plain ApiError. In `warn` mode a drifting
 * error body is reported.
 */
async function errorFor(
  ctx: ResponseContext,
  descriptor: ResponseDescriptor | undefined,
  parsed: ParsedBody,
): Promise<ApiError> {
  const init = errorInit(ctx, parsed);
  const errorClass = descriptor?.schema === undefined ? undefined : ctx.errorClasses[descriptor.schema];
  if (!parsed.json || descriptor === undefined) return new ApiError(init);
  const result = (ctx.mode === 'off' ? undefined : descriptor.validate?.(parsed.value, ctx.validateOptions)) ?? {
    valid: true,
  };
  if (!result.valid && ctx.mode === 'warn') {
    await checkResponse(
      {
        op: ctx.op,
        status: init.status,
        body: parsed.value,
        preErrors: result.errors,
        validate: undefined,
        validateOptions: ctx.validateOptions,
        mode: 'warn',
        strictUnknowns: false,
        scrub: scrubFor(ctx),
      },
      ctx.instr,
    );
  }
  const usable = result.valid || ctx.mode !== 'strict';
  return errorClass !== undefined && usable ? new errorClass(init as ApiErrorInit<never>) : new ApiError(init);
}

/**
 * Operation descriptors: the static facts about one OpenAPI operation that a generated client
 * method hands to the runtime. The generator derives every field from the spec, so the client
 * never reads the spec at run time (OpenAPI 3.1 §4.8.10 Operation Object).
 */
import type { ValidateOptions, ValidationResult } from './validation.js';

/** HTTP methods an operation can use (OpenAPI 3.1 §4.8.9 Path Item Object), upper-case. */
export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';

/** Where a parameter travels (OpenAPI 3.1 §4.8.12.2 Parameter Locations). */
export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

/** One parameter of an operation. */
export interface ParameterDescriptor {
  /** Name on the wire, as in the spec: `job-token`, `X-MyPayQuicker-Version`. */
  readonly name: string;
  /** Property name in the method's options object, camelCased: `jobToken`, `xMyPayQuickerVersion`. */
  readonly key: string;
  readonly in: ParameterLocation;
  readonly required: boolean;
  /** Serialization style (OpenAPI 3.1 §4.8.12.4): `simple` for path/header, `form` for query/cookie by default. */
  readonly style: 'simple' | 'form' | 'label' | 'matrix' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  readonly explode: boolean;
  /**
   * Key of the parameter's value in the wire-values object (the one `validateParameters` checks),
   * when it is not `name`: set only when an earlier location of the operation uses the same name
   * (a path `id` and a query `id`, OpenAPI 3.1 §4.8.12.1: a parameter is identified by name and
   * location), as `<location>:<name>` (`query:id`).
   */
  readonly valueKey?: string;
}

/** Key of `param`'s value in an operation's wire-values object: its `valueKey`, else its wire name. */
export function valueKeyOf(param: ParameterDescriptor): string {
  return param.valueKey ?? param.name;
}

/** What the spec documents for one response status of an operation. */
export interface ResponseDescriptor {
  /** True when the documented media type is JSON (`application/json` or `*\/*+json`). */
  readonly json: boolean;
  /** Validates a parsed JSON body of this status against its documented schema; absent when none is documented. */
  readonly validate?: (body: unknown, options?: ValidateOptions) => ValidationResult;
  /** Name of the component schema of the documented body (`ApiErrorResult`, `ServiceBaseResponse`): picks the error class of a non-2xx status and detects a failure envelope on a 2xx. */
  readonly schema?: string;
}

/**
 * Retry safety of a non-idempotent operation, from the spec extension `x-api-contracts-retry`:
 * the request may be retried only when every element of the array at `items` (a JSON pointer into
 * the request body) carries a non-empty `property` (the vendor deduplicates on it).
 */
export interface RetrySafety {
  readonly items: string;
  readonly property: string;
}

/**
 * A local rule of ours, stricter than the vendor, from the spec extension `x-api-contracts-warn`: the
 * request body should hold a non-empty array at `nonEmpty` (a JSON pointer into the body). Breaking it
 * logs `message` as a warning and sends the request anyway (the vendor accepts it); the client option
 * `localWarnings: false` turns these warnings off.
 */
export interface LocalWarning {
  readonly nonEmpty: string;
  readonly message: string;
}

/** Everything the runtime needs to send one operation and interpret its response. */
export interface OperationDescriptor {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** Path template relative to the server URL, as in the spec: `/payments/jobs/{job-token}`. */
  readonly path: string;
  readonly parameters: readonly ParameterDescriptor[];
  /** Validates the parameters as an object keyed by wire name (`{ 'job-token': '…', page: 1 }`). */
  readonly validateParameters?: (params: Record<string, unknown>, options?: ValidateOptions) => ValidationResult;
  readonly requestBody?: {
    /** Media type sent: `application/json` or `application/x-www-form-urlencoded`. */
    readonly contentType: string;
    readonly required: boolean;
    readonly validate?: (body: unknown, options?: ValidateOptions) => ValidationResult;
  };
  /** Responses keyed by status code (`'200'`), range (`'4XX'`) or `'default'`. */
  readonly responses: Readonly<Record<string, ResponseDescriptor>>;
  /**
   * Security requirements (OpenAPI 3.1 §4.8.30): alternatives, each mapping a security scheme name
   * to the scopes it needs. `[]` means the operation needs no authentication.
   */
  readonly security: readonly Readonly<Record<string, readonly string[]>>[];
  readonly retrySafety?: RetrySafety;
  readonly localWarnings?: readonly LocalWarning[];
  /** Present on page-numbered list operations (a `page` and a `pageSize` query parameter). */
  readonly pagination?: PaginationDescriptor;
}

/**
 * How to walk a page-numbered list operation: the runtime sets `pageParam` to 1, 2, … and stops
 * after the page whose number reaches the page count at `pageCountPointer` (a JSON pointer into
 * the response body; PayQuicker sends it as a string, `"3"`), or at the first empty page.
 */
export interface PaginationDescriptor {
  /** Key of the page-number parameter in the options object: `page`. */
  readonly pageKey: string;
  /** Key of the page-size parameter in the options object: `pageSize`. */
  readonly pageSizeKey: string;
  /** JSON pointer of the page count in a response body: `/meta/pageCount`. */
  readonly pageCountPointer: string;
  /** JSON pointer of the array of items in a response body: `/data`. */
  readonly itemsPointer: string;
}

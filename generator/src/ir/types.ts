/**
 * The intermediate representation between the bundled document and the emitters. Every node
 * keeps the JSON pointer (RFC 6901, as a URI fragment) of its source, so every message and every
 * validator `schemaPath` can point back into the spec.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { OpenApiVersion } from '../load/load-spec.js';
import type { ApiDefinition } from '../../runtime/definition.js';
import type {
  HttpMethod,
  LocalWarning,
  PaginationDescriptor,
  ParameterDescriptor,
  ParameterLocation,
  RetrySafety,
} from '../../runtime/operation.js';

/** A named component schema (`#/components/schemas/<name>`). */
export interface IrSchema {
  /** Name as in the spec. */
  name: string;
  /** Collision-free TypeScript identifier for its type (`PaymentJobResult`). */
  identifier: string;
  pointer: string;
  schema: unknown;
}

/** One parameter, after `$ref`s and path-level inheritance are resolved. */
export interface IrParameter extends ParameterDescriptor {
  /** The parameter's schema (from `schema`, or from its single `content` media type). */
  schema: unknown;
  pointer: string;
  description?: string;
  deprecated: boolean;
  /** True for a path template variable the spec does not declare (assumed a required string). */
  assumed: boolean;
  /** Where the document declares it, when that differs from `in` (a path template variable declared as a query parameter). */
  declaredIn?: ParameterLocation;
}

/** The request body of an operation. */
export interface IrRequestBody {
  contentType: string;
  required: boolean;
  schema: unknown;
  /** Pointer of the media type's schema. */
  pointer: string;
  description?: string;
}

/** One documented response status. */
export interface IrResponse {
  /** `200`, `4XX` or `default`. */
  status: string;
  description: string;
  contentType?: string;
  json: boolean;
  schema?: unknown;
  /** Pointer of the media type's schema. */
  pointer?: string;
  /** Component schema name when the schema is a `$ref` to `#/components/schemas/<name>`. */
  schemaName?: string;
}

/** One operation. */
export interface IrOperation {
  /** The declared operationId, or one derived from the method and path when none is declared. */
  operationId: string;
  /** False when `operationId` was derived (the document declares none). */
  declaredId: boolean;
  /** Method name in the client (`retrievePaymentJob`). */
  methodName: string;
  /** PascalCase base of the operation's type and validator names (`RetrievePaymentJob`). */
  typeBase: string;
  method: HttpMethod;
  path: string;
  pointer: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  /** The first tag; absent for an untagged operation (a method of the top-level client). */
  tag?: string;
  parameters: IrParameter[];
  requestBody?: IrRequestBody;
  responses: IrResponse[];
  security: Record<string, string[]>[];
  retrySafety?: RetrySafety;
  /** From `x-api-contracts-warn`: rules of ours the runtime warns about, never refuses on. */
  localWarnings?: LocalWarning[];
  pagination?: PaginationDescriptor;
  /** Collision-free names derived from `typeBase`: types in `types.gen.ts`, validator bases in `validators.gen.ts`. */
  names: OperationNames;
  /** Names of the page and item iterator methods of a paginated operation (`listPaymentJobsPages`, `listPaymentJobsAll`). */
  paginationMethods?: { pages: string; all: string };
}

/** Names derived from an operation's type base, claimed in the same scope as the schema names. */
export interface OperationNames {
  /** The module-level constant of its operation descriptor in `client.gen.ts`: `retrievePaymentJobOperation`. */
  descriptor: string;
  /** The client method's parameter object type: `RetrievePaymentJobParams`. */
  params: string;
  /** The client method's result type: `RetrievePaymentJobResult`. */
  result: string;
  /** Validator base of the parameters object: `RetrievePaymentJobParameters` → `validateRetrievePaymentJobParameters`. */
  parametersValidator: string;
  /** Validator base of the request body: `CreatePaymentJobRequestBody`. */
  requestBodyValidator: string;
  /** Validator base per response status: `{ '200': 'RetrievePaymentJobResponse200', default: 'RetrievePaymentJobResponseDefault' }`. */
  responseValidators: Record<string, string>;
}

/** A tag: one client class. */
export interface IrTag {
  name: string;
  description?: string;
  /** Class name (`JobsClient`). */
  className: string;
  /** Property on the top-level client (`jobs`). */
  property: string;
  operations: IrOperation[];
}

/** An `ApiError` subclass for a documented error body (`ApiErrorResult` → `ApiErrorResultError`, `OAuthProviderError` → `OAuthProviderApiError`). */
export interface IrErrorClass {
  schemaName: string;
  /** Identifier of the schema's type. */
  typeName: string;
  className: string;
}

/** Everything the emitters need about one API. */
export interface IrApi {
  name: string;
  clientName: string;
  spec: { file: string; hash: string; version: OpenApiVersion };
  document: Record<string, unknown>;
  schemas: IrSchema[];
  operations: IrOperation[];
  tags: IrTag[];
  /** Untagged operations: methods of the top-level client. */
  rootOperations: IrOperation[];
  errorClasses: IrErrorClass[];
  definition: ApiDefinition;
  diagnostics: Diagnostic[];
}

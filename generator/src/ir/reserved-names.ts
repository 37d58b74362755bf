/**
 * Names every generated tree uses for itself, which no schema-derived identifier may take: the
 * runtime names its index re-exports, and the module-level names of `client.gen.ts`.
 */

/** Runtime names re-exported from every generated index (values, then types). */
export const RUNTIME_EXPORTS = {
  values: [
    'AbortError',
    'ApiClientError',
    'ApiError',
    'AuthError',
    'ConfigurationError',
    'FailureEnvelopeError',
    'NetworkError',
    'RequestValidationError',
    'ResponseValidationError',
    'SchemaValidationError',
    'TimeoutError',
    'envVariables',
  ],
  types: [
    'ClientOptions',
    'Credentials',
    'Logger',
    'OperationDescriptor',
    'RequestOptions',
    'ResponseDescriptor',
    'ResponseValidationReason',
    'ValidateOptions',
    'ValidationError',
    'ValidationResult',
  ],
} as const;

/** Module-level names of the generated client and types modules. */
const GENERATED_NAMES = ['API', 'ERRORS', 'operationDescriptors', 'ClientCore', 'optionsFromEnv', 'ApiDefinition', 'ApiErrorClass', 'OperationDescriptor', 'v'];

/** Names of openapi-typescript's types module. */
const OPENAPI_TYPESCRIPT_NAMES = ['paths', 'components', 'operations', 'webhooks', '$defs'];

/** Every reserved name. */
export function reservedNames(): string[] {
  return [...RUNTIME_EXPORTS.values, ...RUNTIME_EXPORTS.types, ...GENERATED_NAMES, ...OPENAPI_TYPESCRIPT_NAMES];
}

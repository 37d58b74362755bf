/**
 * Public surface of the client runtime. Generated clients import from here only; the generator
 * copies this folder verbatim into `generated/<api>/runtime/`, so it depends on nothing but Node ≥ 20
 * globals.
 */
export { ClientCore, DEFAULT_CLOCK_SKEW_SECONDS, DEFAULT_TIMEOUT_MS } from './client-core.js';
export type {
  ApiDefinition,
  SecuritySchemeDefinition,
  ServerDefinition,
  ServerVariableDefinition,
} from './definition.js';
export { resolveEnvironment, type ResolvedEnvironment } from './environment.js';
export {
  AbortError,
  ApiClientError,
  ApiError,
  AuthError,
  ConfigurationError,
  FailureEnvelopeError,
  NetworkError,
  RequestValidationError,
  ResponseValidationError,
  TimeoutError,
  type ApiErrorClass,
  type ApiErrorInit,
  type AuthErrorDetails,
  type RequestValidationIssue,
  type ResponseValidationReason,
} from './errors.js';
export { envVariables, optionsFromEnv, type EnvVariable } from './from-env.js';
export type {
  HttpMethod,
  OperationDescriptor,
  PaginationDescriptor,
  ParameterDescriptor,
  ParameterLocation,
  ResponseDescriptor,
  RetrySafety,
} from './operation.js';
export type {
  AfterResponseContext,
  BeforeRequestContext,
  ClientCredentials,
  ClientOptions,
  Credentials,
  DriftContext,
  Hooks,
  Logger,
  OAuthToken,
  OnToken,
  PasswordCredentials,
  RequestOptions,
  RetryContext,
  RetryOptions,
  StaticTokenCredentials,
  TokenProviderContext,
  TokenProviderCredentials,
  ValidationMode,
} from './options.js';
export { REDACTED, redactHeaders, redactUrl, redactValue } from './redact.js';
export { DEFAULT_RETRY } from './retry.js';
export {
  DEFAULT_MAX_ERRORS,
  SchemaValidationError,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from './validation.js';

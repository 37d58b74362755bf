/**
 * Hand-written API definitions and operation descriptors modelled on PayQuicker Jobs and ABConnect
 * JobPayment, for the runtime tests.
 */
import type { ApiDefinition, OperationDescriptor } from '../../../runtime/index.js';
import {
  validateApiErrorResult,
  validateCreateBody,
  validateJobTokenParameters,
  validateListParameters,
  validatePaymentJob,
  validateServiceBaseResponse,
} from './validators.js';

const errorResponses = {
  '400': { json: true, validate: validateApiErrorResult, schema: 'ApiErrorResult' },
  default: { json: true, validate: validateApiErrorResult, schema: 'ApiErrorResult' },
} as const;

const versionHeader = {
  name: 'X-MyPayQuicker-Version',
  key: 'xMyPayQuickerVersion',
  in: 'header',
  required: true,
  style: 'simple',
  explode: false,
} as const;

/** PayQuicker-like API definition; tests pass `baseUrl` pointing at the local server. */
export const PQ_API: ApiDefinition = {
  name: 'payquicker',
  title: 'PayQuicker API',
  version: '2026.02.01',
  envPrefix: 'PAYQUICKER',
  servers: [
    {
      environment: 'production',
      url: 'https://api.payquicker.io/api/v2',
      variables: {},
      tokenUrl: 'https://api.payquicker.io/api/v2/auth/connect/token',
      production: true,
    },
    {
      environment: 'sandbox',
      url: 'https://api.{sandboxInstance}.payquicker.io/api/v2',
      variables: { sandboxInstance: { default: 'sandbox', enum: ['sandbox', 'sbx1', 'sbx2', 'sbx11'] } },
      tokenUrl: 'https://api.{sandboxInstance}.payquicker.io/api/v2/auth/connect/token',
      production: false,
    },
    {
      environment: 'uat',
      url: 'https://api.{uatInstance}.payquicker.io/api/v2',
      variables: { uatInstance: { default: 'uat1', enum: ['uat1', 'uat2', 'uat5'] } },
      tokenUrl: 'https://api.{uatInstance}.payquicker.io/api/v2/auth/connect/token',
      production: false,
    },
    { environment: 'development', url: 'https://api.local.payquicker.io/api/v2', variables: {}, production: false },
  ],
  securitySchemes: {
    oauth2ClientCredentials: { type: 'oauth2-client-credentials', scopes: ['readonly', 'modify'] },
    oauth2ClientBasic: { type: 'http-basic' },
  },
  tokenPath: '/auth/connect/token',
  fixedHeaders: { 'X-MyPayQuicker-Version': '2026.02.01' },
};

export const listPaymentJobsOperation: OperationDescriptor = {
  operationId: 'listPaymentJobs',
  method: 'GET',
  path: '/payments/jobs',
  parameters: [
    { name: 'page', key: 'page', in: 'query', required: true, style: 'form', explode: true },
    { name: 'pageSize', key: 'pageSize', in: 'query', required: true, style: 'form', explode: true },
    { name: 'language', key: 'language', in: 'query', required: false, style: 'form', explode: true },
    versionHeader,
  ],
  validateParameters: validateListParameters,
  responses: { '200': { json: true }, ...errorResponses },
  security: [{ oauth2ClientCredentials: ['readonly'] }],
  pagination: {
    pageKey: 'page',
    pageSizeKey: 'pageSize',
    pageCountPointer: '/meta/pageCount',
    itemsPointer: '/payload',
  },
};

export const retrievePaymentJobOperation: OperationDescriptor = {
  operationId: 'retrievePaymentJob',
  method: 'GET',
  path: '/payments/jobs/{job-token}',
  parameters: [
    { name: 'job-token', key: 'jobToken', in: 'path', required: true, style: 'simple', explode: false },
    { name: 'language', key: 'language', in: 'query', required: false, style: 'form', explode: true },
    versionHeader,
  ],
  validateParameters: validateJobTokenParameters,
  responses: { '200': { json: true, validate: validatePaymentJob, schema: 'PaymentJobResult' }, ...errorResponses },
  security: [{ oauth2ClientCredentials: ['readonly'] }],
};

export const createPaymentJobOperation: OperationDescriptor = {
  operationId: 'createPaymentJob',
  method: 'POST',
  path: '/payments/jobs',
  parameters: [versionHeader],
  requestBody: { contentType: 'application/json', required: false, validate: validateCreateBody },
  responses: { '200': { json: true, validate: validatePaymentJob, schema: 'PaymentJobResult' }, ...errorResponses },
  security: [{ oauth2ClientCredentials: ['modify'] }],
  retrySafety: { items: '/items', property: 'clientPaymentId' },
};

export const cancelPaymentJobOperation: OperationDescriptor = {
  operationId: 'cancelPaymentJob',
  method: 'DELETE',
  path: '/payments/jobs/{job-token}',
  parameters: [
    { name: 'job-token', key: 'jobToken', in: 'path', required: true, style: 'simple', explode: false },
    versionHeader,
  ],
  responses: { '200': { json: true, validate: validatePaymentJob, schema: 'PaymentJobResult' }, ...errorResponses },
  security: [{ oauth2ClientCredentials: ['modify'] }],
};

/** A PayQuicker-like job token. */
export const JOB_TOKEN = 'jobs-5b1f1c0e-0000-4000-8000-000000000001';

/** `ApiErrorResult` body as the vendor documents it. */
export function apiErrorResult(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    severity: 'ERROR',
    error: 'INVALID_REQUEST',
    code: 400,
    message: 'bad',
    referenceId: 'ref-123',
    timestamp: '2026-02-07T23:17:57Z',
    ...overrides,
  };
}

/** The shape a generated error body type would have. */
export const AB_API: ApiDefinition = {
  name: 'abconnect',
  title: 'ABConnect portal API',
  version: 'v1',
  envPrefix: 'ABCONNECT',
  servers: [
    {
      environment: 'production',
      url: 'https://portal.abconnect.co/api',
      variables: {},
      tokenUrl: 'https://login.abconnect.co/connect/token',
      production: true,
    },
    {
      environment: 'staging',
      url: 'https://portal.staging.abconnect.co/api',
      variables: {},
      tokenUrl: 'https://login.staging.abconnect.co/connect/token',
      production: false,
    },
  ],
  securitySchemes: {
    identityPassword: { type: 'oauth2-password', scopes: ['offline_access'] },
    bearerAuth: { type: 'http-bearer' },
  },
  tokenPath: '/connect/token',
  fixedHeaders: {},
  failureEnvelope: { schema: 'ServiceBaseResponse', successProperty: 'success', messageProperty: 'errorMessage' },
};

const jobDisplayId = {
  name: 'jobDisplayId',
  key: 'jobDisplayId',
  in: 'path',
  required: true,
  style: 'simple',
  explode: false,
} as const;

export const addBankSourceOperation: OperationDescriptor = {
  operationId: 'addBankSource',
  method: 'POST',
  path: '/api/job/{jobDisplayId}/payment/banksource',
  parameters: [jobDisplayId],
  requestBody: { contentType: 'application/json', required: true },
  responses: { '200': { json: true, validate: validateServiceBaseResponse, schema: 'ServiceBaseResponse' } },
  security: [{ bearerAuth: [] }],
};

export const listPaymentSourcesOperation: OperationDescriptor = {
  operationId: 'listPaymentSources',
  method: 'GET',
  path: '/api/job/{jobDisplayId}/payment/sources',
  parameters: [jobDisplayId],
  responses: { '200': { json: true } },
  security: [{ bearerAuth: [] }],
};

/**
 * A small bundled OpenAPI 3.1 document for the diff tests: list, create, read and delete jobs, a
 * health check without security, OAuth 2 client credentials, two servers. Each test edits a copy.
 */
export type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test documents are edited freely

/** A fresh copy of the base document. */
export function baseDocument(): Doc {
  return structuredClone({
    openapi: '3.1.0',
    info: { title: 'Jobs', version: '1.0.0', description: 'Jobs API.' },
    servers: [{ url: 'https://api.example.com/v1' }, { url: 'https://sandbox.example.com/v1' }],
    security: [{ oauth: ['jobs:read'] }],
    components: {
      securitySchemes: {
        oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://api.example.com/token', scopes: { 'jobs:read': 'read', 'jobs:write': 'write' } } } },
      },
      parameters: { jobId: { name: 'jobId', in: 'path', required: true, schema: { type: 'string' } } },
      schemas: {
        Job: {
          type: 'object',
          description: 'A job.',
          required: ['id', 'status'],
          properties: {
            id: { type: 'string', maxLength: 36 },
            status: { type: 'string', enum: ['open', 'closed'] },
            amount: { type: 'number', example: 12.5 },
            note: { type: 'string' },
          },
        },
        JobInput: {
          type: 'object',
          required: ['amount'],
          properties: {
            amount: { type: 'number', maximum: 1000 },
            currency: { type: 'string', enum: ['USD', 'EUR'] },
            memo: { type: 'string' },
          },
        },
      },
    },
    paths: {
      '/jobs': {
        get: {
          operationId: 'listJobs',
          description: 'Lists jobs.',
          parameters: [
            { name: 'status', in: 'query', schema: { type: 'string', enum: ['open', 'closed'], maxLength: 10, pattern: '^[a-z]+$' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 100 } },
          ],
          responses: {
            '200': { description: 'The jobs.', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Job' } } } } },
          },
        },
        post: {
          operationId: 'createJob',
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/JobInput' } } } },
          responses: { '201': { description: 'Created.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Job' } } } } },
        },
      },
      '/jobs/{jobId}': {
        get: {
          operationId: 'getJob',
          parameters: [{ $ref: '#/components/parameters/jobId' }],
          responses: {
            '200': {
              description: 'The job.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Job' } }, 'text/csv': { schema: { type: 'string' } } },
            },
          },
        },
        delete: { operationId: 'deleteJob', parameters: [{ $ref: '#/components/parameters/jobId' }], responses: { '204': { description: 'Deleted.' } } },
      },
      '/health': { get: { operationId: 'health', security: [], responses: { '200': { description: 'Up.' } } } },
    },
  });
}

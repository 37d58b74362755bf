/**
 * Consumer code per feature fixture, type-checked with the fixture's generated output (as
 * `usage.ts` beside `index.gen.ts`): it uses the generated types as a user would, and each
 * `@ts-expect-error` proves a type is as narrow as the spec says (it fails when the error goes away).
 * Test helper.
 */
export const FIXTURE_USAGE: Readonly<Record<string, string>> = {
  responses: `
import type { CreateJobResult, Job, operations } from './index.gen.js';
type CreatedHeaders = operations['createJob']['responses'][201]['headers'];
export const location: CreatedHeaders['Location'] = 'https://api.shop.test/v1/jobs/j1';
export const remaining: CreatedHeaders['X-Rate-Limit-Remaining'] = undefined;
// @ts-expect-error a header documented as an integer is a number
export const wrongRemaining: CreatedHeaders['X-Rate-Limit-Remaining'] = 'ten';
export const requestId: operations['createJob']['responses'][200]['headers']['X-Request-Id'] = 'r1';
// Every documented 2xx body, and none for 204.
export const results: CreateJobResult[] = [{ id: 'j1' } satisfies Job, { queued: true }, undefined];
// @ts-expect-error the 4XX body is not a result
export const problem: CreateJobResult = { title: 'conflict' };
`,
  'component-refs': `
import type { operations, ReplaceOrderParams } from './index.gen.js';
export const params: ReplaceOrderParams = { orderId: 'ord_1', ifMatch: '"v1"', limit: 5, body: { id: 'ord_1', total: 3 } };
// @ts-expect-error the referenced path parameter is required
export const missing: ReplaceOrderParams = { body: { id: 'ord_1', total: 3 } };
// @ts-expect-error the referenced Limit schema is an integer
export const wrongLimit: ReplaceOrderParams = { orderId: 'ord_1', limit: 'many', body: { id: 'ord_1', total: 3 } };
export const etag: operations['replaceOrder']['responses'][200]['headers']['ETag'] = '"v2"';
`,
  'server-variables': `
import type { ServerVariablesClientOptions } from './index.gen.js';
export const options: ServerVariablesClientOptions = { environment: 'production', region: 'us', port: '8443', basePath: 'v3' };
// @ts-expect-error region is one of its enum values
export const wrongRegion: ServerVariablesClientOptions = { region: 'mars' };
// @ts-expect-error environments are the servers' names
export const wrongEnvironment: ServerVariablesClientOptions = { environment: 'staging' };
`,
  bodies: `
import type { PostFormParams, PostNoteParams, UploadParams } from './index.gen.js';
export const note: PostNoteParams = { body: 'hello' };
export const form: PostFormParams = { body: { name: 'a', tags: ['x'] } };
export const upload: UploadParams = { body: { file: 'contents', meta: { size: 1 } } };
// @ts-expect-error the multipart part file is required
export const noFile: UploadParams = { body: { caption: 'hi' } };
`,
  'callbacks-webhooks': `
import type { Event, webhooks } from './types.gen.js';
export const shipped: NonNullable<webhooks['orderShipped']['post']['requestBody']>['content']['application/json'] = { type: 'shipped' } satisfies Event;
`,
};

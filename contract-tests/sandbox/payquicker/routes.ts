/**
 * The PayQuicker API on the sandbox (spec/payquicker.yaml), mounted at `/payquicker/api/v2`: the
 * token endpoint and the four Jobs operations, plus this prefix's 404 and error answers in the
 * vendor's `ApiErrorResult` shape.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  validateCancelPaymentJobParameters,
  validateCreatePaymentJobParameters,
  validateListPaymentJobsParameters,
  validateRetrievePaymentJobParameters,
} from '../../../generated/payquicker/index.gen.js';
import type { SandboxContext } from '../context.js';
import { TokenStore } from '../token-store.js';
import { registerPayQuickerTokenEndpoint } from './auth.js';
import { createJob } from './create-job.js';
import { newRequestRef, sendApiError } from './errors.js';
import { guard, integerQuery } from './guard.js';
import { listJobs } from './list-jobs.js';
import { renderJobResult } from './job-view.js';
import { JobStore } from './state.js';

type Query = Readonly<Record<string, unknown>>;
type JobParams = { jobToken: string };

/** The 502 page of the `html-error-page` drift: what a proxy in front of the API might send. */
const BAD_GATEWAY_PAGE = '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><p>The upstream server did not answer.</p></body></html>\n';

function retrieve(ctx: SandboxContext, tokens: TokenStore, jobs: JobStore, request: FastifyRequest, reply: FastifyReply): FastifyReply | undefined {
  const { jobToken } = request.params as JobParams;
  const query = request.query as Query;
  const params = { 'job-token': jobToken, filter: query['filter'], language: query['language'] };
  if (!guard(ctx, tokens, request, reply, { scope: 'readonly', validate: validateRetrievePaymentJobParameters, params })) return undefined;
  if (ctx.options.drifts.has('html-error-page')) return reply.code(502).type('text/html; charset=utf-8').send(BAD_GATEWAY_PAGE);
  const job = jobs.get(jobToken);
  if (job === undefined) return sendApiError(reply, ctx, 404, 'NOT_FOUND', `parameter job-token: no payment job '${jobToken}'`);
  jobs.advance(job);
  return reply.send(renderJobResult(job, ctx.options.drifts, newRequestRef(ctx)));
}

function cancel(ctx: SandboxContext, tokens: TokenStore, jobs: JobStore, request: FastifyRequest, reply: FastifyReply): FastifyReply | undefined {
  const { jobToken } = request.params as JobParams;
  if (!guard(ctx, tokens, request, reply, { scope: 'modify', validate: validateCancelPaymentJobParameters, params: { 'job-token': jobToken } })) return undefined;
  if (typeof request.body === 'string' && request.body !== '') {
    return sendApiError(reply, ctx, 400, 'INVALID_REQUEST_BODY', 'request body (root): cancelPaymentJob takes no request body');
  }
  const job = jobs.get(jobToken);
  if (job === undefined) return sendApiError(reply, ctx, 404, 'NOT_FOUND', `parameter job-token: no payment job '${jobToken}'`);
  const outcome = jobs.cancel(job);
  if (outcome !== 'cancelled') {
    return sendApiError(reply, ctx, 400, 'JOB_NOT_CANCELLABLE', `parameter job-token: job ${jobToken} is ${outcome} and cannot be cancelled`);
  }
  return reply.send(renderJobResult(job, ctx.options.drifts, newRequestRef(ctx)));
}

/** Maps errors raised before a handler ran (body too large, bad Content-Length, …) to `ApiErrorResult`; never lets a client error become a 500. */
function onError(ctx: SandboxContext, error: FastifyError, reply: FastifyReply): FastifyReply {
  const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  if (status === 413) return sendApiError(reply, ctx, 413, 'PAYLOAD_TOO_LARGE', 'request body: larger than the 1 MiB limit');
  if (status === 415) return sendApiError(reply, ctx, 415, 'UNSUPPORTED_MEDIA_TYPE', error.message);
  if (status < 500) return sendApiError(reply, ctx, status, 'INVALID_REQUEST_BODY', error.message);
  return sendApiError(reply, ctx, 500, 'INTERNAL_SERVER_ERROR', 'An unexpected error occurred.');
}

/** Registers the PayQuicker routes on `app`, which the caller mounts at the PayQuicker prefix. */
export function registerPayQuickerRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const tokens = new TokenStore(ctx);
  const jobs = new JobStore(ctx);
  registerPayQuickerTokenEndpoint(app, ctx, tokens);
  app.get('/payments/jobs', { config: { operationId: 'listPaymentJobs' } }, (request, reply) => {
    const query = request.query as Query;
    const params = { page: integerQuery(query['page']), pageSize: integerQuery(query['pageSize']), filter: query['filter'], sort: query['sort'], language: query['language'] };
    if (!guard(ctx, tokens, request, reply, { scope: 'readonly', validate: validateListPaymentJobsParameters, params })) return reply;
    return listJobs(ctx, jobs, reply, params.page as number, params.pageSize as number);
  });
  app.post('/payments/jobs', { config: { operationId: 'createPaymentJob' } }, (request, reply) => {
    if (!guard(ctx, tokens, request, reply, { scope: 'modify', validate: validateCreatePaymentJobParameters, params: {} })) return reply;
    return createJob(ctx, jobs, request, reply);
  });
  app.get('/payments/jobs/:jobToken', { config: { operationId: 'retrievePaymentJob' } }, (request, reply) => retrieve(ctx, tokens, jobs, request, reply) ?? reply);
  app.delete('/payments/jobs/:jobToken', { config: { operationId: 'cancelPaymentJob' } }, (request, reply) => cancel(ctx, tokens, jobs, request, reply) ?? reply);
  app.setNotFoundHandler((request, reply) => sendApiError(reply, ctx, 404, 'NOT_FOUND', `no operation ${request.method} ${request.url}`));
  app.setErrorHandler((error: FastifyError, _request, reply) => onError(ctx, error, reply));
}

/**
 * `createPaymentJob` (`POST /payments/jobs`): reads and validates the body with the generated
 * validator (the vendor marks the body and every field optional, so no body, `{}` and an empty
 * `items` make a job without payments), then applies the sandbox's business rules: known source and destination tokens, at
 * most MAX_ITEMS_PER_JOB items, no clientPaymentId twice in one request, and deduplication against
 * earlier jobs (state.ts). Every refusal is an `ApiErrorResult` naming the field by JSON pointer.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { validateCreatePaymentJobRequestBody } from '../../../generated/payquicker/index.gen.js';
import type { SandboxContext } from '../context.js';
import { readJsonBody } from '../request-body.js';
import { describeIssues } from '../validation-message.js';
import { newRequestRef, sendApiError } from './errors.js';
import { renderJobResult } from './job-view.js';
import { KNOWN_DESTINATION_TOKENS, KNOWN_SOURCE_TOKENS } from './seed-data.js';
import { MAX_ITEMS_PER_JOB, type JobStore, type PaymentDraft } from './state.js';

/** JSON media types the Jobs API reads: `application/json` and any `+json` suffix type. */
export function isJsonMediaType(type: string): boolean {
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** The first business-rule violation among the items, as `[pointer, message]`, if any. */
function itemProblem(items: readonly PaymentDraft[]): [string, string] | undefined {
  if (items.length > MAX_ITEMS_PER_JOB) return ['/items', `at most ${MAX_ITEMS_PER_JOB} items per job, got ${items.length}`];
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    const source = item['sourceToken'];
    if (typeof source === 'string' && !KNOWN_SOURCE_TOKENS.has(source)) return [`/items/${index}/sourceToken`, `unknown source of funds '${source}'`];
    const destination = item['destinationToken'];
    if (typeof destination === 'string' && !KNOWN_DESTINATION_TOKENS.has(destination)) {
      return [`/items/${index}/destinationToken`, `unknown destination '${destination}'`];
    }
    const id = item['clientPaymentId'];
    if (typeof id === 'string') {
      if (seen.has(id)) return [`/items/${index}/clientPaymentId`, `'${id}' appears twice in this job`];
      seen.add(id);
    }
  }
  return undefined;
}

/** Handles one create request; the guard (auth, scope, parameters) has already passed. */
export function createJob(ctx: SandboxContext, jobs: JobStore, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const body = readJsonBody(request.body as string | undefined, request.headers['content-type'], isJsonMediaType);
  if (!body.ok) {
    const name = body.problem.status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'INVALID_REQUEST_BODY';
    return sendApiError(reply, ctx, body.problem.status, name, body.problem.message);
  }
  const value = body.value === undefined ? {} : body.value;
  const check = validateCreatePaymentJobRequestBody(value);
  if (!check.valid) return sendApiError(reply, ctx, 400, 'INVALID_REQUEST_BODY', describeIssues('request body', check.errors));
  const given = value as { notBefore?: string; items?: PaymentDraft[] };
  const job = { notBefore: given.notBefore, items: given.items ?? [] };
  const problem = itemProblem(job.items);
  if (problem !== undefined) return sendApiError(reply, ctx, 400, 'INVALID_REQUEST_BODY', `request body ${problem[0]}: ${problem[1]}`);
  const dedup = jobs.dedup(job.items);
  if (dedup.kind === 'conflict') {
    const message = `request body /items/${dedup.index}/clientPaymentId: already used by job ${dedup.jobToken}; resend that job's items unchanged to get it back`;
    return sendApiError(reply, ctx, 409, 'DUPLICATE_CLIENT_PAYMENT_ID', message);
  }
  const stored = dedup.kind === 'replay' ? dedup.job : jobs.create(job.notBefore, job.items);
  return reply.send(renderJobResult(stored, ctx.options.drifts, newRequestRef(ctx)));
}

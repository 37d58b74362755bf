/**
 * `listPaymentJobs` (`GET /payments/jobs`): one page of the jobs, oldest first, with the vendor's
 * `ListMetadata` (paging numbers as strings). `filter`, `sort` and `language` are validated but not
 * applied: the vendor documents no grammar for them. A page past the last is a 400, because the
 * spec's `payload` has `minItems: 1` and an empty page could not be a valid answer.
 */
import type { FastifyReply } from 'fastify';
import type { SandboxContext } from '../context.js';
import { newRequestRef, sendApiError } from './errors.js';
import { PAYQUICKER_PATH } from '../paths.js';
import { renderJob } from './job-view.js';
import type { JobStore } from './state.js';

/** Sends page `page` (1-based) of `pageSize` jobs; both already validated by the parameter validator. */
export function listJobs(ctx: SandboxContext, jobs: JobStore, reply: FastifyReply, page: number, pageSize: number): FastifyReply {
  const drifts = ctx.options.drifts;
  if (drifts.has('undocumented-status')) {
    return sendApiError(reply, ctx, 418, 'IM_A_TEAPOT', 'The sandbox was started with the undocumented-status drift.');
  }
  const all = jobs.all();
  const pageCount = Math.max(1, Math.ceil(all.length / pageSize));
  if (page > pageCount) return sendApiError(reply, ctx, 400, 'INVALID_PARAMETER', `parameter page: page ${page} is past the last page (${pageCount})`);
  const payload = all.slice((page - 1) * pageSize, page * pageSize).map((job) => renderJob(job, drifts));
  const meta: Record<string, string> = {
    pageNo: String(page),
    pageSize: String(pageSize),
    pageCount: String(pageCount),
    recordCount: String(all.length),
    timezone: 'GMT',
    requestRef: newRequestRef(ctx),
  };
  if (drifts.has('drop-required-field')) delete meta['recordCount'];
  return reply.send({ payload, meta, links: [{ href: `${PAYQUICKER_PATH}/payments/jobs?page=${page}&pageSize=${pageSize}`, params: { rel: 'self' } }] });
}

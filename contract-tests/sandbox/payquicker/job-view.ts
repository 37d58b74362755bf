/**
 * Renders stored jobs as the spec's response objects (`PaymentJobObject` in lists,
 * `PaymentJobResult` otherwise), and applies the job-object drifts of the catalogue (drift.ts).
 *
 * Links are path-absolute (`/payquicker/api/v2/payments/jobs/jobs-…`) rather than absolute URLs, so
 * that two sandboxes on different ports answer byte for byte the same.
 */
import type { DriftSet } from '../drift.js';
import { PAYQUICKER_PATH } from '../paths.js';
import type { JobStatus, StoredJob, StoredPayment } from './state.js';

/** A payment's `TransferStatuses` value for each job state. */
const PAYMENT_STATUS: Readonly<Record<JobStatus, string>> = {
  SUBMITTED: 'SCHEDULED',
  PROCESSING: 'PENDING',
  COMPLETED: 'COMPLETED',
  CANCELLED: 'CANCELLED',
};

function selfLink(path: string): { href: string; params: { rel: string } }[] {
  return [{ href: `${PAYQUICKER_PATH}${path}`, params: { rel: 'self' } }];
}

function renderPayment(job: StoredJob, payment: StoredPayment): Record<string, unknown> {
  const { token, receiptToken, ...fields } = payment;
  const portal = payment.destinationToken === undefined;
  return {
    token,
    ...(portal ? { portalId: job.portalId } : {}),
    ...fields,
    status: PAYMENT_STATUS[job.status],
    ...(job.status === 'COMPLETED' ? { receiptToken } : {}),
    links: selfLink(`/payments/${payment.token}`),
  };
}

/** The job-object drifts, applied in place of the clean values and in the clean key order. */
function drifted(job: Record<string, unknown>, drifts: DriftSet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(job)) {
    if (key === 'portalId' && drifts.has('rename-field')) out['portalRef'] = value;
    else if (key === 'status' && drifts.has('new-enum-value')) out[key] = 'ON_HOLD';
    else if (key === 'count' && drifts.has('type-change')) out[key] = String(value);
    else out[key] = value;
  }
  if (drifts.has('add-undocumented-field')) out['riskLevel'] = 'LOW';
  return out;
}

/** A `PaymentJobObject` (the list's payload item). */
export function renderJob(job: StoredJob, drifts: DriftSet): Record<string, unknown> {
  return drifted(
    {
      token: job.token,
      portalId: job.portalId,
      created: job.created,
      ...(job.notBefore === undefined ? {} : { notBefore: job.notBefore }),
      count: job.items.length,
      type: 'PAYMENTS',
      status: job.status,
      items: job.items.map((payment) => renderPayment(job, payment)),
      links: selfLink(`/payments/jobs/${job.token}`),
    },
    drifts,
  );
}

/** A `PaymentJobResult`: the job plus `meta` (`MetadataItems`). */
export function renderJobResult(job: StoredJob, drifts: DriftSet, requestRef: string): Record<string, unknown> {
  return { ...renderJob(job, drifts), meta: { timezone: 'GMT', requestRef } };
}

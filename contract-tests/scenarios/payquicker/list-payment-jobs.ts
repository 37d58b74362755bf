/** Scenarios of `listPaymentJobs` (`GET /payments/jobs`). */
import type { Scenario } from '../../core/types.js';
import { expectHttpError } from '../expect-error.js';

/** Lists the first page of jobs. */
export const listPaymentJobs: Scenario<'payquicker'> = {
  api: 'payquicker',
  name: 'list-payment-jobs',
  description: 'List the first page of payment jobs (20 per page).',
  kind: 'happy',
  operations: ['requestToken', 'listPaymentJobs'],
  mutates: false,
  async run(client) {
    await client.jobs.listPaymentJobs({ page: 1, pageSize: 20 });
  },
};

/** A page size over the documented maximum of 50 is a 400 `ApiErrorResult`. */
export const listPaymentJobsPageSizeTooLarge: Scenario<'payquicker'> = {
  api: 'payquicker',
  name: 'list-payment-jobs-page-size-too-large',
  description: 'List with pageSize 51, over the documented maximum: 400 ApiErrorResult.',
  kind: 'error',
  operations: ['requestToken', 'listPaymentJobs'],
  mutates: false,
  breaksSpec: true,
  async run(client) {
    await expectHttpError(client.jobs.listPaymentJobs({ page: 1, pageSize: 51 }), 400);
  },
};

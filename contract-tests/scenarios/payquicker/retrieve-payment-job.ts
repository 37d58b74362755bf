/** Scenarios of `retrievePaymentJob` (`GET /payments/jobs/{job-token}`). */
import type { Scenario } from '../../core/types.js';
import { expectHttpError } from '../expect-error.js';
import { UNKNOWN_JOB_TOKEN } from './known-data.js';

/** Retrieves a completed job (fixture `completedJobToken`; the spec examples' job on the sandbox). */
export const retrievePaymentJob: Scenario<'payquicker'> = {
  api: 'payquicker',
  name: 'retrieve-payment-job',
  description: "Retrieve the spec examples' completed job by its token.",
  kind: 'happy',
  operations: ['requestToken', 'retrievePaymentJob'],
  mutates: false,
  async run(client, context) {
    await client.jobs.retrievePaymentJob({ jobToken: context.text('completedJobToken') });
  },
};

/** An unknown job token answers 404 with the `default` response's `ApiErrorResult`. */
export const retrievePaymentJobNotFound: Scenario<'payquicker'> = {
  api: 'payquicker',
  name: 'retrieve-payment-job-not-found',
  description: 'Retrieve a job token no job has: 404 ApiErrorResult (the default response).',
  kind: 'error',
  operations: ['requestToken', 'retrievePaymentJob'],
  mutates: false,
  async run(client) {
    await expectHttpError(client.jobs.retrievePaymentJob({ jobToken: UNKNOWN_JOB_TOKEN }), 404, { error: 'NOT_FOUND' });
  },
};

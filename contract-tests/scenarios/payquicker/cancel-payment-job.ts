/** Scenarios of `cancelPaymentJob` (`DELETE /payments/jobs/{job-token}`). */
import type { CreatePaymentJobParams } from '../../../generated/payquicker/index.gen.js';
import type { Scenario } from '../../core/types.js';
import { expectHttpError } from '../expect-error.js';
import { requestExample } from '../spec-examples.js';
import { COMPLETED_JOB_TOKEN } from './known-data.js';

/** Creates a job from the spec's portal job example, then cancels it while it is still submitted. */
export const cancelPaymentJob: Scenario<'payquicker'> = {
  api: 'payquicker',
  name: 'cancel-payment-job',
  description: "Submit the spec's portalJob example, then cancel the new job.",
  kind: 'happy',
  operations: ['requestToken', 'createPaymentJob', 'cancelPaymentJob'],
  mutates: true,
  async run(client) {
    const body = requestExample<NonNullable<CreatePaymentJobParams['body']>>('payquicker', 'createPaymentJob', 'portalJob');
    const created = await client.jobs.createPaymentJob({ body });
    if (typeof created.token !== 'string') throw new Error('createPaymentJob answered a job without a token');
    await client.jobs.cancelPaymentJob({ jobToken: created.token });
  },
};

/** A completed job cannot be cancelled: 400 `ApiErrorResult` `JOB_NOT_CANCELLABLE`. */
export const cancelPaymentJobCompleted: Scenario<'payquicker'> = {
  api: 'payquicker',
  name: 'cancel-payment-job-completed',
  description: "Cancel the spec examples' completed job: 400 JOB_NOT_CANCELLABLE.",
  kind: 'error',
  operations: ['requestToken', 'cancelPaymentJob'],
  mutates: true,
  async run(client) {
    await expectHttpError(client.jobs.cancelPaymentJob({ jobToken: COMPLETED_JOB_TOKEN }), 400, { error: 'JOB_NOT_CANCELLABLE' });
  },
};

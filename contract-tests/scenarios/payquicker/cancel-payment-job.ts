/** Scenarios of `cancelPaymentJob` (`DELETE /payments/jobs/{job-token}`). */
import type { Scenario } from '../../core/types.js';
import { expectHttpError } from '../expect-error.js';
import { portalJobBody } from './job-bodies.js';

/** Creates a job from the spec's portal job example (the target's funding account, a fresh clientPaymentId off the sandbox), then cancels it while it is still submitted. */
export const cancelPaymentJob: Scenario<'payquicker'> = {
  api: 'payquicker',
  name: 'cancel-payment-job',
  description: "Submit the spec's portalJob example, then cancel the new job.",
  kind: 'happy',
  operations: ['requestToken', 'createPaymentJob', 'cancelPaymentJob'],
  mutates: true,
  async run(client, context) {
    const created = await client.jobs.createPaymentJob({ body: portalJobBody(context) });
    if (typeof created.token !== 'string') throw new Error('createPaymentJob answered a job without a token');
    await client.jobs.cancelPaymentJob({ jobToken: created.token });
  },
};

/** A completed job (fixture `completedJobToken`) cannot be cancelled: 400 `ApiErrorResult` `JOB_NOT_CANCELLABLE`. */
export const cancelPaymentJobCompleted: Scenario<'payquicker'> = {
  api: 'payquicker',
  name: 'cancel-payment-job-completed',
  description: "Cancel the spec examples' completed job: 400 JOB_NOT_CANCELLABLE.",
  kind: 'error',
  operations: ['requestToken', 'cancelPaymentJob'],
  mutates: true,
  async run(client, context) {
    await expectHttpError(client.jobs.cancelPaymentJob({ jobToken: context.text('completedJobToken') }), 400, { error: 'JOB_NOT_CANCELLABLE' });
  },
};

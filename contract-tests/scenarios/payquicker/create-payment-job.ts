/** Scenarios of `createPaymentJob` (`POST /payments/jobs`). */
import type { Scenario } from '../../core/types.js';
import { expectHttpError } from '../expect-error.js';
import { gatewayJobBody, portalJobBody, type JobBody } from './job-bodies.js';

/**
 * Submits the spec's portal job example, which creates a new job. Off the embedded sandbox its
 * clientPaymentId is fresh per run and the job is cancelled afterwards.
 */
export const createPaymentJob: Scenario<'payquicker'> = {
  api: 'payquicker',
  name: 'create-payment-job',
  description: "Submit the spec's portalJob example (one payment to a portal user).",
  kind: 'happy',
  operations: ['requestToken', 'createPaymentJob'],
  mutates: true,
  async run(client, context) {
    const created = await client.jobs.createPaymentJob({ body: portalJobBody(context) });
    const token = created.token;
    if (typeof token === 'string') context.afterwards(() => client.jobs.cancelPaymentJob({ jobToken: token }).then(() => undefined));
  },
};

/** A job without items: every field of the create body is optional (models/gateway-payment-job.md), so it is accepted. */
export const createPaymentJobWithoutItems: Scenario<'payquicker'> = {
  api: 'payquicker',
  name: 'create-payment-job-without-items',
  description: 'Submit a job with an empty items list, which the vendor documents as optional: accepted, pays nobody.',
  kind: 'happy',
  operations: ['requestToken', 'createPaymentJob'],
  mutates: true,
  async run(client) {
    await client.jobs.createPaymentJob({ body: { items: [] } });
  },
};

/** The same clientPaymentId twice in one job is a 400 `ApiErrorResult`. */
export const createPaymentJobDuplicateClientPaymentId: Scenario<'payquicker'> = {
  api: 'payquicker',
  name: 'create-payment-job-duplicate-client-payment-id',
  description: "Submit the gatewayJob example with its item twice (same clientPaymentId): 400 ApiErrorResult.",
  kind: 'error',
  operations: ['requestToken', 'createPaymentJob'],
  mutates: true,
  async run(client, context) {
    const body = gatewayJobBody(context);
    const item = body.items?.[0];
    if (item === undefined) throw new Error('spec example gatewayJob has no items');
    await expectHttpError(client.jobs.createPaymentJob({ body: { ...body, items: [item, { ...item, amount: 2.04 }] } as JobBody }), 400);
  },
};

/** Every PayQuicker scenario: a happy path and an error case per operation of spec/payquicker.yaml. */
import type { Scenario } from '../../core/types.js';
import { cancelPaymentJob, cancelPaymentJobCompleted } from './cancel-payment-job.js';
import { createPaymentJob, createPaymentJobDuplicateClientPaymentId, createPaymentJobWithoutItems } from './create-payment-job.js';
import { listPaymentJobs, listPaymentJobsPageSizeTooLarge } from './list-payment-jobs.js';
import { requestToken, requestTokenUnsupportedGrant } from './request-token.js';
import { retrievePaymentJob, retrievePaymentJobNotFound } from './retrieve-payment-job.js';

export const PAYQUICKER_SCENARIOS: readonly Scenario<'payquicker'>[] = [
  requestToken,
  requestTokenUnsupportedGrant,
  listPaymentJobs,
  listPaymentJobsPageSizeTooLarge,
  createPaymentJob,
  createPaymentJobWithoutItems,
  createPaymentJobDuplicateClientPaymentId,
  retrievePaymentJob,
  retrievePaymentJobNotFound,
  cancelPaymentJob,
  cancelPaymentJobCompleted,
];

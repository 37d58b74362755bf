/** ACH set-up scenarios: `createAchPaymentSession` and `createAchCreditTransfer` (no request body). */
import { happy, refused } from './define.js';
import { UNKNOWN_JOB } from './known-data.js';

export const createAchPaymentSession = happy(
  { name: 'create-ach-payment-session', description: 'Open an ACH payment session for an unpaid job.', operationId: 'createAchPaymentSession', mutates: true },
  (client, context) => client.jobPayment.createAchPaymentSession({ jobDisplayId: context.text('freshJob') }),
);

export const createAchPaymentSessionUnknownJob = refused(
  { name: 'create-ach-payment-session-unknown-job', description: 'Open an ACH payment session for a job that does not exist: 400.', operationId: 'createAchPaymentSession', mutates: true },
  (client) => client.jobPayment.createAchPaymentSession({ jobDisplayId: UNKNOWN_JOB }),
);

export const createAchCreditTransfer = happy(
  { name: 'create-ach-credit-transfer', description: 'Request an ACH credit transfer for an unpaid job.', operationId: 'createAchCreditTransfer', mutates: true },
  (client, context) => client.jobPayment.createAchCreditTransfer({ jobDisplayId: context.text('freshJob') }),
);

export const createAchCreditTransferUnknownJob = refused(
  { name: 'create-ach-credit-transfer-unknown-job', description: 'Request an ACH credit transfer for a job that does not exist: 400.', operationId: 'createAchCreditTransfer', mutates: true },
  (client) => client.jobPayment.createAchCreditTransfer({ jobDisplayId: UNKNOWN_JOB }),
);

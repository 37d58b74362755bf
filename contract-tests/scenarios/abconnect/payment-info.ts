/** Read-only JobPayment scenarios: `getPaymentCreate`, `getPayment`, `listPaymentSources`. */
import { happy, refused } from './define.js';
import { UNKNOWN_JOB } from './known-data.js';

export const getPaymentCreate = happy(
  { name: 'get-payment-create', description: 'Payment creation data of the example job.', operationId: 'getPaymentCreate', mutates: false },
  (client, context) => client.jobPayment.getPaymentCreate({ jobDisplayId: context.text('exampleJob') }),
);

export const getPaymentCreateUnknownJob = refused(
  { name: 'get-payment-create-unknown-job', description: 'Payment creation data of a job that does not exist: 400.', operationId: 'getPaymentCreate', mutates: false },
  (client) => client.jobPayment.getPaymentCreate({ jobDisplayId: UNKNOWN_JOB }),
);

export const getPayment = happy(
  { name: 'get-payment', description: 'Payment of the example job.', operationId: 'getPayment', mutates: false },
  (client, context) => client.jobPayment.getPayment({ jobDisplayId: context.text('exampleJob') }),
);

export const getPaymentUnknownJob = refused(
  { name: 'get-payment-unknown-job', description: 'Payment of a job that does not exist: 400.', operationId: 'getPayment', mutates: false },
  (client) => client.jobPayment.getPayment({ jobDisplayId: UNKNOWN_JOB }),
);

export const listPaymentSources = happy(
  { name: 'list-payment-sources', description: 'Saved sources of the example job (1187 and 1203).', operationId: 'listPaymentSources', mutates: false },
  (client, context) => client.jobPayment.listPaymentSources({ jobDisplayId: context.text('exampleJob') }),
);

export const listPaymentSourcesUnknownJob = refused(
  { name: 'list-payment-sources-unknown-job', description: 'Saved sources of a job that does not exist: 400.', operationId: 'listPaymentSources', mutates: false },
  (client) => client.jobPayment.listPaymentSources({ jobDisplayId: UNKNOWN_JOB }),
);

/**
 * Bank account scenarios: `attachCustomerBank`, `verifyJobAchSource` (micro-deposits) and
 * `cancelJobAchVerification`, with the spec's request examples as bodies.
 */
import type { AttachCustomerBankParams, VerifyJobAchSourceParams } from '../../../generated/abconnect/index.gen.js';
import type { ScenarioContext } from '../../core/fixtures.js';
import { requestExample } from '../spec-examples.js';
import { happy, refused } from './define.js';
import { UNKNOWN_JOB } from './known-data.js';

const attachBody = (): NonNullable<AttachCustomerBankParams['body']> => requestExample('abconnect', 'attachCustomerBank', 'residentialCustomer');
/** The spec's `twoDeposits` example with the amounts sent on this target (fixture `microDeposits`; the sandbox sends the example's). */
const verifyBody = (context: ScenarioContext): NonNullable<VerifyJobAchSourceParams['body']> => ({
  ...requestExample<NonNullable<VerifyJobAchSourceParams['body']>>('abconnect', 'verifyJobAchSource', 'twoDeposits'),
  values: context.numbers('microDeposits'),
});

export const attachCustomerBank = happy(
  { name: 'attach-customer-bank', description: "Attach the spec's example bank token and customer to an unpaid job.", operationId: 'attachCustomerBank', mutates: true },
  (client, context) => client.jobPayment.attachCustomerBank({ jobDisplayId: context.text('freshJob'), body: attachBody() }),
);

export const attachCustomerBankUnknownJob = refused(
  { name: 'attach-customer-bank-unknown-job', description: "Attach the spec's example bank to a job that does not exist: 400.", operationId: 'attachCustomerBank', mutates: true },
  (client) => client.jobPayment.attachCustomerBank({ jobDisplayId: UNKNOWN_JOB, body: attachBody() }),
);

export const verifyJobAchSource = happy(
  { name: 'verify-job-ach-source', description: "Verify the example job's bank account with its micro-deposits (fixture microDeposits; [32, 45] on the sandbox).", operationId: 'verifyJobAchSource', mutates: true },
  (client, context) => client.jobPayment.verifyJobAchSource({ jobDisplayId: context.text('exampleJob'), body: verifyBody(context) }),
);

export const verifyJobAchSourceWrongAmounts = refused(
  { name: 'verify-job-ach-source-wrong-amounts', description: 'Verify the example job with amounts that were not deposited: 400.', operationId: 'verifyJobAchSource', mutates: true },
  (client, context) => client.jobPayment.verifyJobAchSource({ jobDisplayId: context.text('exampleJob'), body: { values: [1, 2] } }),
);

export const cancelJobAchVerification = happy(
  { name: 'cancel-job-ach-verification', description: "Cancel the example job's pending micro-deposit verification.", operationId: 'cancelJobAchVerification', mutates: true },
  (client, context) => client.jobPayment.cancelJobAchVerification({ jobDisplayId: context.text('exampleJob') }),
);

export const cancelJobAchVerificationNothingPending = refused(
  { name: 'cancel-job-ach-verification-nothing-pending', description: 'Cancel verification on a job with no bank account awaiting it: 400.', operationId: 'cancelJobAchVerification', mutates: true },
  (client, context) => client.jobPayment.cancelJobAchVerification({ jobDisplayId: context.text('freshJob') }),
);

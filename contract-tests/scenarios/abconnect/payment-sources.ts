/** Saved-source scenarios: `addBankSource` and `payBySource`, with the spec's request examples as bodies. */
import type { AddBankSourceParams } from '../../../generated/abconnect/index.gen.js';
import { requestExample } from '../spec-examples.js';
import { happy, refused } from './define.js';
import { UNKNOWN_JOB, UNKNOWN_SOURCE_ID } from './known-data.js';

const bankSource = (): NonNullable<AddBankSourceParams['body']> => requestExample('abconnect', 'addBankSource', 'checkingAccount');

export const addBankSource = happy(
  { name: 'add-bank-source', description: "Save the spec's example checking account as a source of the example job.", operationId: 'addBankSource', mutates: true },
  (client, context) => client.jobPayment.addBankSource({ jobDisplayId: context.text('exampleJob'), body: bankSource() }),
);

export const addBankSourceUnknownJob = refused(
  { name: 'add-bank-source-unknown-job', description: "Save the spec's example account for a job that does not exist: 400.", operationId: 'addBankSource', mutates: true },
  (client) => client.jobPayment.addBankSource({ jobDisplayId: UNKNOWN_JOB, body: bankSource() }),
);

export const payBySource = happy(
  { name: 'pay-by-source', description: "Pay the example job from a saved source (fixture savedSourceId; 1187, the spec's example, on the sandbox).", operationId: 'payBySource', mutates: true },
  (client, context) => client.jobPayment.payBySource({ jobDisplayId: context.text('exampleJob'), body: context.number('savedSourceId') }),
);

export const payBySourceUnknownSource = refused(
  { name: 'pay-by-source-unknown-source', description: 'Pay the example job from a source id that is not saved: 400.', operationId: 'payBySource', mutates: true },
  (client, context) => client.jobPayment.payBySource({ jobDisplayId: context.text('exampleJob'), body: UNKNOWN_SOURCE_ID }),
);

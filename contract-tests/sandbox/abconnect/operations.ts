/**
 * The ten JobPayment operations of spec/abconnect.yaml as data: method, path under
 * `/api/job/{jobDisplayId}`, the generated validators of their parameters and request body, and
 * what each does to the job's payment state (state.ts). routes.ts turns the table into routes.
 */
import {
  validateAddBankSourceParameters,
  validateAddBankSourceRequestBody,
  validateAttachCustomerBankParameters,
  validateAttachCustomerBankRequestBody,
  validateCancelJobAchVerificationParameters,
  validateCreateAchCreditTransferParameters,
  validateCreateAchPaymentSessionParameters,
  validateGetPaymentCreateParameters,
  validateGetPaymentParameters,
  validateListPaymentSourcesParameters,
  validatePayBySourceParameters,
  validatePayBySourceRequestBody,
  validateVerifyJobAchSourceParameters,
  validateVerifyJobAchSourceRequestBody,
} from '../../../generated/abconnect/index.gen.js';
import type { ValidationOutcome } from '../validation-message.js';
import type { Outcome, PaymentJob, PaymentStore, Source } from './state.js';

type Validator = (value: unknown) => ValidationOutcome;

/** What an operation's action gets: the store, the job, the validated body and the query. */
export interface ActionInput {
  readonly store: PaymentStore;
  readonly job: PaymentJob;
  readonly body: unknown;
  readonly query: Readonly<Record<string, unknown>>;
}

/** One JobPayment operation. `reads` answer data (200); the others a `ServiceBaseResponse` built from their Outcome. */
export type JobPaymentOperation = {
  readonly operationId: string;
  readonly method: 'GET' | 'POST';
  /** Path after `/api/job/:jobDisplayId`. */
  readonly path: string;
  readonly validateParameters: Validator;
  /** Query parameters by wire name, read for the parameter validator. */
  readonly query?: readonly string[];
  /** The request body validator; absent when the operation takes no body. */
  readonly validateBody?: Validator;
} & ({ readonly kind: 'read'; readonly read: (input: ActionInput) => unknown } | { readonly kind: 'act'; readonly act: (input: ActionInput) => Outcome });

function nullableText(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function sourceDetails(body: unknown): Omit<Source, 'id'> {
  const b = (body ?? {}) as Record<string, unknown>;
  return { friendlyName: nullableText(b['friendlyName']), bankName: nullableText(b['bankName']), accountNumber: nullableText(b['accountNumber']), bankId: nullableText(b['bankId']) };
}

/** The payment summary `getPayment` answers (the vendor documents no shape; the spec allows any object). */
function paymentSummary({ job, query }: ActionInput): Record<string, unknown> {
  return {
    jobDisplayId: job.displayId,
    jobSubKey: nullableText(query['jobSubKey']),
    paymentStatus: job.paidWithSourceId === undefined ? 'Unpaid' : 'Paid',
    paidWithSourceId: job.paidWithSourceId ?? null,
    achPaymentSessionOpen: job.achSessionOpen,
    achCreditTransferRequested: job.creditTransferRequested,
    bankVerification: job.verification?.status ?? 'none',
  };
}

/** Every JobPayment operation, in the spec's order. */
export const JOB_PAYMENT_OPERATIONS: readonly JobPaymentOperation[] = [
  {
    operationId: 'getPaymentCreate', method: 'GET', path: '/payment/create', validateParameters: validateGetPaymentCreateParameters, kind: 'read',
    read: ({ job }) => ({ jobDisplayId: job.displayId, paymentMethods: ['ACH', 'ACHCreditTransfer', 'BankSource'], savedSourceCount: job.sources.length }),
  },
  { operationId: 'createAchPaymentSession', method: 'POST', path: '/payment/ACHPaymentSession', validateParameters: validateCreateAchPaymentSessionParameters, kind: 'act', act: ({ store, job }) => store.openAchSession(job) },
  { operationId: 'createAchCreditTransfer', method: 'POST', path: '/payment/ACHCreditTransfer', validateParameters: validateCreateAchCreditTransferParameters, kind: 'act', act: ({ store, job }) => store.requestCreditTransfer(job) },
  { operationId: 'getPayment', method: 'GET', path: '/payment', validateParameters: validateGetPaymentParameters, query: ['jobSubKey'], kind: 'read', read: paymentSummary },
  {
    operationId: 'attachCustomerBank', method: 'POST', path: '/payment/attachCustomerBank', validateParameters: validateAttachCustomerBankParameters, validateBody: validateAttachCustomerBankRequestBody, kind: 'act',
    act: ({ store, job, body }) => {
      const token = (body as Record<string, unknown> | undefined)?.['bankTokenId'];
      return typeof token === 'string' && token !== '' ? store.attachBank(job, token) : 'request body /bankTokenId: a bank token is required';
    },
  },
  {
    operationId: 'verifyJobAchSource', method: 'POST', path: '/payment/verifyJobACHSource', validateParameters: validateVerifyJobAchSourceParameters, validateBody: validateVerifyJobAchSourceRequestBody, kind: 'act',
    act: ({ store, job, body }) => store.verify(job, (body as { values?: unknown[] | null } | undefined)?.values),
  },
  { operationId: 'cancelJobAchVerification', method: 'POST', path: '/payment/cancelJobACHVerification', validateParameters: validateCancelJobAchVerificationParameters, kind: 'act', act: ({ store, job }) => store.cancelVerification(job) },
  { operationId: 'listPaymentSources', method: 'GET', path: '/payment/sources', validateParameters: validateListPaymentSourcesParameters, kind: 'read', read: ({ job }) => job.sources },
  { operationId: 'payBySource', method: 'POST', path: '/payment/bysource', validateParameters: validatePayBySourceParameters, validateBody: validatePayBySourceRequestBody, kind: 'act', act: ({ store, job, body }) => (typeof body === 'number' ? store.payBySource(job, body) : 'request body (root): the id of a saved payment source is required') },
  { operationId: 'addBankSource', method: 'POST', path: '/payment/banksource', validateParameters: validateAddBankSourceParameters, validateBody: validateAddBankSourceRequestBody, kind: 'act', act: ({ store, job, body }) => store.addBankSource(job, sourceDetails(body)) },
];

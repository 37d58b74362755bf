/** Every ABConnect scenario: a happy path and an error case per JobPayment operation of spec/abconnect.yaml. */
import type { Scenario } from '../../core/types.js';
import { createAchCreditTransfer, createAchCreditTransferUnknownJob, createAchPaymentSession, createAchPaymentSessionUnknownJob } from './ach.js';
import {
  attachCustomerBank,
  attachCustomerBankUnknownJob,
  cancelJobAchVerification,
  cancelJobAchVerificationNothingPending,
  verifyJobAchSource,
  verifyJobAchSourceWrongAmounts,
} from './bank-verification.js';
import { getPayment, getPaymentCreate, getPaymentCreateUnknownJob, getPaymentUnknownJob, listPaymentSources, listPaymentSourcesUnknownJob } from './payment-info.js';
import { addBankSource, addBankSourceUnknownJob, payBySource, payBySourceUnknownSource } from './payment-sources.js';

export const ABCONNECT_SCENARIOS: readonly Scenario<'abconnect'>[] = [
  getPaymentCreate,
  getPaymentCreateUnknownJob,
  createAchPaymentSession,
  createAchPaymentSessionUnknownJob,
  createAchCreditTransfer,
  createAchCreditTransferUnknownJob,
  getPayment,
  getPaymentUnknownJob,
  attachCustomerBank,
  attachCustomerBankUnknownJob,
  verifyJobAchSource,
  verifyJobAchSourceWrongAmounts,
  cancelJobAchVerification,
  cancelJobAchVerificationNothingPending,
  listPaymentSources,
  listPaymentSourcesUnknownJob,
  payBySource,
  payBySourceUnknownSource,
  addBankSource,
  addBankSourceUnknownJob,
];

/**
 * The sandbox through the generated clients, as a user's integration test would drive it: every
 * operation's happy path with strict response validation, and each documented error surfacing as
 * the runtime's error with the vendor's body, itself checked with the generated validators.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbConnectClient, validateServiceBaseResponse } from '../../../generated/abconnect/index.gen.js';
import {
  PayQuickerClient,
  type GatewayPaymentJob,
  validateApiErrorResult,
  validateCancelPaymentJobResponse200,
  validateCreatePaymentJobResponse200,
  validateListPaymentJobsResponse200,
  validateRetrievePaymentJobResponse200,
} from '../../../generated/payquicker/index.gen.js';
import { startSandbox, type Sandbox } from '../index.js';

const DEST = 'dest-631b200f-665d-4dbe-bd01-3063c9dec97d';
const SOURCE = 'acct-3908ab5a-6ce1-474d-8b80-a63a7b147860';

/** A gateway job of one item; every field is spelled out because the generated type requires the defaulted ones too. */
function gatewayJob(clientPaymentId: string, amount: number): GatewayPaymentJob {
  return { items: [{ destinationToken: DEST, sourceToken: SOURCE, amount, currency: 'USD', clientPaymentId }] };
}
const QUIET = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

describe('generated clients against the sandbox', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 21 });
  });
  afterAll(() => sandbox.close());

  function payquicker(scopes: string[] = ['readonly', 'modify'], clientSecret = 'sandbox-secret'): PayQuickerClient {
    return new PayQuickerClient({
      baseUrl: sandbox.payquickerUrl,
      credentials: { clientId: 'sandbox-client', clientSecret, scopes },
      validation: 'strict',
      retry: false,
      logger: QUIET,
    });
  }

  function abconnect(password = 'sandbox-password'): AbConnectClient {
    return new AbConnectClient({
      baseUrl: sandbox.abconnectUrl,
      credentials: { username: 'sandbox-user', password, clientId: 'sandbox-client', clientSecret: 'sandbox-secret' },
      validation: 'strict',
      retry: false,
      logger: QUIET,
    });
  }

  it('PayQuicker: create, list, retrieve and cancel a job', async () => {
    const client = payquicker();
    const created = await client.jobs.createPaymentJob({ body: gatewayJob('client-1', 9.99) });
    expect(validateCreatePaymentJobResponse200(created)).toEqual({ valid: true });
    expect(created.status).toBe('SUBMITTED');
    const jobToken = created.token as string;
    const list = await client.jobs.listPaymentJobs({ page: 1, pageSize: 50 });
    expect(validateListPaymentJobsResponse200(list)).toEqual({ valid: true });
    expect(list.payload.map((job) => job.token)).toContain(jobToken);
    const retrieved = await client.jobs.retrievePaymentJob({ jobToken });
    expect(validateRetrievePaymentJobResponse200(retrieved)).toEqual({ valid: true });
    expect(retrieved.status).toBe('PROCESSING');
    const cancelled = await client.jobs.cancelPaymentJob({ jobToken });
    expect(validateCancelPaymentJobResponse200(cancelled)).toEqual({ valid: true });
    expect(cancelled.status).toBe('CANCELLED');
  });

  it('PayQuicker: documented errors reach the caller with ApiErrorResult bodies', async () => {
    const client = payquicker();
    const cancelCompleted = client.jobs.cancelPaymentJob({ jobToken: 'jobs-2bbfc967-d12e-4647-a887-d905172fb4bc' });
    await expect(cancelCompleted).rejects.toMatchObject({ status: 400, body: { error: 'JOB_NOT_CANCELLABLE' } });
    const badPage = await client.jobs.listPaymentJobs({ page: 1, pageSize: 51 }, { validation: 'off' }).catch((error: unknown) => error);
    expect(badPage).toMatchObject({ status: 400 });
    expect(validateApiErrorResult((badPage as { body: unknown }).body)).toEqual({ valid: true });
    const unknown = client.jobs.retrievePaymentJob({ jobToken: 'jobs-00000000-0000-4000-8000-000000000000' });
    await expect(unknown).rejects.toMatchObject({ status: 404, body: { error: 'NOT_FOUND' } });
  });

  it('PayQuicker: scope and client credential errors', async () => {
    const readonly = payquicker(['readonly']);
    await expect(readonly.jobs.createPaymentJob({ body: gatewayJob('client-2', 1) })).rejects.toMatchObject({ status: 403 });
    await expect(payquicker(['readonly'], 'wrong').jobs.listPaymentJobs({ page: 1, pageSize: 1 })).rejects.toMatchObject({ status: 401, error: 'invalid_client' });
    await expect(payquicker(['admin']).jobs.listPaymentJobs({ page: 1, pageSize: 1 })).rejects.toMatchObject({ status: 400, error: 'invalid_scope' });
  });

  it('ABConnect: the ten JobPayment operations', async () => {
    const client = abconnect();
    const jobDisplayId = '2000010';
    expect(await client.jobPayment.getPaymentCreate({ jobDisplayId })).toMatchObject({ jobDisplayId });
    expect(await client.jobPayment.createAchPaymentSession({ jobDisplayId })).toEqual({ success: true, errorMessage: null });
    expect(await client.jobPayment.createAchCreditTransfer({ jobDisplayId })).toEqual({ success: true, errorMessage: null });
    expect(await client.jobPayment.attachCustomerBank({ jobDisplayId, body: { bankTokenId: 'btok_client' } })).toEqual({ success: true, errorMessage: null });
    expect(await client.jobPayment.cancelJobAchVerification({ jobDisplayId })).toEqual({ success: true, errorMessage: null });
    expect(await client.jobPayment.addBankSource({ jobDisplayId, body: { bankName: 'Chase', accountNumber: '42' } })).toEqual({ success: true, errorMessage: null });
    const values = [...(sandbox.microDeposits(jobDisplayId) ?? [])];
    expect(await client.jobPayment.verifyJobAchSource({ jobDisplayId, body: { values } })).toEqual({ success: true, errorMessage: null });
    const sources = await client.jobPayment.listPaymentSources({ jobDisplayId });
    expect(sources).toHaveLength(1);
    expect(await client.jobPayment.payBySource({ jobDisplayId, body: sources[0]?.id as number })).toEqual({ success: true, errorMessage: null });
    expect(await client.jobPayment.getPayment({ jobDisplayId, jobSubKey: 'main' })).toMatchObject({ paymentStatus: 'Paid' });
  });

  it('ABConnect: an unknown job, a wrong micro-deposit and bad credentials are errors', async () => {
    const client = abconnect();
    const unknown = await client.jobPayment.listPaymentSources({ jobDisplayId: '42' }).catch((error: unknown) => error);
    expect(unknown).toMatchObject({ status: 400, body: { success: false } });
    expect(validateServiceBaseResponse((unknown as { body: unknown }).body)).toEqual({ valid: true });
    await client.jobPayment.addBankSource({ jobDisplayId: '2000011', body: { bankName: 'Chase' } });
    await expect(client.jobPayment.verifyJobAchSource({ jobDisplayId: '2000011', body: { values: [100, 100] } })).rejects.toMatchObject({ status: 400 });
    await expect(abconnect('wrong').jobPayment.getPayment({ jobDisplayId: '2000011' })).rejects.toMatchObject({ status: 400, error: 'invalid_grant' });
  });
});

/**
 * The ABConnect identity server and the ten JobPayment operations over plain HTTP: grants,
 * bearer checks, per-job state (sources, micro-deposit verification, payment), refusals in the
 * vendor's ServiceBaseResponse shape, and the spec's examples. Bodies are checked with the
 * generated validators.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  validateGetPaymentCreateResponse200,
  validateGetPaymentResponse200,
  validateIdentityError,
  validateIdentityToken,
  validateListPaymentSourcesResponse200,
  validateServiceBaseResponse,
} from '../../../generated/abconnect/index.gen.js';
import { startSandbox, type Sandbox } from '../index.js';
import { ab, abconnectToken, call, identity, loadSpec, passwordForm, pick, type Exchange } from './helpers.js';

function expectDone(res: Exchange): void {
  expect(res.status, res.text).toBe(200);
  expect(validateServiceBaseResponse(res.body)).toEqual({ valid: true });
  expect(res.body).toEqual({ success: true, errorMessage: null });
}

function expectRefused(res: Exchange, status: number, fragment: string): void {
  expect(res.status, res.text).toBe(status);
  expect(validateServiceBaseResponse(res.body)).toEqual({ valid: true });
  expect(res.body).toMatchObject({ success: false });
  expect((res.body as { errorMessage: string }).errorMessage).toContain(fragment);
}

describe('ABConnect identity server', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ abconnect: { password: 'p4ss' }, tokenTtlSeconds: 600 });
  });
  afterAll(() => sandbox.close());

  it('issues an access and a refresh token for the password grant', async () => {
    const res = await identity(sandbox, passwordForm({ password: 'p4ss' }));
    expect(res.status).toBe(200);
    expect(validateIdentityToken(res.body)).toEqual({ valid: true });
    expect(res.body).toMatchObject({ token_type: 'Bearer', expires_in: 600, scope: 'offline_access' });
  });

  it('renews with a single-use refresh token', async () => {
    const first = (await identity(sandbox, passwordForm({ password: 'p4ss' }))).body as { refresh_token: string; access_token: string };
    const refreshForm = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: first.refresh_token, client_id: 'sandbox-client', client_secret: 'sandbox-secret' });
    const renewed = await identity(sandbox, refreshForm);
    expect(renewed.status).toBe(200);
    expect(validateIdentityToken(renewed.body)).toEqual({ valid: true });
    expect((renewed.body as { access_token: string }).access_token).not.toBe(first.access_token);
    const reused = await identity(sandbox, refreshForm);
    expect(reused.status).toBe(400);
    expect(reused.body).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses bad user credentials with 400 invalid_grant and a bad client with 401 invalid_client', async () => {
    const badUser = await identity(sandbox, passwordForm({ password: 'sandbox-password' }));
    expect(badUser.status).toBe(400);
    expect(validateIdentityError(badUser.body)).toEqual({ valid: true });
    expect(badUser.body).toEqual({ error: 'invalid_grant', error_description: 'invalid_username_or_password' });
    const badClient = await identity(sandbox, passwordForm({ password: 'p4ss', client_secret: 'nope' }));
    expect(badClient.status).toBe(401);
    expect(validateIdentityError(badClient.body)).toEqual({ valid: true });
    expect(badClient.body).toMatchObject({ error: 'invalid_client' });
  });

  it('refuses other grants and malformed forms with 400 naming the problem', async () => {
    const grant = await identity(sandbox, new URLSearchParams({ grant_type: 'client_credentials' }));
    expect(grant.body).toMatchObject({ error: 'unsupported_grant_type' });
    const noScope = passwordForm({ password: 'p4ss' });
    noScope.delete('scope');
    const missing = await identity(sandbox, noScope);
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ error: 'invalid_request' });
    expect((missing.body as { error_description: string }).error_description).toContain('/scope');
  });
});

describe('ABConnect JobPayment', () => {
  let sandbox: Sandbox;
  let token: string;
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 11 });
    token = await abconnectToken(sandbox);
  });
  afterAll(() => sandbox.close());

  it('requires a valid bearer token (401, no body)', async () => {
    const none = await call(`${sandbox.abconnectUrl}/api/job/2000000/payment`);
    expect(none.status).toBe(401);
    expect(none.text).toBe('');
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const bad = await ab(sandbox, 'sbx_bogus', 'GET', '2000000', '/payment');
    expect(bad.status).toBe(401);
    expect(bad.headers.get('www-authenticate')).toContain('invalid_token');
  });

  it('answers an unknown job with 400 ServiceBaseResponse on every operation', async () => {
    const ops: [string, string, unknown][] = [
      ['GET', '/payment/create', undefined], ['POST', '/payment/ACHPaymentSession', undefined], ['POST', '/payment/ACHCreditTransfer', undefined],
      ['GET', '/payment', undefined], ['POST', '/payment/attachCustomerBank', { bankTokenId: 'b' }], ['POST', '/payment/verifyJobACHSource', { values: [1, 2] }],
      ['POST', '/payment/cancelJobACHVerification', undefined], ['GET', '/payment/sources', undefined], ['POST', '/payment/bysource', 1], ['POST', '/payment/banksource', {}],
    ];
    for (const [method, path, body] of ops) expectRefused(await ab(sandbox, token, method, '1999999', path, body), 400, 'job 1999999 was not found');
  });

  it('reads payment-create data, payment state and sources of a job', async () => {
    const create = await ab(sandbox, token, 'GET', '2000001', '/payment/create');
    expect(validateGetPaymentCreateResponse200(create.body)).toEqual({ valid: true });
    expect(create.body).toMatchObject({ jobDisplayId: '2000001', savedSourceCount: 0 });
    const payment = await ab(sandbox, token, 'GET', '2000001', '/payment?jobSubKey=A');
    expect(validateGetPaymentResponse200(payment.body)).toEqual({ valid: true });
    expect(payment.body).toMatchObject({ jobDisplayId: '2000001', jobSubKey: 'A', paymentStatus: 'Unpaid' });
    const sources = await ab(sandbox, token, 'GET', '2000001', '/payment/sources');
    expect(validateListPaymentSourcesResponse200(sources.body)).toEqual({ valid: true });
    expect(sources.body).toEqual([]);
  });

  it('adds bank sources that appear in sources and verifies them with the right micro-deposits only', async () => {
    expectDone(await ab(sandbox, token, 'POST', '2000002', '/payment/banksource', { friendlyName: 'Ops', bankName: 'Chase', accountNumber: '0001', bankId: 'ba_1' }));
    const sources = (await ab(sandbox, token, 'GET', '2000002', '/payment/sources')).body as { id: number; friendlyName: string }[];
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({ friendlyName: 'Ops', bankName: 'Chase' });
    const amounts = sandbox.microDeposits('2000002');
    expect(amounts).toHaveLength(2);
    const exposed = await call(`${sandbox.abconnectUrl}/sandbox/job/2000002/micro-deposits`);
    expect(exposed.body).toEqual({ jobDisplayId: '2000002', status: 'pending', amounts });
    const wrong = (amounts ?? []).map((a) => (a % 99) + 1);
    expectRefused(await ab(sandbox, token, 'POST', '2000002', '/payment/verifyJobACHSource', { values: wrong }), 400, 'do not match');
    expectDone(await ab(sandbox, token, 'POST', '2000002', '/payment/verifyJobACHSource', { values: amounts }));
    expect(sandbox.microDeposits('2000002')).toBeUndefined();
    expectRefused(await ab(sandbox, token, 'POST', '2000002', '/payment/verifyJobACHSource', { values: amounts }), 400, 'not awaiting verification');
  });

  it('pays by an existing source id, refuses an unknown id, and refuses paying twice', async () => {
    expectDone(await ab(sandbox, token, 'POST', '2000003', '/payment/banksource', { bankName: 'Chase', accountNumber: '0002' }));
    const [source] = (await ab(sandbox, token, 'GET', '2000003', '/payment/sources')).body as { id: number }[];
    expectRefused(await ab(sandbox, token, 'POST', '2000003', '/payment/bysource', 424242), 400, 'Payment source 424242');
    expectDone(await ab(sandbox, token, 'POST', '2000003', '/payment/bysource', source?.id));
    expect((await ab(sandbox, token, 'GET', '2000003', '/payment')).body).toMatchObject({ paymentStatus: 'Paid', paidWithSourceId: source?.id });
    expectRefused(await ab(sandbox, token, 'POST', '2000003', '/payment/bysource', source?.id), 400, 'already paid');
    expectRefused(await ab(sandbox, token, 'POST', '2000003', '/payment/ACHPaymentSession'), 400, 'already paid');
  });

  it('attaches a customer bank, cancels its verification, and records ACH sessions and credit transfers', async () => {
    expectRefused(await ab(sandbox, token, 'POST', '2000004', '/payment/cancelJobACHVerification'), 400, 'not awaiting verification');
    expectDone(await ab(sandbox, token, 'POST', '2000004', '/payment/attachCustomerBank', { bankTokenId: 'btok_x', customerInfo: { name: 'A' } }));
    expect(sandbox.microDeposits('2000004')).toHaveLength(2);
    expectDone(await ab(sandbox, token, 'POST', '2000004', '/payment/cancelJobACHVerification'));
    expect(sandbox.microDeposits('2000004')).toBeUndefined();
    expectDone(await ab(sandbox, token, 'POST', '2000004', '/payment/ACHPaymentSession'));
    expectDone(await ab(sandbox, token, 'POST', '2000004', '/payment/ACHCreditTransfer'));
    expect((await ab(sandbox, token, 'GET', '2000004', '/payment')).body).toMatchObject({ achPaymentSessionOpen: true, achCreditTransferRequested: true, bankVerification: 'cancelled' });
  });

  // acportal-swagger.json leaves every request body optional: a missing one is no malformed request.
  it('takes a request without a body to the business rules, as the vendor document allows', async () => {
    expectRefused(await ab(sandbox, token, 'POST', '2000006', '/payment/attachCustomerBank'), 400, '/bankTokenId: a bank token is required');
    expectRefused(await ab(sandbox, token, 'POST', '2000006', '/payment/verifyJobACHSource'), 400, 'not awaiting verification');
    expectRefused(await ab(sandbox, token, 'POST', '2000006', '/payment/bysource'), 400, 'id of a saved payment source is required');
    expectDone(await ab(sandbox, token, 'POST', '2000006', '/payment/banksource'));
  });

  it('refuses invalid bodies with 400 naming the JSON pointer', async () => {
    const cases: [string, unknown, string][] = [
      ['/payment/attachCustomerBank', { customerInfo: { email: 5 } }, '/customerInfo/email'],
      ['/payment/attachCustomerBank', { customerInfo: {} }, '/bankTokenId'],
      ['/payment/verifyJobACHSource', { values: ['a'] }, '/values/0'],
      ['/payment/banksource', { id: 'x' }, '/id'],
      ['/payment/bysource', 'one', '(root)'],
      ['/payment/banksource', { extra: 1 }, 'extra'],
    ];
    for (const [path, body, fragment] of cases) expectRefused(await ab(sandbox, token, 'POST', '2000005', path, body), 400, fragment);
  });

  it("serves the spec's examples unchanged on job 2000000", async () => {
    const spec = loadSpec('abconnect');
    const example = (path: string, name: string): unknown => pick(spec, 'paths', path, 'post', 'requestBody', 'content', 'application/json', 'examples', name, 'value');
    const sources = await ab(sandbox, token, 'GET', '2000000', '/payment/sources');
    const listed = pick(spec, 'paths', '/api/job/{jobDisplayId}/payment/sources', 'get', 'responses', '200', 'content', 'application/json', 'examples', 'twoBankAccounts', 'value');
    expect(sources.body).toEqual(listed);
    expectDone(await ab(sandbox, token, 'POST', '2000000', '/payment/attachCustomerBank', example('/api/job/{jobDisplayId}/payment/attachCustomerBank', 'residentialCustomer')));
    expectDone(await ab(sandbox, token, 'POST', '2000000', '/payment/verifyJobACHSource', example('/api/job/{jobDisplayId}/payment/verifyJobACHSource', 'twoDeposits')));
    expectDone(await ab(sandbox, token, 'POST', '2000000', '/payment/banksource', example('/api/job/{jobDisplayId}/payment/banksource', 'checkingAccount')));
    expectDone(await ab(sandbox, token, 'POST', '2000000', '/payment/bysource', example('/api/job/{jobDisplayId}/payment/bysource', 'savedChecking')));
  });
});

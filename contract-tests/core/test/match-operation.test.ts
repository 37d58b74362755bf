/** matchOperation maps concrete requests onto the specs' path templates. */
import { describe, expect, it } from 'vitest';
import { matchOperation } from '../match-operation.js';

describe('matchOperation', () => {
  it.each([
    ['payquicker', 'GET', '/payments/jobs?page=1&pageSize=20', 'listPaymentJobs'],
    ['payquicker', 'post', '/payments/jobs', 'createPaymentJob'],
    ['payquicker', 'GET', '/payments/jobs/jobs-2bbfc967-d12e-4647-a887-d905172fb4bc', 'retrievePaymentJob'],
    ['payquicker', 'DELETE', '/payments/jobs/jobs-1/', 'cancelPaymentJob'],
    ['payquicker', 'POST', '/auth/connect/token', 'requestToken'],
    ['abconnect', 'GET', '/api/job/2000000/payment?jobSubKey=a', 'getPayment'],
    ['abconnect', 'GET', '/api/job/2000000/payment/create', 'getPaymentCreate'],
    ['abconnect', 'POST', '/api/job/2000000/payment/verifyJobACHSource', 'verifyJobAchSource'],
    ['abconnect', 'POST', '/connect/token', 'requestIdentityToken'],
  ] as const)('%s %s %s → %s', (api, method, path, operationId) => {
    expect(matchOperation(api, method, path)).toBe(operationId);
  });

  it.each([
    ['payquicker', 'PUT', '/payments/jobs'],
    ['payquicker', 'GET', '/payments/jobs/a/b'],
    ['abconnect', 'GET', '/api/job//payment'],
    ['abconnect', 'POST', '/auth/connect/token'],
  ] as const)('%s %s %s matches nothing', (api, method, path) => {
    expect(matchOperation(api, method, path)).toBeUndefined();
  });
});

/** authRejection: which answers mean "the target refused our credentials" and which are drift. */
import { describe, expect, it } from 'vitest';
import { AuthError } from '../../../generated/payquicker/index.gen.js';
import type { Exchange } from '../../core/types.js';
import { authRejection } from '../auth-rejection.js';
import type { AlignedPair } from '../compare-cassette.js';
import { exchange } from './fixtures.js';

function token(status: number, body: unknown): Exchange {
  const base = exchange('requestToken', status, body);
  return { ...base, request: { ...base.request, method: 'POST', body: 'grant_type=client_credentials&scope=readonly' } };
}

function withHeader(e: Exchange, name: string, value: string): Exchange {
  return { ...e, response: { ...e.response, headers: { ...e.response.headers, [name]: value } } };
}

const OK_TOKEN = token(200, { access_token: 'x' });

describe('authRejection', () => {
  it('takes a 401 or 403 where the cassette recorded another status as refused credentials, at that exchange', () => {
    const pairs: AlignedPair[] = [
      [OK_TOKEN, OK_TOKEN],
      [exchange('listPaymentJobs', 401, {}), exchange('listPaymentJobs', 200, {})],
    ];
    expect(authRejection(pairs, undefined, true)).toEqual({ kind: 'credentials-rejected', index: 1, detail: 'listPaymentJobs answered HTTP 401' });
    expect(authRejection([[exchange('getPayment', 403, {}), exchange('getPayment', 400, {})]], undefined, false)?.kind).toBe('credentials-rejected');
  });

  it('takes a token answer 400 with an OAuth credential error as refused, naming only the error code', () => {
    const live = token(400, { error: 'invalid_grant', error_description: 'wrong password for <script>' });
    expect(authRejection([[live, OK_TOKEN]], undefined, true)).toEqual({ kind: 'credentials-rejected', index: 0, detail: 'requestToken answered HTTP 400 invalid_grant' });
  });

  it('tells a missing scope from refused credentials', () => {
    expect(authRejection([[token(400, { error: 'invalid_scope' }), OK_TOKEN]], undefined, true)?.kind).toBe('scope-missing');
    const forbidden = withHeader(exchange('createPaymentJob', 403, {}), 'www-authenticate', 'Bearer error="insufficient_scope", scope="modify"');
    expect(authRejection([[forbidden, exchange('createPaymentJob', 201, {})]], undefined, true)?.kind).toBe('scope-missing');
  });

  it('is not fooled by answers the cassette also holds, other 400s, or 401s of error scenarios without a cassette', () => {
    expect(authRejection([[exchange('listPaymentJobs', 401, {}), exchange('listPaymentJobs', 401, {})]], undefined, false)).toBeUndefined();
    expect(authRejection([[token(400, { error: 'unsupported_grant_type' }), OK_TOKEN]], undefined, false)).toBeUndefined();
    expect(authRejection([[exchange('listPaymentJobs', 400, { error: 'invalid_client' }), exchange('listPaymentJobs', 200, {})]], undefined, true)).toBeUndefined();
    expect(authRejection([[exchange('listPaymentJobs', 401, {}), undefined]], undefined, false)).toBeUndefined();
    expect(authRejection([[exchange('listPaymentJobs', 401, {}), undefined]], undefined, true)?.kind).toBe('credentials-rejected');
    expect(authRejection([[exchange('listPaymentJobs', 500, {}), exchange('listPaymentJobs', 200, {})]], undefined, true)).toBeUndefined();
  });

  it("reads the runtime's AuthError for a 4xx token answer, but not a transient one", () => {
    const refused = new Error('scenario failed', { cause: new AuthError('token endpoint refused', { status: 401, error: 'invalid_client' }) });
    expect(authRejection([], refused, true)).toEqual({ kind: 'credentials-rejected', index: undefined, detail: 'the token endpoint answered HTTP 401 invalid_client' });
    expect(authRejection([], new AuthError('token endpoint failed', { status: 503, transient: true }), true)).toBeUndefined();
    expect(authRejection([], new AuthError('throttled', { status: 429, transient: true }), true)).toBeUndefined();
  });
});

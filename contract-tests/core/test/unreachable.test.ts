/** networkFailure finds either runtime's NetworkError by class along the cause chain, never by message or name alone. */
import { describe, expect, it } from 'vitest';
import { AuthError as AbConnectAuthError, NetworkError as AbConnectNetworkError } from '../../../generated/abconnect/index.gen.js';
import { AuthError, NetworkError, TimeoutError } from '../../../generated/payquicker/index.gen.js';
import { networkFailure } from '../unreachable.js';

describe('networkFailure', () => {
  it('finds a NetworkError of either runtime, also as the cause of an AuthError', () => {
    const pq = new NetworkError('requestToken: network error calling http://127.0.0.1:1', { code: 'ECONNREFUSED' });
    expect(networkFailure(pq)).toBe(pq);
    expect(networkFailure(new AuthError('token endpoint failed', { transient: true, cause: pq }))).toBe(pq);
    const ab = new AbConnectNetworkError('getPayment: network error');
    expect(networkFailure(new AbConnectAuthError('token endpoint failed', { cause: ab }))).toBe(ab);
  });

  it('ignores errors that only look like one: a message or a name is not a class', () => {
    const named = new Error('network error (ECONNREFUSED)');
    named.name = 'NetworkError';
    expect(networkFailure(named)).toBeUndefined();
    expect(networkFailure(new TimeoutError(100, 'listPaymentJobs'))).toBeUndefined();
    expect(networkFailure(new Error('scenario failed', { cause: named }))).toBeUndefined();
  });
});

/** Scenarios of `requestToken` (`POST /auth/connect/token`, the OAuth 2 client credentials grant). */
import type { RequestTokenParams } from '../../../generated/payquicker/index.gen.js';
import type { Scenario } from '../../core/types.js';
import { expectHttpError } from '../expect-error.js';
import { requestExample } from '../spec-examples.js';

type TokenBody = RequestTokenParams['body'];

/** Requests a token with the spec's example form (both scopes). */
export const requestToken: Scenario<'payquicker'> = {
  api: 'payquicker',
  name: 'request-token',
  description: "Request an access token with the spec's readAndWrite example (client credentials grant).",
  kind: 'happy',
  operations: ['requestToken'],
  mutates: false,
  async run(client) {
    await client.oAuth.requestToken({ body: requestExample<TokenBody>('payquicker', 'requestToken', 'readAndWrite') });
  },
};

/** Any grant but client credentials is a 400 `OAuthProviderError` `unsupported_grant_type` (RFC 6749 §5.2). */
export const requestTokenUnsupportedGrant: Scenario<'payquicker'> = {
  api: 'payquicker',
  name: 'request-token-unsupported-grant',
  description: 'Request a token with grant_type password: 400 OAuthProviderError unsupported_grant_type.',
  kind: 'error',
  operations: ['requestToken'],
  mutates: false,
  breaksSpec: true,
  async run(client) {
    const body = { ...requestExample<TokenBody>('payquicker', 'requestToken', 'readAndWrite'), grant_type: 'password' } as unknown as TokenBody;
    await expectHttpError(client.oAuth.requestToken({ body }), 400, { error: 'unsupported_grant_type' });
  },
};

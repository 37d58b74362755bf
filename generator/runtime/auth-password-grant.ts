/**
 * OAuth 2 resource owner password grant (RFC 6749 §4.3) with refresh (§6), as the ABConnect identity
 * server expects it (reference: abconnect/FACTS.md): a form POST with `grant_type=password`,
 * `username`, `password`, `client_id`, `client_secret`, `scope=offline_access`, `rememberMe=true`;
 * renewal with `grant_type=refresh_token`, falling back to the password grant when the refresh fails.
 */
import { AuthError } from './errors.js';
import type { OAuthToken, PasswordCredentials } from './options.js';
import type { TokenFetcher } from './token-cache.js';
import { requestToken, type TokenEndpointContext } from './token-endpoint.js';

/** The vendor client renews tokens this many seconds (5 minutes) before they expire. */
export const PASSWORD_GRANT_RENEW_BEFORE_SECONDS = 300;

/**
 * A token fetcher for the password grant. With a previous token that has a `refresh_token`, it first
 * tries the refresh grant; if that fails with a non-transient AuthError (an expired or revoked
 * refresh token), it falls back to the password grant. Errors: AuthError (see `requestToken`).
 */
export function passwordGrantFetcher(ctx: TokenEndpointContext, credentials: PasswordCredentials): TokenFetcher {
  const { username, password, clientId, clientSecret } = credentials;
  const passwordGrant = (): Promise<OAuthToken> =>
    requestToken(
      ctx,
      new URLSearchParams({
        grant_type: 'password',
        username,
        password,
        client_id: clientId,
        client_secret: clientSecret,
        scope: 'offline_access',
        rememberMe: 'true',
      }),
    );
  return async (_scopes, previous) => {
    const refreshToken = previous?.refresh_token;
    if (refreshToken === undefined) return passwordGrant();
    try {
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
        client_id: clientId,
        client_secret: clientSecret,
      });
      return await requestToken(ctx, form);
    } catch (error) {
      if (error instanceof AuthError && error.transient) throw error;
      return passwordGrant();
    }
  };
}

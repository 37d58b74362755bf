/**
 * OAuth 2 client credentials grant (RFC 6749 §4.4), as PayQuicker's token endpoint expects it
 * (doc/auth/oauth-2-client-credentials-grant.md): `POST {tokenUrl}` with
 * `Authorization: Basic base64(clientId:clientSecret)` (RFC 6749 §2.3.1) and the form
 * `grant_type=client_credentials&scope=<space-delimited scopes>`.
 */
import type { TokenFetcher } from './token-cache.js';
import { requestToken, type TokenEndpointContext } from './token-endpoint.js';

/** `Basic base64(user:password)` (RFC 7617), with `btoa` over the UTF-8 bytes so non-ASCII secrets work. */
export function basicAuthorization(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/**
 * A token fetcher for the client credentials grant. The `scope` form field is sent only when
 * `scopes` is non-empty. Errors: see `requestToken` (AuthError).
 */
export function clientCredentialsFetcher(
  ctx: TokenEndpointContext,
  clientId: string,
  clientSecret: string,
): TokenFetcher {
  const authorization = basicAuthorization(clientId, clientSecret);
  return (scopes) => {
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    if (scopes.length > 0) form.set('scope', scopes.join(' '));
    return requestToken(ctx, form, { Authorization: authorization });
  };
}

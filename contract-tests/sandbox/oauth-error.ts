/**
 * Token endpoint errors of RFC 6749 §5.2, the shape of both PayQuicker's `OAuthProviderError` and
 * ABConnect's `IdentityError`: `{ error, error_description }`, no-store like every token response.
 */
import type { FastifyReply } from 'fastify';

/** The RFC 6749 §5.2 error codes. */
export type OAuthErrorCode = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unauthorized_client' | 'unsupported_grant_type' | 'invalid_scope';

/**
 * Sends an OAuth 2 error. A 401 `invalid_client` carries `WWW-Authenticate: Basic realm="…"` when
 * `basicRealm` is given, as §5.2 requires after a failed `Authorization` header.
 */
export function sendOAuthError(reply: FastifyReply, status: 400 | 401, error: OAuthErrorCode, description: string, basicRealm?: string): FastifyReply {
  if (basicRealm !== undefined) reply.header('WWW-Authenticate', `Basic realm="${basicRealm}"`);
  return reply.code(status).header('Cache-Control', 'no-store').send({ error, error_description: description });
}

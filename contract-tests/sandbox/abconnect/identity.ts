/**
 * The ABConnect identity server's token endpoint, served at `<abconnect base>/connect/token`
 * (spec `components.pathItems.identityToken`, operation `requestIdentityToken`): the password grant
 * (RFC 6749 §4.3) and the refresh token grant (§6), client authenticated by `client_id` and
 * `client_secret` form fields.
 *
 * Answers: 200 `IdentityToken` with a refresh token; 400 `IdentityError` with `invalid_request`
 * (not a form, or a form the generated `validateIdentityTokenRequest` refuses, naming the field),
 * `unsupported_grant_type`, or `invalid_grant` (wrong username or password:
 * `invalid_username_or_password`; unknown or already used refresh token); 401 `invalid_client`.
 * Refresh tokens are single use (each refresh returns a new one) and at most MAX_REFRESH_TOKENS are
 * kept, the oldest evicted.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { validateIdentityTokenRequest } from '../../../generated/abconnect/index.gen.js';
import { BoundedMap } from '../bounded-map.js';
import type { SandboxContext } from '../context.js';
import { alphanumeric } from '../ids.js';
import { sendOAuthError } from '../oauth-error.js';
import { readFormBody } from '../request-body.js';
import type { TokenStore } from '../token-store.js';
import { describeIssues } from '../validation-message.js';

/** Most refresh tokens kept. */
export const MAX_REFRESH_TOKENS = 1000;

const GRANTS = ['password', 'refresh_token'];

/** The form as `IdentityTokenRequest` types it: `rememberMe` is a boolean, sent as text. */
function typedForm(fields: Record<string, string>): Record<string, unknown> {
  const remember = fields['rememberMe'];
  if (remember === 'true' || remember === 'false') return { ...fields, rememberMe: remember === 'true' };
  return fields;
}

function issue(ctx: SandboxContext, tokens: TokenStore, refreshTokens: BoundedMap<string, true>, reply: FastifyReply): FastifyReply {
  const issued = tokens.issue(['offline_access']);
  const refreshToken = alphanumeric(ctx.entropy, 64, '0123456789ABCDEF');
  refreshTokens.set(refreshToken, true);
  return reply.header('Cache-Control', 'no-store').send({
    access_token: issued.token,
    expires_in: ctx.options.tokenTtlSeconds,
    refresh_token: refreshToken,
    token_type: 'Bearer',
    scope: 'offline_access',
  });
}

function handle(ctx: SandboxContext, tokens: TokenStore, refreshTokens: BoundedMap<string, true>, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const form = readFormBody(request.body as string | undefined, request.headers['content-type']);
  if (!form.ok) return sendOAuthError(reply, 400, 'invalid_request', form.message);
  const grant = form.fields['grant_type'];
  if (grant === undefined) return sendOAuthError(reply, 400, 'invalid_request', 'form field grant_type is required');
  if (!GRANTS.includes(grant)) return sendOAuthError(reply, 400, 'unsupported_grant_type', `grant_type '${grant}' is not supported`);
  const check = validateIdentityTokenRequest(typedForm(form.fields));
  if (!check.valid) return sendOAuthError(reply, 400, 'invalid_request', describeIssues('request body', check.errors));
  const { clientId, clientSecret, username, password } = ctx.options.abconnect;
  if (form.fields['client_id'] !== clientId || form.fields['client_secret'] !== clientSecret) {
    return sendOAuthError(reply, 401, 'invalid_client', 'invalid_client');
  }
  if (grant === 'password') {
    if (form.fields['username'] !== username || form.fields['password'] !== password) {
      return sendOAuthError(reply, 400, 'invalid_grant', 'invalid_username_or_password');
    }
    return issue(ctx, tokens, refreshTokens, reply);
  }
  const refreshToken = form.fields['refresh_token'] ?? '';
  if (!refreshTokens.delete(refreshToken)) return sendOAuthError(reply, 400, 'invalid_grant', 'invalid_refresh_token');
  return issue(ctx, tokens, refreshTokens, reply);
}

/** Registers `POST /connect/token` on `app` (mounted at the ABConnect prefix). */
export function registerIdentityEndpoint(app: FastifyInstance, ctx: SandboxContext, tokens: TokenStore): void {
  const refreshTokens = new BoundedMap<string, true>(MAX_REFRESH_TOKENS);
  app.post('/connect/token', (request, reply) => handle(ctx, tokens, refreshTokens, request, reply));
}

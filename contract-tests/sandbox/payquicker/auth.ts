/**
 * The PayQuicker token endpoint, `POST <base>/auth/connect/token` (spec operation `requestToken`;
 * doc/auth/oauth-2-client-credentials-grant.md): the OAuth 2 client credentials grant of RFC 6749
 * §4.4 with the client id and secret as `Authorization: Basic` credentials (§2.3.1).
 *
 * Answers: 200 `OAuthToken`; 401 `invalid_client` for missing or wrong client credentials (checked
 * first, RFC 6749 §5.2); 400 `invalid_request` for a missing, malformed or unsupported
 * `X-MyPayQuicker-Version` (the spec requires it on every call, this one included; the message names
 * the header), a body that is not a form, a repeated field, or a form the generated validator
 * refuses (naming the field); `unsupported_grant_type` (any grant but client_credentials) or
 * `invalid_scope` (a scope other than `readonly`/`modify`). Without `scope` both scopes are granted.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { validateRequestTokenParameters, validateRequestTokenRequestBody } from '../../../generated/payquicker/index.gen.js';
import type { SandboxContext } from '../context.js';
import { sendOAuthError } from '../oauth-error.js';
import { readFormBody } from '../request-body.js';
import type { TokenStore } from '../token-store.js';
import { describeIssues } from '../validation-message.js';
import { VERSION_HEADER } from './guard.js';
import { SUPPORTED_API_VERSIONS } from './seed-data.js';

/** The scopes of the spec's `oauth2ClientCredentials` scheme. */
export const PAYQUICKER_SCOPES: readonly string[] = ['readonly', 'modify'];

const REALM = 'payquicker';

/** The `user:password` of a `Basic` header (RFC 7617), or undefined when absent or malformed. */
function basicCredentials(header: string | undefined): { user: string; password: string } | undefined {
  const match = /^Basic +([A-Za-z0-9+/]+=*) *$/i.exec(header ?? '');
  if (match?.[1] === undefined) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? undefined : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** The refusal of a missing, malformed or unsupported version header, or undefined when it is fine. */
function versionProblem(version: string | string[] | undefined): string | undefined {
  const check = validateRequestTokenParameters(version === undefined ? {} : { [VERSION_HEADER]: version });
  if (!check.valid) return describeIssues('parameter', check.errors);
  if (typeof version !== 'string' || !SUPPORTED_API_VERSIONS.has(version)) {
    return `parameter ${VERSION_HEADER}: must be one of: ${[...SUPPORTED_API_VERSIONS].join(', ')}`;
  }
  return undefined;
}

function handleTokenRequest(ctx: SandboxContext, tokens: TokenStore, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const client = basicCredentials(request.headers.authorization);
  const { clientId, clientSecret } = ctx.options.payquicker;
  if (client === undefined || client.user !== clientId || client.password !== clientSecret) {
    return sendOAuthError(reply, 401, 'invalid_client', 'Client authentication failed.', REALM);
  }
  const version = versionProblem(request.headers['x-mypayquicker-version']);
  if (version !== undefined) return sendOAuthError(reply, 400, 'invalid_request', version);
  const form = readFormBody(request.body as string | undefined, request.headers['content-type']);
  if (!form.ok) return sendOAuthError(reply, 400, 'invalid_request', form.message);
  const grant = form.fields['grant_type'];
  if (grant === undefined) return sendOAuthError(reply, 400, 'invalid_request', 'form field grant_type is required');
  const check = validateRequestTokenRequestBody(form.fields);
  if (!check.valid) {
    if (check.errors.some((e) => e.instancePath === '/grant_type')) {
      return sendOAuthError(reply, 400, 'unsupported_grant_type', `Only the client_credentials grant is supported, not '${grant}'.`);
    }
    return sendOAuthError(reply, 400, 'invalid_request', describeIssues('request body', check.errors));
  }
  const requested = (form.fields['scope'] ?? '').split(' ').filter((s) => s !== '');
  const unknown = requested.find((scope) => !PAYQUICKER_SCOPES.includes(scope));
  if (unknown !== undefined) return sendOAuthError(reply, 400, 'invalid_scope', `The scope '${unknown}' is not recognised.`);
  const scopes = requested.length === 0 ? PAYQUICKER_SCOPES : [...new Set(requested)];
  const issued = tokens.issue(scopes);
  return reply.header('Cache-Control', 'no-store').send({
    access_token: issued.token,
    token_type: 'Bearer',
    expires_in: ctx.options.tokenTtlSeconds,
    scope: scopes.join(' '),
    // `expiry` is absolute: only honest on the real clock. A seeded sandbox runs on a fake clock in
    // the past, so it leaves the optional field out and clients go by the relative `expires_in`.
    ...(ctx.options.seed === undefined ? { expiry: Math.floor(issued.expiresAtMs / 1000) } : {}),
  });
}

/** Registers `POST /auth/connect/token` on `app` (mounted at the PayQuicker prefix). */
export function registerPayQuickerTokenEndpoint(app: FastifyInstance, ctx: SandboxContext, tokens: TokenStore): void {
  app.post('/auth/connect/token', (request, reply) => handleTokenRequest(ctx, tokens, request, reply));
}

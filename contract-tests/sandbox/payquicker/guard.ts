/**
 * The checks every PayQuicker Jobs operation makes before its own work, in this order: the bearer
 * token and its scope (401/403, RFC 6750), then the parameters with the operation's generated
 * validator (400 `INVALID_PARAMETER`), then the `X-MyPayQuicker-Version` value (400
 * `UNSUPPORTED_API_VERSION`).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { checkBearer, isRefusal, sendBearerChallenge } from '../bearer.js';
import type { SandboxContext } from '../context.js';
import type { TokenStore } from '../token-store.js';
import { describeIssues, type ValidationOutcome } from '../validation-message.js';
import { sendApiError } from './errors.js';
import { SUPPORTED_API_VERSIONS } from './seed-data.js';

/** The version header's wire name, as the generated parameter validators key it. */
export const VERSION_HEADER = 'X-MyPayQuicker-Version';

/** What a Jobs operation declares for its guard. */
export interface GuardSpec {
  /** The scope of the operation's `security` requirement. */
  readonly scope: 'readonly' | 'modify';
  /** The operation's generated `validate<Op>Parameters`. */
  readonly validate: (params: unknown) => ValidationOutcome;
  /** Path and query parameters by wire name; the version header is added here. */
  readonly params: Readonly<Record<string, unknown>>;
}

/** A query value as the parameter validators expect it: numeric text becomes a number for integer parameters. */
export function integerQuery(value: unknown): unknown {
  return typeof value === 'string' && /^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(value) ? Number(value) : value;
}

/** `{ ...params }` without the keys whose value is undefined (the parameter was not sent). */
function sentOnly(params: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined));
}

/** Runs the checks; on failure sends the answer and returns false. */
export function guard(ctx: SandboxContext, tokens: TokenStore, request: FastifyRequest, reply: FastifyReply, spec: GuardSpec): boolean {
  const outcome = checkBearer(request, tokens, spec.scope);
  if (isRefusal(outcome)) {
    sendBearerChallenge(reply, 'payquicker', outcome);
    return false;
  }
  const version = request.headers['x-mypayquicker-version'];
  const check = spec.validate(sentOnly({ ...spec.params, [VERSION_HEADER]: version }));
  if (!check.valid) {
    sendApiError(reply, ctx, 400, 'INVALID_PARAMETER', describeIssues('parameter', check.errors));
    return false;
  }
  if (typeof version !== 'string' || !SUPPORTED_API_VERSIONS.has(version)) {
    sendApiError(reply, ctx, 400, 'UNSUPPORTED_API_VERSION', `parameter ${VERSION_HEADER}: API version '${String(version)}' is not supported; use one of ${[...SUPPORTED_API_VERSIONS].join(', ')}`);
    return false;
  }
  return true;
}

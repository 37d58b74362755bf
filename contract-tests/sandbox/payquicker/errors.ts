/**
 * PayQuicker error responses: `ApiErrorResult` bodies (spec `components.schemas.ApiErrorResult`,
 * doc/models/api-error-result-exception.md) for the 4xx/5xx answers of the Jobs operations. The
 * 401/403 answers carry no body (see bearer.ts).
 */
import type { FastifyReply } from 'fastify';
import { compactInstant, isoSeconds } from '../clock.js';
import type { SandboxContext } from '../context.js';
import { alphanumeric, uuid } from '../ids.js';

/** `20260207T231757Z-r<50 characters>`: a fresh server reference of one request, in the vendor's format. */
export function newRequestRef(ctx: SandboxContext): string {
  return `${compactInstant(ctx.clock.now())}-r${alphanumeric(ctx.entropy, 50)}`;
}

/** Symbolic `error` names the sandbox uses, by cause. */
export type ApiErrorName =
  | 'INVALID_PARAMETER'
  | 'INVALID_REQUEST_BODY'
  | 'UNSUPPORTED_API_VERSION'
  | 'NOT_FOUND'
  | 'JOB_NOT_CANCELLABLE'
  | 'DUPLICATE_CLIENT_PAYMENT_ID'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'IM_A_TEAPOT'
  | 'INTERNAL_SERVER_ERROR';

/** An `ApiErrorResult` with a fresh `referenceId` (UUID) and the request's `requestRef`. */
export function apiErrorBody(ctx: SandboxContext, status: number, error: ApiErrorName, message: string, requestRef: string): Record<string, unknown> {
  return {
    severity: 'ERROR',
    error,
    code: status,
    message,
    referenceId: uuid(ctx.entropy),
    timestamp: isoSeconds(ctx.clock.now()),
    requestRef,
  };
}

/** Sends an `ApiErrorResult` with `status`. */
export function sendApiError(reply: FastifyReply, ctx: SandboxContext, status: number, error: ApiErrorName, message: string): FastifyReply {
  return reply.code(status).send(apiErrorBody(ctx, status, error, message, newRequestRef(ctx)));
}

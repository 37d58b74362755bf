/**
 * The ABConnect API on the sandbox (spec/abconnect.yaml), mounted at `/abconnect/api`: the identity
 * server's token endpoint, the ten JobPayment operations (operations.ts) under
 * `/api/job/:jobDisplayId/…`, and a sandbox-only helper that reveals pending micro-deposits.
 *
 * Every operation checks, in order: the bearer token (401, no body, RFC 6750), the parameters,
 * that the job is known, the request body (media type, JSON, generated validator), then its
 * business rules. Every refusal is the vendor's `ServiceBaseResponse` with `success: false` and an
 * `errorMessage` naming the field: 400 for invalid input and business rules (the spec's
 * `BadRequest`), 404/413/415 for unknown paths, bodies over 1 MiB and non-JSON media types.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { checkBearer, isRefusal, sendBearerChallenge } from '../bearer.js';
import type { SandboxContext } from '../context.js';
import { readJsonBody } from '../request-body.js';
import { TokenStore } from '../token-store.js';
import { describeIssues } from '../validation-message.js';
import { registerIdentityEndpoint } from './identity.js';
import { JOB_PAYMENT_OPERATIONS, type JobPaymentOperation } from './operations.js';
import { PaymentStore } from './state.js';

/** The media types the vendor accepts for JobPayment bodies. */
function isAcceptedJsonType(type: string): boolean {
  return type === 'application/json' || type === 'text/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** Sends a `ServiceBaseResponse` refusal. */
export function sendFailure(reply: FastifyReply, status: number, errorMessage: string): FastifyReply {
  return reply.code(status).send({ success: false, errorMessage });
}

/** Reads the body an operation takes, or refuses one it does not take; sends the refusal and returns undefined on failure. */
function operationBody(op: JobPaymentOperation, request: FastifyRequest, reply: FastifyReply): { value: unknown } | undefined {
  const raw = request.body as string | undefined;
  if (op.validateBody === undefined) {
    if (raw === undefined || raw === '') return { value: undefined };
    sendFailure(reply, 400, `request body (root): ${op.operationId} takes no request body`);
    return undefined;
  }
  const body = readJsonBody(raw, request.headers['content-type'], isAcceptedJsonType);
  if (!body.ok) {
    sendFailure(reply, body.problem.status, body.problem.message);
    return undefined;
  }
  // The vendor document leaves every request body optional: a missing one reaches the business rules.
  if (body.value === undefined) return { value: undefined };
  const check = op.validateBody(body.value);
  if (!check.valid) {
    sendFailure(reply, 400, describeIssues('request body', check.errors));
    return undefined;
  }
  return { value: body.value };
}

function handle(op: JobPaymentOperation, tokens: TokenStore, store: PaymentStore, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const refusal = checkBearer(request, tokens);
  if (isRefusal(refusal)) return sendBearerChallenge(reply, 'abconnect', refusal);
  const { jobDisplayId } = request.params as { jobDisplayId: string };
  const query = request.query as Readonly<Record<string, unknown>>;
  const params: Record<string, unknown> = { jobDisplayId };
  for (const name of op.query ?? []) if (query[name] !== undefined) params[name] = query[name];
  const paramCheck = op.validateParameters(params);
  if (!paramCheck.valid) return sendFailure(reply, 400, describeIssues('parameter', paramCheck.errors));
  const job = store.job(jobDisplayId);
  if (job === undefined) return sendFailure(reply, 400, `parameter jobDisplayId: job ${jobDisplayId} was not found`);
  const body = operationBody(op, request, reply);
  if (body === undefined) return reply;
  const input = { store, job, body: body.value, query };
  if (op.kind === 'read') return reply.send(op.read(input));
  const failure = op.act(input);
  return failure === undefined ? reply.send({ success: true, errorMessage: null }) : sendFailure(reply, 400, failure);
}

function onError(error: FastifyError, reply: FastifyReply): FastifyReply {
  const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  if (status === 413) return sendFailure(reply, 413, 'request body: larger than the 1 MiB limit');
  return sendFailure(reply, status, status < 500 ? error.message : 'An unexpected error occurred.');
}

/** Registers the ABConnect routes on `app`, mounted at the ABConnect prefix; returns the store so tests can read micro-deposits. */
export function registerAbConnectRoutes(app: FastifyInstance, ctx: SandboxContext): PaymentStore {
  const tokens = new TokenStore(ctx);
  const store = new PaymentStore(ctx);
  registerIdentityEndpoint(app, ctx, tokens);
  for (const op of JOB_PAYMENT_OPERATIONS) {
    app.route({
      method: op.method,
      url: `/api/job/:jobDisplayId${op.path}`,
      config: { operationId: op.operationId },
      handler: (request, reply) => handle(op, tokens, store, request, reply),
    });
  }
  app.get('/sandbox/job/:jobDisplayId/micro-deposits', (request, reply) => {
    const { jobDisplayId } = request.params as { jobDisplayId: string };
    const job = store.job(jobDisplayId);
    if (job === undefined) return sendFailure(reply, 404, `parameter jobDisplayId: job ${jobDisplayId} was not found`);
    return reply.send({ jobDisplayId, status: job.verification?.status ?? 'none', amounts: store.pendingAmounts(jobDisplayId) ?? null });
  });
  app.setNotFoundHandler((request, reply) => sendFailure(reply, 404, `no operation ${request.method} ${request.url}`));
  app.setErrorHandler((error: FastifyError, _request, reply) => onError(error, reply));
  return store;
}

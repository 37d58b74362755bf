/**
 * The sandbox's HTTP server: one fastify instance on one port, PayQuicker mounted at
 * `/payquicker/api/v2` and ABConnect at `/abconnect/api`.
 *
 * Request bodies are kept as raw text (one catch-all content-type parser) so that each API answers
 * malformed or mistyped input in its own error shape instead of fastify's; bodies over 1 MiB are
 * refused with 413 by fastify's `bodyLimit` and mapped by each API's error handler. Every request
 * advances the sandbox clock once; a seeded sandbox also sends the `Date` header from its fake clock.
 * Closing drops open connections at once (`forceCloseConnections`), so a test's `close()` never
 * waits on a client's keep-alive socket or on a request the `slow` drift is holding.
 */
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import { registerAbConnectRoutes, sendFailure } from './abconnect/routes.js';
import type { PaymentStore } from './abconnect/state.js';
import type { SandboxContext } from './context.js';
import { DRIFTS } from './drift.js';
import { ABCONNECT_PATH, PAYQUICKER_PATH } from './paths.js';
import { sendApiError } from './payquicker/errors.js';
import { registerPayQuickerRoutes } from './payquicker/routes.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The spec operationId a route serves; the `slow` drift reads it. */
    operationId?: string;
  }
}

/** Largest request body accepted: 1 MiB. */
export const BODY_LIMIT_BYTES = 1024 * 1024;


const SLOW_OPERATIONS: ReadonlySet<string> = new Set(DRIFTS.find((d) => d.name === 'slow')?.operations ?? []);

/** The built app and the ABConnect store (for the micro-deposit accessor). */
export interface BuiltServer {
  readonly app: FastifyInstance;
  readonly abconnect: PaymentStore;
}

function addHooks(app: FastifyInstance, ctx: SandboxContext): void {
  const seeded = ctx.options.seed !== undefined;
  app.addHook('onRequest', async (_request, reply) => {
    ctx.clock.tick();
    if (seeded) {
      reply.raw.sendDate = false;
      reply.header('Date', new Date(ctx.clock.now()).toUTCString());
    }
  });
  if (ctx.options.drifts.has('slow')) {
    app.addHook('preHandler', async (request) => {
      const operationId = request.routeOptions.config.operationId;
      if (operationId !== undefined && SLOW_OPERATIONS.has(operationId)) {
        await new Promise((resolve) => setTimeout(resolve, ctx.options.slowDelayMs));
      }
    });
  }
}

/**
 * Answers what fastify refuses before routing (a malformed URL, a path parameter over its length
 * limit) in the error shape of the API the URL belongs to, keeping fastify's 4xx status.
 */
function answerFrameworkError(ctx: SandboxContext, error: FastifyError, url: string, reply: FastifyReply): void {
  const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  if (url.startsWith(PAYQUICKER_PATH)) sendApiError(reply, ctx, status, 'INVALID_PARAMETER', error.message);
  else if (url.startsWith(ABCONNECT_PATH)) sendFailure(reply, status, error.message);
  else reply.code(status).send({ error: 'bad_request', message: error.message });
}

/** Builds the fastify app with both APIs registered; does not listen. */
export async function buildServer(ctx: SandboxContext): Promise<BuiltServer> {
  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    logger: false,
    return503OnClosing: true,
    forceCloseConnections: true,
    frameworkErrors: (error, request, reply) => answerFrameworkError(ctx, error, request.url, reply),
  });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  addHooks(app, ctx);
  let abconnect: PaymentStore | undefined;
  await app.register(async (scope) => registerPayQuickerRoutes(scope, ctx), { prefix: PAYQUICKER_PATH });
  await app.register(
    async (scope) => {
      abconnect = registerAbConnectRoutes(scope, ctx);
    },
    { prefix: ABCONNECT_PATH },
  );
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'not_found', message: `no API at ${request.url}; use ${PAYQUICKER_PATH} or ${ABCONNECT_PATH}` }),
  );
  await app.ready();
  if (abconnect === undefined) throw new Error('the ABConnect routes were not registered');
  return { app, abconnect };
}

/**
 * A minimal loopback HTTP server for the client-overhead benchmark: it answers every
 * `POST …/auth/connect/token` with a bearer token and every `GET …/payments/jobs/<token>` with the
 * same pre-serialized valid `PaymentJobResult`, doing no work of its own, so the time measured is
 * the client's and the transport's.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { validJob } from '../validators/fixtures.js';

/** A running fixed server; `baseUrl` is what the client takes as its `baseUrl`. */
export interface FixedServer {
  readonly baseUrl: string;
  close(): Promise<void>;
}

const TOKEN_BODY = JSON.stringify({ access_token: 'bench-token', token_type: 'Bearer', expires_in: 3600, scope: 'readonly modify' });

/** Starts the server on 127.0.0.1 with a free port; resolves once it listens. */
export async function startFixedServer(): Promise<FixedServer> {
  const jobBody = JSON.stringify(validJob());
  const server: Server = createServer((req, res) => {
    // Drain any request body before answering, as a real server would.
    req.resume();
    req.on('end', () => {
      const body = req.method === 'POST' && req.url?.endsWith('/auth/connect/token') ? TOKEN_BODY
        : req.method === 'GET' && req.url?.includes('/payments/jobs/') ? jobBody
        : undefined;
      res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
      res.end(body ?? '{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/api/v2`,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}

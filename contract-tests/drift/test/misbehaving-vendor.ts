/**
 * A stand-in for a PayQuicker server that misbehaves, for tests of the drift check (deliberately
 * not the sandbox, which follows the spec): a tiny node:http server on 127.0.0.1 whose token
 * endpoint (`POST <base>/auth/connect/token`) and API answer in one of four broken ways.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * `reject-credentials`: the token endpoint answers 401 `invalid_client` (RFC 6749 §5.2);
 * `server-error`: tokens are issued, every API call answers 500 with a JSON error;
 * `html-error-page`: tokens are issued, every API call answers 502 with an HTML proxy page;
 * `no-answer`: tokens are issued, API calls are read and never answered.
 */
export type Misbehaviour = 'reject-credentials' | 'server-error' | 'html-error-page' | 'no-answer';

/** A running stand-in: its PayQuicker base URL and how to stop it (hanging connections are cut). */
export interface MisbehavingVendor {
  readonly payquickerUrl: string;
  close(): Promise<void>;
}

const BASE_PATH = '/payquicker/api/v2';

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function answer(mode: Misbehaviour, req: IncomingMessage, res: ServerResponse): void {
  if (req.method === 'POST' && req.url === `${BASE_PATH}/auth/connect/token`) {
    if (mode === 'reject-credentials') {
      send(res, 401, 'application/json', JSON.stringify({ error: 'invalid_client', error_description: 'client secret expired' }));
      return;
    }
    send(res, 200, 'application/json', JSON.stringify({ access_token: 'stand-in-token', token_type: 'Bearer', expires_in: 3600, scope: 'readonly modify' }));
    return;
  }
  if (mode === 'no-answer') return;
  if (mode === 'html-error-page') {
    send(res, 502, 'text/html; charset=utf-8', '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>');
    return;
  }
  const error = { severity: 'ERROR', error: 'INTERNAL_ERROR', code: 500, message: 'stand-in failure', referenceId: 'ref-1', timestamp: '2026-01-01T00:00:00Z' };
  send(res, 500, 'application/json', JSON.stringify(error));
}

/** Starts a stand-in misbehaving as `mode` on a free loopback port. */
export async function startMisbehavingVendor(mode: Misbehaviour): Promise<MisbehavingVendor> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => answer(mode, req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    payquickerUrl: `http://127.0.0.1:${port}${BASE_PATH}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

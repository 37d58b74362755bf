/**
 * A loopback forwarder whose upstream origin can be changed between requests, so one long-lived Prism
 * proxy can sit in front of a fresh sandbox per scenario. Prism keeps its upstream connections alive;
 * pointing it at the sandbox directly and restarting the sandbox would leave it a pooled socket that
 * the closed sandbox reset, and an occasional request would fail. The switch never closes while in
 * use, and opens a new connection to the current upstream for every request (no pooling).
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';

/** A running switch. */
export interface UpstreamSwitch {
  /** Origin to give Prism as its upstream: `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Sends the following requests to `origin` (`http://127.0.0.1:<port>`). */
  point(origin: string): void;
  close(): Promise<void>;
}

function forward(origin: string | undefined, req: IncomingMessage, res: ServerResponse): void {
  if (origin === undefined) {
    res.writeHead(503).end('upstream switch: no upstream set');
    return;
  }
  const target = new URL(origin);
  const outgoing = httpRequest(
    { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers, agent: false },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  outgoing.on('error', (error) => {
    if (!res.headersSent) res.writeHead(502);
    res.end(`upstream switch: ${error.message}`);
  });
  req.pipe(outgoing);
}

/** Starts a switch on a free loopback port, with no upstream yet (requests get 503 until `point`). */
export async function startUpstreamSwitch(): Promise<UpstreamSwitch> {
  let origin: string | undefined;
  const server = createServer((req, res) => forward(origin, req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    point: (next) => {
      origin = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

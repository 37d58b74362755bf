/**
 * The `fetch` the replay hands to the generated clients: it sends each request through Node's
 * `http.request`, which nock intercepts exactly like the global `fetch` (same interceptors, same
 * `no match` event, same refusal under `nock.disableNetConnect()`).
 *
 * Why not the global `fetch`: under nock 15 it still runs undici end to end against a mocked
 * socket (a new undici client and TLS context per request, the request and the response each
 * serialised and parsed again), about 3× the CPU time of a `ClientRequest` per exchange. The client
 * sends the same method, URL, headers and body either way; only the transport differs.
 *
 * The transport is as cheap as nock allows:
 * - connections are kept alive (one keep-alive agent), as the clients' own `fetch` does: a response
 *   framed by `Content-Length` leaves its mocked socket open for the next request, so an exchange
 *   does not pay for a new socket;
 * - an `https` URL on the default port travels over a plain socket to port 443, which the
 *   interceptor takes for `https` (nock sees the very URL and `Host` the client sent). nock never
 *   negotiates TLS, and a mocked TLS socket roughly doubles the transport's cost and cannot be
 *   kept alive (the interceptor adds listeners to it on every reuse). Other `https` URLs use TLS.
 */
import http from 'node:http';
import https from 'node:https';

/** Statuses whose response has no body (Fetch standard, "null body status"). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** True when a response with `status` has no body (Fetch standard, "null body status"). */
export function isNullBodyStatus(status: number): boolean {
  return NULL_BODY_STATUSES.has(status);
}

let agent: http.Agent | undefined;

/** Closes every kept-alive connection of {@link nockFetch}; later requests open new ones. */
export function closeNockConnections(): void {
  agent?.destroy();
  agent = undefined;
}

/** The port the interceptor reads as `https` on a plain socket (and the default port of `https` URLs). */
const HTTPS_PORT = '443';

/**
 * Sends `headers` and `body` as `method` to `url`: over the keep-alive agent for `http` URLs and
 * `https` URLs on the default port (a plain socket to port 443, `Host` as the URL gives it), over
 * TLS without keep-alive for any other `https` URL.
 */
function send(url: string, method: string, headers: Record<string, string>, onResponse: (message: http.IncomingMessage) => void): http.ClientRequest {
  const target = new URL(url);
  if (target.protocol === 'https:' && target.port !== '') return https.request(target, { method, headers, agent: false }, onResponse);
  if (target.protocol === 'https:') {
    headers.host = target.host;
    target.protocol = 'http:';
    target.port = HTTPS_PORT;
  }
  agent ??= new http.Agent({ keepAlive: true });
  return http.request(target, { method, headers, agent }, onResponse);
}

/** A request as sent: method, URL, header pairs (lower-case names), body bytes and signal. */
interface Outgoing {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Buffer | undefined;
  signal: AbortSignal | undefined;
}

/** Header pairs with lower-case names, as `Headers` gives them (read directly when `headers` is one). */
function headerPairs(headers: ConstructorParameters<typeof Headers>[0]): Record<string, string> {
  const record: Record<string, string> = {};
  (headers instanceof Headers ? headers : new Headers(headers)).forEach((value, name) => {
    record[name] = value;
  });
  return record;
}

/** Methods a `Request` upper-cases (Fetch standard, "normalize a method"); others keep their case. */
const NORMALIZED_METHODS = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);

/**
 * The request `fetch(input, init)` sends. A URL with a string body (or none), which is what the
 * generated clients pass, is taken as it is; anything else goes through a `Request`, so body
 * encodings and default content types are the Fetch standard's.
 */
async function outgoing(input: string | URL | Request, init: RequestInit | undefined): Promise<Outgoing> {
  if (!(input instanceof Request) && (init?.body === undefined || init.body === null || typeof init.body === 'string')) {
    const headers = headerPairs(init?.headers);
    if (typeof init?.body === 'string' && headers['content-type'] === undefined) headers['content-type'] = 'text/plain;charset=UTF-8';
    const body = typeof init?.body === 'string' ? Buffer.from(init.body) : undefined;
    const method = init?.method ?? 'GET';
    return { method: NORMALIZED_METHODS.has(method.toUpperCase()) ? method.toUpperCase() : method, url: String(input), headers, body, signal: init?.signal ?? undefined };
  }
  const request = input instanceof Request && init === undefined ? input : new Request(input, init);
  const body = request.body === null ? undefined : Buffer.from(await request.arrayBuffer());
  return { method: request.method, url: request.url, headers: headerPairs(request.headers), body, signal: request.signal };
}

function toResponse(message: http.IncomingMessage, body: Buffer): Response {
  const headers = new Headers();
  for (let i = 0; i + 1 < message.rawHeaders.length; i += 2) {
    headers.append(message.rawHeaders[i] as string, message.rawHeaders[i + 1] as string);
  }
  const status = message.statusCode ?? 0;
  return new Response(isNullBodyStatus(status) ? null : body, { status, statusText: message.statusMessage ?? '', headers });
}

/**
 * A `fetch` over `http.request` (see the module comment for the transport), for nock to intercept.
 * A known-length body is sent with `Content-Length`, as the global fetch does. Reads the whole
 * response before resolving; honours the request's `AbortSignal`.
 * @throws the signal's reason when it aborts; the transport's error (nock's
 *   `NetConnectNotAllowedError` for an unmatched request) otherwise.
 */
export async function nockFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const { method, url, headers, body, signal } = await outgoing(input, init);
  if (body !== undefined) headers['content-length'] = String(body.byteLength);
  signal?.throwIfAborted();
  return new Promise<Response>((resolve, reject) => {
    const request = send(url, method, headers, (message) => {
      const chunks: Buffer[] = [];
      message.on('data', (chunk: Buffer) => chunks.push(chunk));
      message.on('end', () => resolve(toResponse(message, Buffer.concat(chunks))));
      message.on('error', reject);
    });
    if (signal !== undefined) {
      const onAbort = (): void => {
        request.destroy(signal.reason instanceof Error ? signal.reason : undefined);
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      request.on('close', () => signal.removeEventListener('abort', onAbort));
    }
    request.on('error', reject);
    request.end(body);
  });
}

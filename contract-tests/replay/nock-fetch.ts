/**
 * The `fetch` the replay hands to the generated clients: it sends each request through Node's
 * `http.request`/`https.request`, which nock intercepts exactly like the global `fetch` (same
 * interceptors, same `no match` event, same refusal under `nock.disableNetConnect()`).
 *
 * Why not the global `fetch`: under nock 15 it still runs undici end to end against a mocked
 * socket (a new undici client and TLS context per request, the request and the response each
 * serialised and parsed again), about 3× the CPU time of a `ClientRequest` per exchange. The client
 * builds the same `Request` either way (method, URL, headers, body); only the transport differs.
 */
import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';

/** Statuses whose response has no body (Fetch standard, "null body status"). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

let secureContext: tls.SecureContext | undefined;

/** One TLS context for every replayed `https` request: nock never negotiates TLS, so a fresh one per request is pure cost. */
function sharedSecureContext(): tls.SecureContext {
  secureContext ??= tls.createSecureContext();
  return secureContext;
}

function headerPairs(headers: Headers, body: Buffer | undefined): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = value;
  });
  // The global fetch sends a known-length body with Content-Length, not chunked: keep that.
  if (body !== undefined) record['content-length'] = String(body.byteLength);
  return record;
}

function toResponse(message: http.IncomingMessage, body: Buffer): Response {
  const headers = new Headers();
  for (let i = 0; i + 1 < message.rawHeaders.length; i += 2) {
    headers.append(message.rawHeaders[i] as string, message.rawHeaders[i + 1] as string);
  }
  const status = message.statusCode ?? 0;
  return new Response(NULL_BODY_STATUSES.has(status) ? null : body, { status, statusText: message.statusMessage ?? '', headers });
}

/**
 * A `fetch` over `http.request`/`https.request` (chosen by the URL's scheme) for nock to intercept.
 * Reads the whole response before resolving; honours the request's `AbortSignal`.
 * @throws the signal's reason when it aborts; the transport's error (nock's
 *   `NetConnectNotAllowedError` for an unmatched request) otherwise.
 */
export async function nockFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const request = input instanceof Request && init === undefined ? input : new Request(input, init);
  const body = request.body === null ? undefined : Buffer.from(await request.arrayBuffer());
  const url = new URL(request.url);
  const secure = url.protocol === 'https:';
  const options: https.RequestOptions = { method: request.method, headers: headerPairs(request.headers, body), ...(secure ? { secureContext: sharedSecureContext() } : {}) };
  const { signal } = request;
  signal.throwIfAborted();
  return new Promise<Response>((resolve, reject) => {
    const outgoing = (secure ? https : http).request(url, options, (message) => {
      const chunks: Buffer[] = [];
      message.on('data', (chunk: Buffer) => chunks.push(chunk));
      message.on('end', () => resolve(toResponse(message, Buffer.concat(chunks))));
      message.on('error', reject);
    });
    const onAbort = (): void => {
      outgoing.destroy(signal.reason instanceof Error ? signal.reason : undefined);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    outgoing.on('close', () => signal.removeEventListener('abort', onAbort));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

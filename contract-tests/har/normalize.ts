/**
 * Makes an exchange stable and safe to commit (the cassette normalisation, documented in
 * contract-tests/README.md):
 * - URLs, bodies and headers are rewritten onto the API's canonical base (canonical-base.ts);
 * - volatile headers (dates, cookies, request ids, lengths, connection management, validators such
 *   as `etag`) are dropped; header names are lower-case;
 * - JSON bodies are pretty-printed with 2 spaces; secrets are scrubbed (scrub.ts).
 * Normalising twice gives the same result, so recorded, imported and replayed exchanges compare.
 */
import type { ApiName, Exchange } from '../core/types.js';
import { CANONICAL_BASE, rebase } from './canonical-base.js';
import { scrubForm, scrubHeaders, scrubJson, scrubMultipart, scrubUrlParams } from './scrub.js';

/** Headers dropped from cassettes: they change from run to run and no operation is defined by them. */
export const VOLATILE_HEADERS: readonly string[] = [
  'age',
  'connection',
  'content-length',
  'cookie',
  'date',
  'etag',
  'expires',
  'keep-alive',
  'last-modified',
  'request-id',
  'server',
  'server-timing',
  'set-cookie',
  'traceparent',
  'tracestate',
  'transfer-encoding',
  'x-correlation-id',
  'x-powered-by',
  'x-request-id',
  'x-response-time',
];

/** `body` parsed as JSON, or `undefined` when it is not JSON. */
function parseJson(body: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(body) };
  } catch {
    return undefined;
  }
}

/**
 * A body scrubbed (scrub.ts) and, when JSON, pretty-printed with 2 spaces. It is read by its
 * `content-type`: form (urlencoded or multipart), JSON, or none (then as JSON when it parses).
 * Any other body keeps its bytes unless it parses as JSON holding a secret (then it is the
 * scrubbed JSON) or holds a URL with a secret parameter (then that value is replaced).
 */
export function normalizeBody(headers: Record<string, string>, body: string): string {
  if (body === '') return body;
  const contentType = headers['content-type'] ?? '';
  const type = contentType.toLowerCase();
  if (type.includes('application/x-www-form-urlencoded')) return scrubForm(body);
  if (type.includes('multipart/form-data')) return scrubMultipart(body, contentType);
  const json = parseJson(body);
  if (type.includes('json') || type === '') return json === undefined ? scrubUrlParams(body) : JSON.stringify(scrubJson(json.value), null, 2);
  if (json === undefined) return scrubUrlParams(body);
  const scrubbed = JSON.stringify(scrubJson(json.value), null, 2);
  return scrubbed === JSON.stringify(json.value, null, 2) ? body : scrubbed;
}

/** Lower-case names, volatile headers dropped, credentials scrubbed, sorted by name. */
export function normalizeHeaders(headers: Record<string, string>, rewrite: (text: string) => string = (t) => t): Record<string, string> {
  const kept = Object.entries(headers)
    .map(([name, value]): [string, string] => [name.toLowerCase(), rewrite(value)])
    .filter(([name]) => !VOLATILE_HEADERS.includes(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return scrubHeaders(Object.fromEntries(kept));
}

/** The base URL an exchange was sent to: its absolute URL minus its relative path. */
export function originalBaseOf(exchange: Exchange): string {
  const { url, path } = exchange.request;
  return url.endsWith(path) ? url.slice(0, url.length - path.length) : new URL(url).origin;
}

/** `exchange` rebased onto the canonical base of `api`, with stable headers and scrubbed, pretty bodies. */
export function normalizeExchange(exchange: Exchange, api: ApiName): Exchange {
  const base = originalBaseOf(exchange);
  const rewrite = (text: string): string => rebase(text, base, api);
  const { request, response } = exchange;
  const requestHeaders = normalizeHeaders(request.headers, rewrite);
  const responseHeaders = normalizeHeaders(response.headers, rewrite);
  return {
    operationId: exchange.operationId,
    request: {
      method: request.method.toUpperCase(),
      url: `${CANONICAL_BASE[api]}${scrubUrlParams(request.path)}`,
      path: scrubUrlParams(request.path),
      headers: requestHeaders,
      ...(request.body === undefined ? {} : { body: normalizeBody(requestHeaders, rewrite(request.body)) }),
    },
    response: {
      status: response.status,
      headers: responseHeaders,
      body: normalizeBody(responseHeaders, rewrite(response.body)),
    },
  };
}

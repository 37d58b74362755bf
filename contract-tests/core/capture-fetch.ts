/**
 * A `fetch` that records every request and its response as an {@link Exchange}, in the order the
 * requests were sent (token requests included), and passes both through unchanged.
 */
import { matchOperation } from './match-operation.js';
import type { ApiName, Exchange } from './types.js';

/** A recording fetch and the exchanges it has seen so far. */
export interface CapturingFetch {
  fetch: typeof fetch;
  /** Completed exchanges in request order; a request that got no response (network error, timeout) is absent. */
  readonly exchanges: Exchange[];
}

/** Lower-cased header names mapped to their values (`Headers` joins repeated headers with `, `). */
export function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name.toLowerCase()] = value;
  });
  return record;
}

/** `url` relative to `baseUrl` (path and query), or its path and query when it lies elsewhere. */
export function relativePath(url: string, baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  if (url.startsWith(`${base}/`) || url.startsWith(`${base}?`)) return url.slice(base.length);
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

/**
 * Wraps `inner` (default: the global fetch) so that each exchange with an API at `baseUrl` is
 * recorded; bodies are read from clones, so the caller still gets unread streams.
 */
export function captureFetch(api: ApiName, baseUrl: string, inner: typeof fetch = globalThis.fetch): CapturingFetch {
  // One slot per request, filled when its response arrives, so order is request order.
  const slots: (Exchange | undefined)[] = [];
  const capturing = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const slot = slots.length;
    slots.push(undefined);
    const requestBody = request.body === null ? undefined : await request.clone().text();
    const response = await inner(request);
    const path = relativePath(request.url, baseUrl);
    const exchange: Exchange = {
      operationId: matchOperation(api, request.method, path),
      request: {
        method: request.method,
        url: request.url,
        path,
        headers: headerRecord(request.headers),
        ...(requestBody === undefined ? {} : { body: requestBody }),
      },
      response: { status: response.status, headers: headerRecord(response.headers), body: await response.clone().text() },
    };
    slots[slot] = exchange;
    return response;
  };
  return {
    fetch: capturing as typeof fetch,
    get exchanges() {
      return slots.filter((e): e is Exchange => e !== undefined);
    },
  };
}

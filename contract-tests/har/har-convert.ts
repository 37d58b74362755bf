/**
 * Converts between exchanges and HAR 1.2 entries. Timing fields are fixed (cassettes are compared
 * byte for byte): entry `i` starts at {@link CASSETTE_EPOCH} plus `i` seconds and takes 0 ms.
 */
import { STATUS_CODES } from 'node:http';
import type { ApiName, Exchange } from '../core/types.js';
import { CANONICAL_BASE } from './canonical-base.js';
import { field, HarShapeError, headerRecord, isNumber, isObject, isString, type HarNode } from './har-shape.js';
import type { HarEntry, HarNameValue } from './har-types.js';

/** `startedDateTime` of a cassette's first entry. */
export const CASSETTE_EPOCH = Date.UTC(2026, 0, 1);

function pairs(headers: Record<string, string>): HarNameValue[] {
  return Object.entries(headers).map(([name, value]) => ({ name, value }));
}

function queryPairs(path: string): HarNameValue[] {
  const query = path.includes('?') ? path.slice(path.indexOf('?') + 1) : '';
  return [...new URLSearchParams(query)].map(([name, value]) => ({ name, value }));
}

/** The HAR entry of the `index`-th exchange of a cassette (the exchange is expected normalised). */
export function toHarEntry(exchange: Exchange, index: number): HarEntry {
  const { request, response } = exchange;
  const requestType = request.headers['content-type'] ?? '';
  const responseType = response.headers['content-type'] ?? '';
  return {
    ...(exchange.operationId === undefined ? {} : { _operationId: exchange.operationId }),
    startedDateTime: new Date(CASSETTE_EPOCH + index * 1000).toISOString(),
    time: 0,
    request: {
      method: request.method,
      url: request.url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: pairs(request.headers),
      queryString: queryPairs(request.path),
      ...(request.body === undefined ? {} : { postData: { mimeType: requestType, text: request.body } }),
      headersSize: -1,
      bodySize: -1,
    },
    response: {
      status: response.status,
      statusText: STATUS_CODES[response.status] ?? '',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: pairs(response.headers),
      content: { size: Buffer.byteLength(response.body), mimeType: responseType, text: response.body },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
    },
    cache: {},
    timings: { send: 0, wait: 0, receive: 0 },
  };
}

/**
 * The exchange of HAR entry `entry` at JSON pointer `pointer` of a cassette of `api`. Its URL must
 * start with the API's canonical base (cassettes are always rebased).
 * @throws {HarShapeError} naming the JSON pointer of the first bad field.
 */
export function fromHarEntry(entry: unknown, pointer: string, api: ApiName): Exchange {
  const request = field(entry, 'request', pointer, isObject, 'an object');
  const response = field(entry, 'response', pointer, isObject, 'an object');
  const url = field(request, 'url', `${pointer}/request`, isString, 'a string');
  const base = CANONICAL_BASE[api];
  if (!url.startsWith(`${base}/`) && !url.startsWith(`${base}?`)) {
    throw new HarShapeError(`${pointer}/request/url`, `url ${url} is not on the canonical ${api} base ${base}`);
  }
  const postData = request.postData;
  const body = postData === undefined ? undefined : field(postData, 'text', `${pointer}/request/postData`, isString, 'a string');
  const content = field(response, 'content', `${pointer}/response`, isObject, 'an object');
  const text = content.text === undefined ? '' : field(content, 'text', `${pointer}/response/content`, isString, 'a string');
  const operationId = (entry as HarNode)._operationId;
  return {
    operationId: typeof operationId === 'string' ? operationId : undefined,
    request: {
      method: field(request, 'method', `${pointer}/request`, isString, 'a string').toUpperCase(),
      url,
      path: url.slice(base.length),
      headers: headerRecord(request, `${pointer}/request`),
      ...(body === undefined ? {} : { body }),
    },
    response: {
      status: field(response, 'status', `${pointer}/response`, isNumber, 'an integer'),
      headers: headerRecord(response, `${pointer}/response`),
      body: text,
    },
  };
}

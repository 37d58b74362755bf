/**
 * Compares the request a client sent during replay with the one a cassette recorded. Both sides
 * are normalised and scrubbed the same way first (har/normalize.ts, har/scrub.ts; the query too),
 * so placeholders and secrets compare equal. The result names the first difference precisely: the query parameter, the
 * header, or the JSON pointer within the body.
 */
import { normalizeBody, normalizeHeaders } from '../har/normalize.js';
import { scrubUrlParams } from '../har/scrub.js';
import { firstDifference, show } from './json-diff.js';

/** A request as compared: method, path and query relative to the API base, lower-case headers, body text. */
export interface ComparableRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** Headers whose value the API depends on: they must be sent exactly as recorded. */
export const COMPARED_HEADERS: readonly string[] = ['accept', 'authorization', 'content-type', 'x-mypayquicker-version'];

function split(rawPath: string): { pathname: string; query: URLSearchParams } {
  const path = scrubUrlParams(rawPath);
  const at = path.indexOf('?');
  return at < 0 ? { pathname: path, query: new URLSearchParams() } : { pathname: path.slice(0, at), query: new URLSearchParams(path.slice(at + 1)) };
}

function queryDifferences(recorded: URLSearchParams, sent: URLSearchParams): string[] {
  const names = [...new Set([...recorded.keys(), ...sent.keys()])].sort();
  return names
    .filter((name) => recorded.getAll(name).join('\u0000') !== sent.getAll(name).join('\u0000'))
    .map((name) => `query parameter ${name} differs: recorded ${show(recorded.getAll(name).join(',') || undefined)}, sent ${show(sent.getAll(name).join(',') || undefined)}`);
}

function headerDifferences(recorded: Record<string, string>, sent: Record<string, string>): string[] {
  const r = normalizeHeaders(recorded);
  const s = normalizeHeaders(sent);
  return COMPARED_HEADERS.filter((name) => r[name] !== s[name]).map(
    (name) => `header ${name} differs: recorded ${show(r[name])}, sent ${show(s[name])}`,
  );
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function bodyDifference(recorded: ComparableRequest, sent: ComparableRequest): string | undefined {
  const r = normalizeBody(normalizeHeaders(recorded.headers), recorded.body ?? '');
  const s = normalizeBody(normalizeHeaders(sent.headers), sent.body ?? '');
  if (r === s) return undefined;
  const [rj, sj] = [parseJson(r), parseJson(s)];
  if (rj.ok && sj.ok) {
    const difference = firstDifference(rj.value, sj.value);
    if (difference === undefined) return undefined;
    return `request body differs at ${difference.pointer}: recorded ${show(difference.recorded)}, sent ${show(difference.sent)}`;
  }
  if ((recorded.headers['content-type'] ?? '').includes('x-www-form-urlencoded')) {
    const differences = queryDifferences(new URLSearchParams(r), new URLSearchParams(s));
    return differences.map((d) => d.replace(/^query parameter/, 'form field')).join('; ') || undefined;
  }
  return `request body differs: recorded ${show(r === '' ? undefined : r)}, sent ${show(s === '' ? undefined : s)}`;
}

/** Every difference between the recorded and the sent request (empty when they match). */
export function diffRequests(recorded: ComparableRequest, sent: ComparableRequest): string[] {
  const differences: string[] = [];
  if (recorded.method.toUpperCase() !== sent.method.toUpperCase()) {
    differences.push(`method differs: recorded ${recorded.method}, sent ${sent.method}`);
  }
  const [r, s] = [split(recorded.path), split(sent.path)];
  if (r.pathname !== s.pathname) differences.push(`path differs: recorded ${r.pathname}, sent ${s.pathname}`);
  differences.push(...queryDifferences(r.query, s.query), ...headerDifferences(recorded.headers, sent.headers));
  const body = bodyDifference(recorded, sent);
  if (body !== undefined) differences.push(body);
  return differences;
}

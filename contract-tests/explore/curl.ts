/**
 * One-line `curl` reproductions of explored requests, with every secret replaced by the cassette
 * scrubber's placeholder (har/scrub.ts: credential headers keep their scheme, secret query
 * parameters and JSON or form fields are replaced), so the line can go into a report or a ticket.
 */
import type { Exchange } from '../core/types.js';
import { scrubForm, scrubHeaders, scrubJson, scrubUrlParams } from '../har/scrub.js';

/** Headers a reader needs to repeat the request; transport headers (length, encoding, connection) are left to curl. */
const SKIPPED_HEADERS = new Set(['content-length', 'host', 'connection', 'accept-encoding', 'user-agent']);

/** `text` as one POSIX shell word in single quotes (a quote inside becomes `'\''`); line breaks become spaces. */
export function shellQuote(text: string): string {
  return `'${text.replace(/[\r\n]+/g, ' ').replace(/'/g, `'\\''`)}'`;
}

function scrubbedBody(headers: Record<string, string>, body: string): string {
  const type = headers['content-type'] ?? '';
  if (/json/i.test(type)) {
    try {
      return JSON.stringify(scrubJson(JSON.parse(body)));
    } catch {
      return body;
    }
  }
  return /x-www-form-urlencoded/i.test(type) ? scrubForm(body) : body;
}

/** `curl -X METHOD 'url' -H 'name: value' … --data-raw 'body'` for `request`, secrets scrubbed, on one line. */
export function curlOf(request: Exchange['request']): string {
  const headers = scrubHeaders(request.headers);
  const parts = ['curl', '-X', request.method.toUpperCase(), shellQuote(scrubUrlParams(request.url))];
  for (const [name, value] of Object.entries(headers).sort(([a], [b]) => a.localeCompare(b))) {
    if (!SKIPPED_HEADERS.has(name)) parts.push('-H', shellQuote(`${name}: ${value}`));
  }
  if (request.body !== undefined && request.body !== '') parts.push('--data-raw', shellQuote(scrubbedBody(request.headers, request.body)));
  return parts.join(' ');
}

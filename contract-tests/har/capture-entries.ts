/**
 * Reads the entries of a HAR capture for `import-har`, treating the file as untrusted input: every
 * entry must be a HAR 1.2 entry (http://www.softwareishard.com/blog/har-12-spec/) with an absolute
 * request URL, and the bodies of the entries that are imported must stay within
 * {@link MAX_BODY_BYTES} and {@link MAX_BODY_DEPTH}. Anything else is a {@link UserError} naming
 * the file, the entry index and the JSON pointer of the bad field.
 */
import { readFile } from 'node:fs/promises';
import { UserError } from '../../generator/src/diagnostics.js';
import { field, HarShapeError, headerRecord, isNumber, isObject, isString } from './har-shape.js';

/** Largest request or response body imported, in UTF-8 bytes (4 MiB): cassettes are committed files. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Deepest JSON nesting (arrays and objects) of an imported body that starts like JSON. */
export const MAX_BODY_DEPTH = 100;

/** One entry of a capture, as read: `index` is its position in `log.entries`. */
export interface CaptureEntry {
  index: number;
  method: string;
  /** The absolute request URL. */
  url: string;
  requestHeaders: Record<string, string>;
  requestBody?: string;
  /** 0 when the browser got no answer (HAR 1.2 §response). */
  status: number;
  responseHeaders: Record<string, string>;
  /** `content.text`, decoded when `content.encoding` is `base64`; empty when absent. */
  responseBody: string;
}

const isAbsoluteUrl = (v: unknown): v is string => typeof v === 'string' && URL.canParse(v);

function optionalText(node: unknown, key: string, pointer: string): string | undefined {
  return isObject(node) && node[key] !== undefined ? field(node, key, pointer, isString, 'a string') : undefined;
}

function readEntry(entry: unknown, index: number): CaptureEntry {
  const pointer = `#/log/entries/${index}`;
  if (!isObject(entry)) throw new HarShapeError(pointer, 'an entry must be an object with request and response');
  const request = field(entry, 'request', pointer, isObject, 'an object');
  const response = field(entry, 'response', pointer, isObject, 'an object');
  const url = field(request, 'url', `${pointer}/request`, isAbsoluteUrl, 'an absolute URL');
  const postData = request.postData === undefined ? undefined : field(request, 'postData', `${pointer}/request`, isObject, 'an object');
  const requestBody = optionalText(postData, 'text', `${pointer}/request/postData`);
  const content = response.content === undefined ? {} : field(response, 'content', `${pointer}/response`, isObject, 'an object');
  const text = optionalText(content, 'text', `${pointer}/response/content`) ?? '';
  return {
    index,
    method: field(request, 'method', `${pointer}/request`, isString, 'a string').toUpperCase(),
    url,
    requestHeaders: headerRecord(request, `${pointer}/request`),
    ...(requestBody === undefined ? {} : { requestBody }),
    status: field(response, 'status', `${pointer}/response`, isNumber, 'an integer'),
    responseHeaders: headerRecord(response, `${pointer}/response`),
    responseBody: content.encoding === 'base64' ? Buffer.from(text, 'base64').toString('utf8') : text,
  };
}

/**
 * Every entry of the capture `file` (UTF-8, a leading byte order mark allowed), checked (see the
 * module comment).
 * @throws {UserError} for an unreadable file, text that is not JSON, `log.entries` that is not an
 *   array, or an entry that is not a readable HAR entry (`<file> entry <i> <pointer>: <problem>`).
 */
export async function readCaptureEntries(file: string): Promise<CaptureEntry[]> {
  let har: unknown;
  try {
    har = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UserError(`${file}: cannot read HAR capture: ${(error as Error).message}`);
  }
  const entries = (isObject(har) && isObject(har.log) ? har.log.entries : undefined) as unknown;
  if (!Array.isArray(entries)) throw new UserError(`${file} #/log/entries: not a HAR file (log.entries must be an array)`);
  return entries.map((entry, index) => {
    try {
      return readEntry(entry, index);
    } catch (error) {
      if (!(error instanceof HarShapeError)) throw error;
      throw new UserError(`${file} entry ${index} ${error.pointer}: ${error.message}`);
    }
  });
}

/** The deepest nesting of arrays and objects in JSON text `text` (brackets inside strings do not count). */
function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') deepest = Math.max(deepest, ++depth);
    else if (char === ']' || char === '}') depth--;
  }
  return deepest;
}

function checkBody(file: string, entry: CaptureEntry, body: string, pointer: string): void {
  const where = `${file} entry ${entry.index} #/log/entries/${entry.index}/${pointer}`;
  const bytes = Buffer.byteLength(body);
  if (bytes > MAX_BODY_BYTES) throw new UserError(`${where}: body of ${bytes} bytes is larger than the ${MAX_BODY_BYTES} bytes a cassette may hold`);
  if (/^\s*[[{]/.test(body) && jsonDepth(body) > MAX_BODY_DEPTH) throw new UserError(`${where}: body nests arrays and objects more than ${MAX_BODY_DEPTH} levels deep`);
}

/**
 * Checks that the bodies of an entry to be imported stay within the limits above.
 * @throws {UserError} naming the file, the entry index and the body's JSON pointer.
 */
export function checkEntryBodies(file: string, entry: CaptureEntry): void {
  if (entry.requestBody !== undefined) checkBody(file, entry, entry.requestBody, 'request/postData/text');
  checkBody(file, entry, entry.responseBody, 'response/content/text');
}

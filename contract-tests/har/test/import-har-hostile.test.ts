/**
 * `import-har` on hostile captures (issue 12 item 5): every malformed, truncated, oversized or
 * deeply nested input ends in exit 2 with a message naming the file and, for an entry, its index
 * and JSON pointer; never exit 70, and no cassette (or temporary file) is written.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImportHarCommand } from '../../cli/import-har-command.js';
import { MAX_BODY_BYTES } from '../capture-entries.js';

const BASE = 'https://capture.example.com/api/v2';

/** A HAR entry whose fields the cases overwrite with anything. */
interface LooseEntry {
  request: Record<string, unknown>;
  response: Record<string, unknown> & { content: Record<string, unknown> };
}

function goodEntry(): LooseEntry {
  return {
    request: { method: 'GET', url: `${BASE}/payments/jobs`, headers: [{ name: 'Accept', value: 'application/json' }] },
    response: { status: 200, headers: [{ name: 'Content-Type', value: 'application/json' }], content: { mimeType: 'application/json', text: '{"items":[]}' } },
  };
}

/** A capture whose entry 1 is `goodEntry()` changed by `change` (entry 0 stays good). */
function withEntry(change: (entry: LooseEntry) => unknown): string {
  const entry = goodEntry();
  const changed = change(entry);
  return JSON.stringify({ log: { version: '1.2', entries: [goodEntry(), changed === undefined ? entry : changed] } });
}

const deep = (levels: number): string => `${'['.repeat(levels)}${']'.repeat(levels)}`;

/** [case, capture text, text the error must contain]. */
const HOSTILE: Array<[string, string, string]> = [
  ['malformed JSON', '{"log": {"entries": [', 'cannot read HAR capture'],
  ['an empty file', '', 'cannot read HAR capture'],
  ['JSON null', 'null', '#/log/entries: not a HAR file'],
  ['a JSON array', '[]', '#/log/entries: not a HAR file'],
  ['log not an object', '{"log": "x"}', '#/log/entries: not a HAR file'],
  ['entries not an array', '{"log": {"entries": {"0": {}}}}', '#/log/entries: not a HAR file'],
  ['a null entry', withEntry(() => null), 'entry 1 #/log/entries/1: an entry must be an object'],
  ['a number entry', withEntry(() => 7), 'entry 1 #/log/entries/1: an entry must be an object'],
  ['a missing request', withEntry((e) => ({ response: e.response })), 'entry 1 #/log/entries/1/request: request must be an object'],
  ['a null request', withEntry((e) => ({ ...e, request: null })), 'entry 1 #/log/entries/1/request: request must be an object'],
  ['a missing response', withEntry((e) => ({ request: e.request })), 'entry 1 #/log/entries/1/response: response must be an object'],
  ['a relative URL', withEntry((e) => void (e.request.url = '/api/v2/payments/jobs')), 'entry 1 #/log/entries/1/request/url: url must be an absolute URL'],
  ['a URL that is not a string', withEntry((e) => void (e.request.url = 42)), 'entry 1 #/log/entries/1/request/url: url must be an absolute URL'],
  ['a missing method', withEntry((e) => void delete e.request.method), 'entry 1 #/log/entries/1/request/method: method must be a string'],
  ['headers not an array', withEntry((e) => void (e.request.headers = { accept: 'x' })), 'entry 1 #/log/entries/1/request/headers: headers must be an array'],
  ['a null header', withEntry((e) => void (e.response.headers = [null])), 'entry 1 #/log/entries/1/response/headers/0/name: name must be a string'],
  ['a numeric header value', withEntry((e) => void (e.request.headers = [{ name: 'x-n', value: 1 }])), 'entry 1 #/log/entries/1/request/headers/0/value: value must be a string'],
  ['a status that is not an integer', withEntry((e) => void (e.response.status = '200')), 'entry 1 #/log/entries/1/response/status: status must be an integer'],
  ['postData that is not an object', withEntry((e) => void (e.request.postData = 'a=b')), 'entry 1 #/log/entries/1/request/postData: postData must be an object'],
  ['a request body that is not text', withEntry((e) => void (e.request.postData = { text: { a: 1 } })), 'entry 1 #/log/entries/1/request/postData/text: text must be a string'],
  ['a response body that is not text', withEntry((e) => void (e.response.content = { text: 5 })), 'entry 1 #/log/entries/1/response/content/text: text must be a string'],
  ['a huge response body', withEntry((e) => void (e.response.content.text = `"${'x'.repeat(MAX_BODY_BYTES)}"`)), 'entry 1 #/log/entries/1/response/content/text: body of'],
  ['a deeply nested response body', withEntry((e) => void (e.response.content.text = deep(100_000))), 'entry 1 #/log/entries/1/response/content/text: body nests'],
  ['a deeply nested request body', withEntry((e) => void (e.request.postData = { mimeType: 'application/json', text: `{"a":${deep(5_000)}}` })), 'entry 1 #/log/entries/1/request/postData/text: body nests'],
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'import-har-hostile-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function importText(name: string, text: string | undefined): Promise<{ code: number; err: string; outDir: string; file: string }> {
  const file = path.join(dir, `${name}.har`);
  if (text !== undefined) await writeFile(file, text);
  const outDir = path.join(dir, `${name}-out`);
  const err: string[] = [];
  const code = await runImportHarCommand(file, { outDir }, { out: () => undefined, err: (line) => err.push(line) });
  return { code, err: err.join('\n'), outDir, file };
}

describe('import-har on hostile captures', () => {
  it.each(HOSTILE)('%s: exit 2, located, nothing written', async (name, text, expected) => {
    const slug = name.replace(/\W+/g, '-');
    const { code, err, outDir, file } = await importText(slug, text);
    expect(code).toBe(2);
    expect(err).toContain(`error: ${file}`);
    expect(err).toContain(expected);
    await expect(readdir(outDir)).rejects.toThrow();
  });

  it('a good capture with the same entries imports (the table cases differ only by the named defect)', async () => {
    const { code, outDir } = await importText('good', withEntry(() => undefined));
    expect(code).toBe(0);
    expect(await readdir(path.join(outDir, 'payquicker'))).toEqual(['good-list-payment-jobs.har']);
  });

  it('a missing file and a folder are exit 2', async () => {
    expect((await importText('absent', undefined)).code).toBe(2);
    await mkdir(path.join(dir, 'folder.har'));
    const folder = await importText('folder', undefined);
    expect(folder.code).toBe(2);
    expect(folder.err).toContain('cannot read HAR capture');
  });
});

describe('import-har into a place it cannot write', () => {
  it('--out-dir below a regular file is exit 2 naming the folder, with nothing written', async () => {
    const file = path.join(dir, 'below-file.har');
    await writeFile(file, withEntry(() => undefined));
    const blocker = path.join(dir, 'a-file');
    await writeFile(blocker, 'not a folder');
    const err: string[] = [];
    const code = await runImportHarCommand(file, { outDir: path.join(blocker, 'cassettes') }, { out: () => undefined, err: (line) => err.push(line) });
    expect(code).toBe(2);
    expect(err.join('\n')).toContain(`--out-dir ${path.join(blocker, 'cassettes')}: cannot write the cassettes`);
  });

  it('reads a capture that starts with a byte order mark', async () => {
    const { code } = await importText('bom', `\uFEFF${withEntry(() => undefined)}`);
    expect(code).toBe(0);
  });
});

describe('import-har on pathological text', () => {
  it('scrubs and scans bodies built to make pattern matching backtrack, and imports them', async () => {
    const body = {
      jwtPrefixes: 'eyJ'.repeat(100_000),
      questionMarks: '?a'.repeat(100_000),
      ['A'.repeat(100_000)]: 1,
      multipart: 'content-disposition: form-data; name="a'.repeat(10_000),
      basic: `Basic ${'a'.repeat(200_000)}*`,
    };
    const { code, outDir } = await importText('pathological', withEntry((e) => void (e.response.content.text = JSON.stringify(body))));
    expect(code).toBe(0);
    expect(await readdir(path.join(outDir, 'payquicker'))).toEqual(['pathological-list-payment-jobs.har']);
  });
});

/**
 * `import-har`: turns a HAR capture made elsewhere (browser dev tools, a proxy, Polly.js) into
 * cassettes. The capture is split by operation: the exchanges of each operation, in capture
 * order, become `<out-dir>/<api>/<capture name>-<operationId in kebab-case>.har`, normalised,
 * rebased and scrubbed like recorded cassettes and marked `_source: imported` (replay then checks
 * their responses against the spec; no scenario drives them). Entries that match no operation of
 * the API (assets, other hosts, other APIs) are skipped and counted.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../generator/src/diagnostics.js';
import { matchOperation } from '../core/match-operation.js';
import type { ApiName, Exchange } from '../core/types.js';
import { cassettePath, serializeCassette, writeCassette, type Cassette } from './cassette.js';
import { findSecrets } from './secret-scan.js';

/** What to import and where to write it. */
export interface ImportOptions {
  file: string;
  /** The API of the capture; default: the one most entries match. */
  api?: ApiName;
  /** The API base URL in the capture; default: found per entry from the operation paths. */
  baseUrl?: string;
  outDir?: string;
}

/** The cassettes written and the number of entries skipped. */
export interface ImportResult {
  cassettes: Cassette[];
  skipped: number;
}

type Node = Record<string, unknown>;

function kebab(text: string): string {
  return text.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
}

function pairs(list: unknown): Record<string, string> {
  const record: Record<string, string> = {};
  for (const pair of Array.isArray(list) ? (list as Node[]) : []) {
    if (typeof pair.name === 'string' && typeof pair.value === 'string') record[pair.name.toLowerCase()] = pair.value;
  }
  return record;
}

/** `[base, path]` of `url` for `api`: under `baseUrl` when given, else where an operation path starts. */
function splitUrl(api: ApiName, method: string, url: string, baseUrl: string | undefined): [string, string] | undefined {
  if (baseUrl !== undefined) {
    const base = baseUrl.replace(/\/+$/, '');
    return url.startsWith(`${base}/`) || url.startsWith(`${base}?`) ? [base, url.slice(base.length)] : undefined;
  }
  const parsed = new URL(url);
  const segments = parsed.pathname.split('/').slice(1);
  for (let k = 0; k < segments.length; k++) {
    const candidate = `/${segments.slice(k).join('/')}`;
    if (matchOperation(api, method, candidate) !== undefined) {
      return [`${parsed.origin}${k === 0 ? '' : `/${segments.slice(0, k).join('/')}`}`, `${candidate}${parsed.search}`];
    }
  }
  return undefined;
}

function toExchange(api: ApiName, entry: Node, baseUrl: string | undefined): Exchange | undefined {
  const request = entry.request as Node | undefined;
  const response = entry.response as Node | undefined;
  if (typeof request?.url !== 'string' || typeof request.method !== 'string' || typeof response?.status !== 'number') return undefined;
  const method = request.method.toUpperCase();
  const split = splitUrl(api, method, request.url, baseUrl);
  if (split === undefined) return undefined;
  const operationId = matchOperation(api, method, split[1]);
  if (operationId === undefined) return undefined;
  const content = (response.content ?? {}) as Node;
  const text = typeof content.text === 'string' ? content.text : '';
  const postText = (request.postData as Node | undefined)?.text;
  return {
    operationId,
    request: { method, url: request.url, path: split[1], headers: pairs(request.headers), ...(typeof postText === 'string' ? { body: postText } : {}) },
    response: { status: response.status, headers: pairs(response.headers), body: content.encoding === 'base64' ? Buffer.from(text, 'base64').toString('utf8') : text },
  };
}

async function readEntries(file: string): Promise<Node[]> {
  let har: unknown;
  try {
    har = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UserError(`${file}: cannot read HAR capture: ${(error as Error).message}`);
  }
  const entries = (har as { log?: { entries?: unknown } } | null)?.log?.entries;
  if (!Array.isArray(entries)) throw new UserError(`${file} #/log/entries: not a HAR file (log.entries must be an array)`);
  return entries as Node[];
}

/**
 * Imports the capture (see the module comment).
 * @throws {UserError} for an unreadable capture, a capture with no entry of the API, or an entry
 *   whose scrubbed form still looks like a secret (nothing is written then).
 */
export async function importHar(options: ImportOptions): Promise<ImportResult> {
  const entries = await readEntries(options.file);
  const apis: ApiName[] = options.api === undefined ? ['payquicker', 'abconnect'] : [options.api];
  const byApi = apis.map((api) => ({ api, exchanges: entries.map((e) => toExchange(api, e, options.baseUrl)).filter((e): e is Exchange => e !== undefined) }));
  const best = byApi.sort((a, b) => b.exchanges.length - a.exchanges.length)[0];
  if (best === undefined || best.exchanges.length === 0) {
    throw new UserError(`${options.file}: no entry calls an operation of ${apis.join(' or ')}${options.baseUrl === undefined ? '' : ` under ${options.baseUrl}`}`);
  }
  const capture = kebab(path.basename(options.file).replace(/\.har$/i, ''));
  const groups = new Map<string, Exchange[]>();
  for (const exchange of best.exchanges) groups.set(exchange.operationId as string, [...(groups.get(exchange.operationId as string) ?? []), exchange]);
  const cassettes = [...groups].map(([operationId, exchanges]): Cassette => {
    const scenario = `${capture}-${kebab(operationId)}`;
    return { file: cassettePath(best.api, scenario, options.outDir), api: best.api, scenario, exchanges, source: 'imported' };
  });
  for (const cassette of cassettes) {
    const secrets = findSecrets(serializeCassette(cassette));
    if (secrets.length > 0) throw new UserError(`${options.file}: ${cassette.scenario} still looks like it holds a secret after scrubbing (${secrets.map((s) => `${s.reason} at ${s.pointer}`).join('; ')}); nothing written`);
  }
  for (const cassette of cassettes) await writeCassette(cassette);
  return { cassettes, skipped: entries.length - best.exchanges.length };
}

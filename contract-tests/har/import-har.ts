/**
 * `import-har`: turns a HAR capture made elsewhere (browser dev tools, a proxy, Polly.js) into
 * cassettes. The capture is split by operation: the exchanges of each operation, in capture
 * order, become `<out-dir>/<api>/<capture name>-<operationId in kebab-case>.har`, normalised,
 * rebased and scrubbed like recorded cassettes and marked `_source: imported` (replay then checks
 * their responses against the spec; no scenario drives them). Entries that match no operation of
 * the API (assets, other hosts, other APIs) or that got no answer (status 0) are skipped and
 * counted. The capture is untrusted input: a malformed entry, a relative URL or an oversized body
 * stops the import with a located error, and no secret is written (scrub.ts, secret-scan.ts).
 */
import path from 'node:path';
import { UserError } from '../../generator/src/diagnostics.js';
import { matchOperation } from '../core/match-operation.js';
import type { ApiName, Exchange } from '../core/types.js';
import { checkEntryBodies, readCaptureEntries, type CaptureEntry } from './capture-entries.js';
import { CASSETTES_DIR, cassettePath, type Cassette } from './cassette.js';
import { SecretsFoundError, writeCassettes } from './write-cassettes.js';

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

/** File system errors that come from where the user asked to write (`--out-dir`), not from a bug. */
const UNWRITABLE: readonly string[] = ['EACCES', 'EEXIST', 'EISDIR', 'ENOTDIR', 'EPERM', 'EROFS', 'ENOSPC'];

/** An exchange to import and the capture entry it comes from. */
interface Imported {
  entry: CaptureEntry;
  exchange: Exchange;
}

function kebab(text: string): string {
  return text.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
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

/** The exchange of `entry` when it calls an operation of `api` and got an answer (status 0 means none). */
function toExchange(api: ApiName, entry: CaptureEntry, baseUrl: string | undefined): Imported | undefined {
  if (entry.status === 0) return undefined;
  const split = splitUrl(api, entry.method, entry.url, baseUrl);
  if (split === undefined) return undefined;
  const operationId = matchOperation(api, entry.method, split[1]);
  if (operationId === undefined) return undefined;
  const exchange: Exchange = {
    operationId,
    request: { method: entry.method, url: entry.url, path: split[1], headers: entry.requestHeaders, ...(entry.requestBody === undefined ? {} : { body: entry.requestBody }) },
    response: { status: entry.status, headers: entry.responseHeaders, body: entry.responseBody },
  };
  return { entry, exchange };
}

/** The refusal of the scan, located in the capture: entry index and the place within the entry. */
function secretsMessage(file: string, error: SecretsFoundError, sources: readonly CaptureEntry[]): string {
  const places = error.findings.map((finding) => {
    const source = finding.entry === undefined ? undefined : sources[finding.entry];
    const inEntry = finding.pointer.replace(/^#\/log\/entries\/\d+/, '#');
    return source === undefined ? `${finding.reason} at ${finding.pointer}` : `entry ${source.index} ${inEntry}: ${finding.reason}`;
  });
  return `${file} ${places.join('; ')} (after scrubbing, in cassette ${error.cassette.scenario}; the value is not shown); nothing written`;
}

/**
 * Imports the capture (see the module comment).
 * @throws {UserError} for an unreadable capture, an entry that is not a HAR entry with an absolute
 *   URL, an imported body over the size or nesting limits (capture-entries.ts), a capture with no
 *   entry of the API, or an entry whose scrubbed form still looks like a secret. Nothing is
 *   written then, and either every cassette is written or none is.
 */
export async function importHar(options: ImportOptions): Promise<ImportResult> {
  const entries = await readCaptureEntries(options.file);
  const apis: ApiName[] = options.api === undefined ? ['payquicker', 'abconnect'] : [options.api];
  const byApi = apis.map((api) => ({ api, imported: entries.map((e) => toExchange(api, e, options.baseUrl)).filter((e): e is Imported => e !== undefined) }));
  const best = byApi.sort((a, b) => b.imported.length - a.imported.length)[0];
  if (best === undefined || best.imported.length === 0) {
    throw new UserError(`${options.file}: no entry calls an operation of ${apis.join(' or ')}${options.baseUrl === undefined ? '' : ` under ${options.baseUrl}`}`);
  }
  for (const { entry } of best.imported) checkEntryBodies(options.file, entry);
  const capture = kebab(path.basename(options.file).replace(/\.har$/i, ''));
  const groups = new Map<string, Imported[]>();
  for (const item of best.imported) {
    const operationId = item.exchange.operationId as string;
    const group = groups.get(operationId);
    if (group === undefined) groups.set(operationId, [item]);
    else group.push(item);
  }
  const cassettes = [...groups].map(([operationId, items]) => {
    const scenario = `${capture}-${kebab(operationId)}`;
    const cassette: Cassette = { file: cassettePath(best.api, scenario, options.outDir), api: best.api, scenario, exchanges: items.map((i) => i.exchange), source: 'imported' };
    return { cassette, sources: items.map((i) => i.entry) };
  });
  try {
    await writeCassettes(cassettes.map((c) => c.cassette));
  } catch (error) {
    if (error instanceof SecretsFoundError) {
      const sources = cassettes.find((c) => c.cassette === error.cassette)?.sources ?? [];
      throw new UserError(secretsMessage(options.file, error, sources));
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined && UNWRITABLE.includes(code)) {
      throw new UserError(`--out-dir ${options.outDir ?? CASSETTES_DIR}: cannot write the cassettes (${(error as Error).message}); nothing written`);
    }
    throw error;
  }
  return { cassettes: cassettes.map((c) => c.cassette), skipped: entries.length - best.imported.length };
}

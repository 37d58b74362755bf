/**
 * Cassettes: one HAR 1.2 file per scenario, `contract-tests/cassettes/<api>/<scenario>.har`,
 * holding the scenario's exchanges in request order, normalised and scrubbed (normalize.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fromPackageRoot } from '../../generator/src/package-root.js';
import type { ApiName, Exchange } from '../core/types.js';
import { fromHarEntry, toHarEntry } from './har-convert.js';
import { HarShapeError } from './har-shape.js';
import type { HarFile } from './har-types.js';
import { normalizeExchange } from './normalize.js';
import { stableStringify } from './stable-json.js';

/** A scenario's recorded exchanges and where they live. */
export interface Cassette {
  /** Path of the HAR file. */
  file: string;
  api: ApiName;
  scenario: string;
  exchanges: Exchange[];
  /** `imported` for cassettes made by `import-har` (no scenario drives them); default `recorded`. */
  source?: 'recorded' | 'imported';
}

/** The folder committed cassettes live in: `contract-tests/cassettes`. */
export const CASSETTES_DIR = fromPackageRoot('contract-tests/cassettes');

/** Every `.har` file under `dir` (default {@link CASSETTES_DIR}, searched recursively), as sorted paths relative to it. */
export function cassetteFiles(dir: string = CASSETTES_DIR): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.har'))
    .sort();
}

/** Thrown when a cassette cannot be read; the message names the file, the entry index and the JSON pointer. */
export class CassetteError extends Error {
  override readonly name = 'CassetteError';
}

/** `<dir>/<api>/<scenario>.har`; `dir` defaults to {@link CASSETTES_DIR}. */
export function cassettePath(api: ApiName, scenario: string, dir: string = CASSETTES_DIR): string {
  return path.join(dir, api, `${scenario}.har`);
}

/** The HAR text of `cassette`: exchanges normalised, keys sorted, 2-space indentation, final newline. */
export function serializeCassette(cassette: Cassette): string {
  const har: HarFile = {
    log: {
      version: '1.2',
      creator: { name: 'api-contracts', version: '1' },
      _api: cassette.api,
      _scenario: cassette.scenario,
      ...(cassette.source === 'imported' ? { _source: 'imported' } : {}),
      entries: cassette.exchanges.map((exchange, i) => toHarEntry(normalizeExchange(exchange, cassette.api), i)),
    },
  };
  return stableStringify(har);
}

function apiOf(value: unknown, file: string): ApiName {
  const fallback = path.basename(path.dirname(file));
  const api = typeof value === 'string' ? value : fallback;
  if (api === 'payquicker' || api === 'abconnect') return api;
  throw new CassetteError(`${file} #/log/_api: unknown API '${api}' (payquicker or abconnect)`);
}

/**
 * Reads a cassette. The API and scenario come from `log._api` / `log._scenario`, else from the
 * folder and file name.
 * @throws {CassetteError} naming the file, and for a bad entry its index and JSON pointer.
 */
export async function readCassette(file: string): Promise<Cassette> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CassetteError(`${file}: cannot read cassette: ${(error as Error).message}`);
  }
  return parseCassette(text, file);
}

/**
 * {@link readCassette} without leaving the event loop: for the replay, which reads one small file
 * per test and would otherwise wait on the thread pool several times per cassette.
 * @throws {CassetteError} as {@link readCassette}.
 */
export function readCassetteSync(file: string): Cassette {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CassetteError(`${file}: cannot read cassette: ${(error as Error).message}`);
  }
  return parseCassette(text, file);
}

/**
 * The cassette in HAR text `text`, read from `file` (named in errors; its folder and name give the
 * API and scenario when `log._api` / `log._scenario` are absent).
 * @throws {CassetteError} naming the file, and for a bad entry its index and JSON pointer.
 */
function parseCassette(text: string, file: string): Cassette {
  let har: unknown;
  try {
    har = JSON.parse(text);
  } catch (error) {
    throw new CassetteError(`${file}: cannot read cassette: ${(error as Error).message}`);
  }
  const log = (har as { log?: Record<string, unknown> } | null)?.log;
  if (typeof log !== 'object' || log === null || !Array.isArray(log.entries)) {
    throw new CassetteError(`${file} #/log/entries: not a HAR file (log.entries must be an array)`);
  }
  const api = apiOf(log._api, file);
  const scenario = typeof log._scenario === 'string' ? log._scenario : path.basename(file, '.har');
  const exchanges = log.entries.map((entry: unknown, i: number) => {
    try {
      return fromHarEntry(entry, `#/log/entries/${i}`, api);
    } catch (error) {
      if (!(error instanceof HarShapeError)) throw error;
      throw new CassetteError(`${file} entry ${i} ${error.pointer}: ${error.message}`);
    }
  });
  return { file, api, scenario, exchanges, ...(log._source === 'imported' ? { source: 'imported' as const } : {}) };
}

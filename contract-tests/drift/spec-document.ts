/**
 * The OpenAPI documents the drift checker judges responses against: `spec/<api>.yaml`, the same
 * files the generated clients were built from. Gives each operation's documented responses and the
 * response schema for a status (OpenAPI 3.1 §4.8.16 Responses Object, §4.8.17 Response Object).
 */
import { specDocument, specPath } from '../core/spec-file.js';
import type { ApiName } from '../core/types.js';

/** A parsed OpenAPI document and its operations by operationId. */
export interface SpecDocument {
  readonly file: string;
  readonly doc: unknown;
  /** Operation Objects by operationId, from `paths` and `components.pathItems`. */
  readonly operations: ReadonlyMap<string, Record<string, unknown>>;
}

/** What the spec says about one status of one operation. */
export interface ResponseSpec {
  /** The `responses` key that applies (`'200'`, `'4XX'`, `'default'`), or undefined when none does. */
  readonly key: string | undefined;
  /** True when the status is listed by its code or range (not only covered by `default`). */
  readonly documented: boolean;
  /** True when the applicable response documents a JSON media type. */
  readonly json: boolean;
  /** The schema of its JSON media type, if any. */
  readonly schema: unknown;
  /** Every `responses` key of the operation, for messages. */
  readonly keys: readonly string[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Resolves a local `$ref` (`#/components/...`) chain in `doc`; other values are returned as they are. */
export function deref(doc: unknown, value: unknown, seen: ReadonlySet<string> = new Set()): unknown {
  if (!isRecord(value) || typeof value['$ref'] !== 'string') return value;
  const ref = value['$ref'];
  if (!ref.startsWith('#/') || seen.has(ref)) return undefined;
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isRecord(node) ? node[token] : undefined;
  }
  return deref(doc, node, new Set([...seen, ref]));
}

function indexOperations(doc: unknown): Map<string, Record<string, unknown>> {
  const operations = new Map<string, Record<string, unknown>>();
  const root = isRecord(doc) ? doc : {};
  const components = isRecord(root['components']) ? root['components'] : {};
  const pathItems = [root['paths'], components['pathItems']].flatMap((group) => (isRecord(group) ? Object.values(group) : []));
  for (const item of pathItems) {
    const resolved = deref(doc, item);
    if (!isRecord(resolved)) continue;
    for (const method of METHODS) {
      const operation = resolved[method];
      if (isRecord(operation) && typeof operation['operationId'] === 'string') operations.set(operation['operationId'], operation);
    }
  }
  return operations;
}

/** Loaded documents by absolute file path. */
const cache = new Map<string, SpecDocument>();

/**
 * The spec of `api` from `file` (default the packaged `spec/<api>.yaml`; parsed once per process
 * by `core/spec-file.ts`) with its operations indexed.
 * @throws {UserError} naming the file when it cannot be read or parsed.
 */
export function loadSpec(api: ApiName, file: string = specPath(api)): Promise<SpecDocument> {
  let loaded = cache.get(file);
  if (loaded === undefined) {
    const doc = specDocument(api, file);
    loaded = { file, doc, operations: indexOperations(doc) };
    cache.set(file, loaded);
  }
  return Promise.resolve(loaded);
}

function jsonMedia(content: unknown): Record<string, unknown> | undefined {
  if (!isRecord(content)) return undefined;
  const key = Object.keys(content).find((type) => /^application\/(?:[\w.+-]+\+)?json\b/i.test(type) || type === '*/*');
  const media = key === undefined ? undefined : content[key];
  return isRecord(media) ? media : undefined;
}

/** What `spec` documents for `status` of `operationId`: exact code first, then its range, then `default`. */
export function responseSpec(spec: SpecDocument, operationId: string, status: number): ResponseSpec {
  const operation = spec.operations.get(operationId);
  const responses = isRecord(operation?.['responses']) ? operation['responses'] : {};
  const keys = Object.keys(responses);
  const exact = String(status);
  const range = `${exact[0]}XX`;
  const key = [exact, range, range.toLowerCase(), 'default'].find((k) => k in responses);
  const response = key === undefined ? undefined : deref(spec.doc, responses[key]);
  const media = jsonMedia(isRecord(response) ? response['content'] : undefined);
  return {
    key,
    documented: key !== undefined && key !== 'default',
    json: media !== undefined,
    schema: media?.['schema'],
    keys,
  };
}

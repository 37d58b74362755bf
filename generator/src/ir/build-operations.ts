/**
 * Operations of the document (OpenAPI 3.1 §4.8.8 Paths Object, §4.8.10 Operation Object), in
 * document order, with request bodies and responses resolved to their JSON media types.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { HttpMethod, LocalWarning, RetrySafety } from '../../runtime/operation.js';
import { buildParameters, type ParameterSource } from './build-parameters.js';
import { buildResponses } from './build-responses.js';
import { detectPagination } from './detect-pagination.js';
import { childPointer, resolveRef } from './json-pointer.js';
import { camelCase, memberName, pascalCase } from './naming.js';
import { safeIdentifier } from '../source-text.js';
import type { IrOperation, IrRequestBody } from './types.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Builds every operation; diagnostics (missing operationIds, missing path parameters…) go to `diagnostics`. */
export function buildOperations(document: Record<string, unknown>, file: string, diagnostics: Diagnostic[]): IrOperation[] {
  const paths = (document['paths'] ?? {}) as Record<string, unknown>;
  const operations: IrOperation[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    // A path item may be a `$ref` (to `#/components/pathItems/…` in 3.1): its operations are
    // located where they are written, so every pointer below resolves in the document.
    const resolved = resolveRef(document, rawItem, childPointer('#/paths', path));
    if (typeof resolved.value !== 'object' || resolved.value === null) continue; // reported by the loader's validation
    const pathItem = resolved.value as Record<string, unknown>;
    const pathItemPointer = resolved.pointer;
    warnOwnServers(pathItem, pathItemPointer, file, diagnostics);
    for (const method of METHODS) {
      const operation = pathItem[method] as Record<string, unknown> | undefined;
      if (!operation) continue;
      const operationPointer = childPointer(pathItemPointer, method);
      const source = { document, file, path, pathItem, pathItemPointer, operation, operationPointer, diagnostics };
      warnOwnServers(operation, operationPointer, file, diagnostics);
      operations.push(buildOperation(source, method));
    }
  }
  reportDuplicateIds(operations, file, diagnostics);
  return operations;
}

/**
 * `servers` of a path item or an operation (OpenAPI 3.1 §4.8.9, §4.8.10) are not used: the client
 * sends every operation to the server of the environment (or the `baseUrl`) it is given. A warning
 * says so.
 */
function warnOwnServers(node: Record<string, unknown>, pointer: string, file: string, diagnostics: Diagnostic[]): void {
  const servers = node['servers'];
  if (!Array.isArray(servers) || servers.length === 0) return;
  diagnostics.push({
    code: 'own-servers-ignored',
    severity: 'warning',
    file,
    pointer: childPointer(pointer, 'servers'),
    message: 'servers of a path item or operation are not used: assumed the API\'s servers (the client\'s environment or baseUrl)',
  });
}

/** operationIds name the client methods, so two operations may not share one (OpenAPI 3.1 §4.8.10). */
function reportDuplicateIds(operations: readonly IrOperation[], file: string, diagnostics: Diagnostic[]): void {
  const first = new Map<string, IrOperation>();
  for (const operation of operations) {
    if (!operation.declaredId) continue;
    const declared = operation.operationId;
    const earlier = first.get(declared);
    if (!earlier) {
      first.set(declared, operation);
      continue;
    }
    diagnostics.push({
      code: 'duplicate-operation-id',
      severity: 'error',
      file,
      pointer: childPointer(operation.pointer, 'operationId'),
      message: `operationId "${declared}" is already used by ${earlier.pointer}: operationIds must be unique, they name the client methods`,
    });
  }
}

/** The operation being built and where it sits in the document (the same facts its parameters need). */
type OperationSource = ParameterSource;

function buildOperation(source: OperationSource, method: (typeof METHODS)[number]): IrOperation {
  const { operation, operationPointer } = source;
  const operationId = operationIdOf(source, method);
  const tags = operation['tags'];
  const parameters = buildParameters(source);
  const responses = buildResponses(source.document, operation['responses'], childPointer(operationPointer, 'responses'));
  const ir: IrOperation = {
    operationId,
    declaredId: typeof operation['operationId'] === 'string' && operation['operationId'].length > 0,
    methodName: memberName(camelCase(operationId), 'operation'),
    typeBase: safeIdentifier(pascalCase(operationId), 'Operation'),
    method: method.toUpperCase() as HttpMethod,
    path: source.path,
    pointer: operationPointer,
    deprecated: operation['deprecated'] === true,
    parameters,
    responses,
    security: securityOf(source),
    names: { descriptor: '', params: '', result: '', parametersValidator: '', requestBodyValidator: '', responseValidators: {} },
  };
  if (Array.isArray(tags) && typeof tags[0] === 'string') ir.tag = tags[0];
  if (typeof operation['summary'] === 'string') ir.summary = operation['summary'];
  if (typeof operation['description'] === 'string') ir.description = operation['description'];
  const body = requestBodyOf(source);
  if (body) ir.requestBody = body;
  const retry = retrySafetyOf(operation['x-api-contracts-retry']);
  if (retry) ir.retrySafety = retry;
  const warnings = localWarningsOf(operation['x-api-contracts-warn']);
  if (warnings.length > 0) ir.localWarnings = warnings;
  const pagination = detectPagination(source.document, parameters, responses);
  if (pagination) ir.pagination = pagination;
  return ir;
}

function operationIdOf(source: OperationSource, method: string): string {
  const id = source.operation['operationId'];
  if (typeof id === 'string' && id.length > 0) return id;
  const derived = camelCase(`${method} ${source.path.replace(/[{}]/g, '')}`);
  source.diagnostics.push({
    code: 'missing-operation-id',
    severity: 'warning',
    file: source.file,
    pointer: source.operationPointer,
    message: `operation has no operationId: assumed "${derived}" (add an operationId to keep the method name stable)`,
  });
  return derived;
}

function securityOf(source: OperationSource): Record<string, string[]>[] {
  const own = source.operation['security'];
  const list = Array.isArray(own) ? own : source.document['security'];
  if (!Array.isArray(list)) return [];
  return list.map((requirement: Record<string, string[]>) =>
    Object.fromEntries(Object.entries(requirement).map(([k, v]) => [k, Array.isArray(v) ? [...v] : []])),
  );
}

const BODY_TYPES = [/^application\/json$/, /\+json$/, /^application\/x-www-form-urlencoded$/, /json/];

function requestBodyOf(source: OperationSource): IrRequestBody | undefined {
  const raw = source.operation['requestBody'];
  if (raw === undefined) return undefined;
  const resolved = resolveRef(source.document, raw, childPointer(source.operationPointer, 'requestBody'));
  const body = resolved.value as Record<string, unknown>;
  const content = (body['content'] ?? {}) as Record<string, Record<string, unknown>>;
  const types = Object.keys(content);
  const contentType = BODY_TYPES.map((re) => types.find((t) => re.test(t))).find((t) => t !== undefined) ?? types[0];
  if (contentType === undefined) return undefined;
  const ir: IrRequestBody = {
    contentType,
    required: body['required'] === true,
    schema: content[contentType]?.['schema'] ?? {},
    pointer: childPointer(resolved.pointer, 'content', contentType, 'schema'),
  };
  if (typeof body['description'] === 'string') ir.description = body['description'];
  return ir;
}

function retrySafetyOf(raw: unknown): RetrySafety | undefined {
  const r = raw as { items?: unknown; property?: unknown } | undefined;
  if (typeof r?.items !== 'string' || typeof r.property !== 'string') return undefined;
  return { items: r.items, property: r.property };
}

/** `x-api-contracts-warn`: a list of `{ nonEmpty: <JSON pointer into the body>, message }`; malformed entries are skipped. */
function localWarningsOf(raw: unknown): LocalWarning[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry: { nonEmpty?: unknown; message?: unknown } | null) =>
    typeof entry?.nonEmpty === 'string' && typeof entry.message === 'string' ? [{ nonEmpty: entry.nonEmpty, message: entry.message }] : [],
  );
}

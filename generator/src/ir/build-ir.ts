/**
 * Step 2 of the pipeline: builds the {@link IrApi} of one loaded document. All naming happens
 * here, in one sorted pass, so identifiers are unique and stable run after run.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedSpec } from '../load/load-spec.js';
import { buildDefinition } from './build-definition.js';
import { buildOperations } from './build-operations.js';
import { checkRequired } from './check-required.js';
import { checkSchemas } from './check-schemas.js';
import { childPointer } from './json-pointer.js';
import { buildClientMembers } from './client-members.js';
import { camelCase, clientNameFromTitle, IdentifierScope, pascalCase } from './naming.js';
import { safeIdentifier } from '../source-text.js';
import { reservedNames } from './reserved-names.js';
import type { IrApi, IrErrorClass, IrOperation, IrSchema } from './types.js';
import { byCodeUnit } from '../code-unit-order.js';

/** What to build: the loaded spec and the names the config gives the API. */
export interface BuildIrInput {
  spec: LoadedSpec;
  name: string;
  /** Name of the top-level client class; default: from the document's `info.title` (`ShopClient`). */
  clientName?: string;
  envPrefix: string;
}

/** Builds the IR. Diagnostics (warnings, and errors such as parameters without schema) are in `diagnostics`. */
export function buildIr(input: BuildIrInput): IrApi {
  const { spec } = input;
  const diagnostics: Diagnostic[] = [...spec.diagnostics];
  const operations = buildOperations(spec.document, spec.file, diagnostics);
  const clientName = input.clientName ?? clientNameFromTitle(titleOf(spec.document), `${pascalCase(input.name)}Client`);
  const scope = new IdentifierScope([...reservedNames(), clientName, `${clientName}Options`]);
  const schemas = buildSchemas(spec.document, scope);
  diagnostics.push(...checkSchemas(schemas, spec.file), ...checkRequired(spec.document, spec.file));
  for (const operation of operations) nameOperation(operation, scope);
  const { tags, rootOperations } = buildClientMembers(spec.document, operations, scope);
  const errorClasses = buildErrorClasses(schemas, operations, scope, clientName);
  return {
    name: input.name,
    clientName,
    spec: { file: spec.file, hash: spec.hash, version: spec.version },
    document: spec.document,
    schemas,
    operations,
    tags,
    rootOperations,
    errorClasses,
    definition: buildDefinition({ document: spec.document, name: input.name, envPrefix: input.envPrefix, operations }),
    diagnostics,
  };
}

function buildSchemas(document: Record<string, unknown>, scope: IdentifierScope): IrSchema[] {
  const components = (document['components'] ?? {}) as Record<string, unknown>;
  const schemas = (components['schemas'] ?? {}) as Record<string, unknown>;
  return Object.keys(schemas)
    .sort(byCodeUnit)
    .map((name) => ({
      name,
      identifier: scope.claim(safeIdentifier(pascalCase(name), 'Schema')),
      pointer: childPointer('#/components/schemas', name),
      schema: schemas[name],
    }));
}

/** Claims the operation's type base and every name derived from it, in one scope with the schemas. */
function nameOperation(operation: IrOperation, scope: IdentifierScope): void {
  operation.typeBase = scope.claim(operation.typeBase);
  const base = operation.typeBase;
  operation.names = {
    descriptor: scope.claim(safeIdentifier(`${camelCase(operation.operationId)}Operation`, 'operation')),
    params: scope.claim(`${base}Params`),
    result: scope.claim(`${base}Result`),
    parametersValidator: scope.claim(`${base}Parameters`),
    requestBodyValidator: scope.claim(`${base}RequestBody`),
    responseValidators: Object.fromEntries(
      operation.responses.map((r) => [r.status, scope.claim(`${base}Response${pascalCase(r.status)}`)]),
    ),
  };
}

function titleOf(document: Record<string, unknown>): string {
  const title = (document['info'] as Record<string, unknown> | undefined)?.['title'];
  return typeof title === 'string' ? title : '';
}

/**
 * One error class per component schema used as the body of a non-2xx response: the schema's
 * type name + `Error` (`ApiErrorResult` → `ApiErrorResultError`), or, when that name already ends
 * in `Error`, + `ApiError` instead (`OAuthProviderError` → `OAuthProviderApiError`, and a schema
 * named `Error` → the client's stem + `ApiError`: `ShopApiError`).
 */
function buildErrorClasses(
  schemas: readonly IrSchema[],
  operations: readonly IrOperation[],
  scope: IdentifierScope,
  clientName: string,
): IrErrorClass[] {
  const names = new Set(
    operations.flatMap((o) => o.responses.filter((r) => !/^2/.test(r.status)).map((r) => r.schemaName)),
  );
  const className = (identifier: string): string => {
    if (!identifier.endsWith('Error')) return `${identifier}Error`;
    const stem = identifier.slice(0, -'Error'.length) || clientName.replace(/Client$/, '');
    return `${stem}ApiError`;
  };
  return schemas
    .filter((s) => names.has(s.name))
    .map((s) => ({ schemaName: s.name, typeName: s.identifier, className: scope.claim(className(s.identifier)) }));
}

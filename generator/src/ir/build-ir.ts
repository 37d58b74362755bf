/**
 * Step 2 of the pipeline: builds the {@link IrApi} of one loaded document. All naming happens
 * here, in one sorted pass, so identifiers are unique and stable run after run.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedSpec } from '../load/load-spec.js';
import { buildDefinition } from './build-definition.js';
import { buildOperations } from './build-operations.js';
import { checkSchemas } from './check-schemas.js';
import { childPointer } from './json-pointer.js';
import { camelCase, IdentifierScope, pascalCase } from './naming.js';
import { safeIdentifier } from '../source-text.js';
import { reservedNames } from './reserved-names.js';
import type { IrApi, IrErrorClass, IrOperation, IrSchema, IrTag } from './types.js';

/** What to build: the loaded spec and the names the config gives the API. */
export interface BuildIrInput {
  spec: LoadedSpec;
  name: string;
  clientName: string;
  envPrefix: string;
}

/** Builds the IR. Diagnostics (warnings, and errors such as parameters without schema) are in `diagnostics`. */
export function buildIr(input: BuildIrInput): IrApi {
  const { spec } = input;
  const diagnostics: Diagnostic[] = [...spec.diagnostics];
  const operations = buildOperations(spec.document, spec.file, diagnostics);
  const scope = new IdentifierScope([...reservedNames(), input.clientName, `${input.clientName}Options`]);
  const schemas = buildSchemas(spec.document, scope);
  diagnostics.push(...checkSchemas(schemas, spec.file));
  for (const operation of operations) nameOperation(operation, scope);
  const tags = buildTags(spec.document, operations, scope);
  const errorClasses = buildErrorClasses(schemas, operations, scope);
  return {
    name: input.name,
    clientName: input.clientName,
    spec: { file: spec.file, hash: spec.hash, version: spec.version },
    document: spec.document,
    schemas,
    operations,
    tags,
    errorClasses,
    definition: buildDefinition({ document: spec.document, name: input.name, envPrefix: input.envPrefix, operations }),
    diagnostics,
  };
}

function buildSchemas(document: Record<string, unknown>, scope: IdentifierScope): IrSchema[] {
  const components = (document['components'] ?? {}) as Record<string, unknown>;
  const schemas = (components['schemas'] ?? {}) as Record<string, unknown>;
  return Object.keys(schemas)
    .sort()
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

function buildTags(document: Record<string, unknown>, operations: IrOperation[], scope: IdentifierScope): IrTag[] {
  const declared = Array.isArray(document['tags']) ? (document['tags'] as Record<string, unknown>[]) : [];
  const names = [...new Set(operations.map((o) => o.tag))].sort();
  const properties = new IdentifierScope();
  return names.map((name) => {
    const members = new IdentifierScope(['constructor']);
    const tagOperations = operations.filter((o) => o.tag === name);
    for (const operation of tagOperations) operation.methodName = members.claim(operation.methodName);
    for (const operation of tagOperations.filter((o) => o.pagination)) {
      operation.paginationMethods = {
        pages: members.claim(`${operation.methodName}Pages`),
        all: members.claim(`${operation.methodName}All`),
      };
    }
    const tag: IrTag = {
      name,
      className: scope.claim(`${safeIdentifier(pascalCase(name), 'Default')}Client`),
      property: properties.claim(safeIdentifier(camelCase(name), 'default_')),
      operations: tagOperations,
    };
    const description = declared.find((t) => t['name'] === name)?.['description'];
    if (typeof description === 'string') tag.description = description;
    return tag;
  });
}

/** One error class per component schema used as the body of a non-2xx response. */
function buildErrorClasses(schemas: readonly IrSchema[], operations: readonly IrOperation[], scope: IdentifierScope): IrErrorClass[] {
  const names = new Set(
    operations.flatMap((o) => o.responses.filter((r) => !/^2/.test(r.status)).map((r) => r.schemaName)),
  );
  return schemas
    .filter((s) => names.has(s.name))
    .map((s) => ({ schemaName: s.name, typeName: s.identifier, className: scope.claim(`${s.identifier}Error`) }));
}

/**
 * The per-tag client classes of `client.gen.ts` (`JobsClient`): one method per operation, named
 * by its operationId, documented from its summary and description, plus page and item iterators
 * for page-numbered list operations.
 */
import { StructureKind, type ClassDeclarationStructure, type MethodDeclarationStructure } from './ts-morph.js';
import type { IrApi, IrOperation, IrTag } from '../ir/types.js';
import { docText, stringLiteral } from '../source-text.js';

/** The class of one tag. */
export function tagClass(api: IrApi, tag: IrTag): ClassDeclarationStructure {
  return {
    kind: StructureKind.Class,
    name: tag.className,
    isExported: true,
    docs: [tagDoc(tag)],
    properties: [{ name: '#core', type: 'ClientCore', isReadonly: true }],
    ctors: [{ parameters: [{ name: 'core', type: 'ClientCore' }], statements: ['this.#core = core;'] }],
    methods: tag.operations.flatMap((o) => operationMethods(api, o)),
  };
}

/** The doc comment text of a tag's class and client property: its description, else its name. */
export function tagDoc(tag: IrTag): string {
  return tag.description === undefined ? `Operations tagged \`${docText(tag.name)}\`.` : docText(tag.description);
}

function hasRequiredInput(operation: IrOperation, api: IrApi): boolean {
  const fixed = api.definition.fixedHeaders;
  return (
    operation.parameters.some((p) => p.required && !(p.in === 'header' && p.name in fixed)) ||
    operation.requestBody?.required === true
  );
}

function operationDoc(api: IrApi, operation: IrOperation): string {
  const scopes = [...new Set(operation.security.flatMap((r) => Object.values(r).flat()))];
  const lines = [
    docText(operation.summary ?? operation.operationId),
    operation.description && operation.description !== operation.summary ? `\n\n${docText(operation.description)}` : '',
    `\n\n\`${operation.method} ${docText(operation.path)}\`${scopes.length > 0 ? `, scope ${scopes.map((s) => `\`${docText(s)}\``).join(', ')}` : ''}.`,
    operation.deprecated ? '\n@deprecated' : '',
    `\n@throws {RequestValidationError} when the parameters or body break the spec (nothing is sent).`,
    ...errorThrows(api, operation),
  ];
  return lines.join('').trim();
}

/** One `@throws` line per error class: the documented error-body subclass, or `ApiError`. */
function errorThrows(api: IrApi, operation: IrOperation): string[] {
  const byClass = new Map<string, string[]>();
  for (const response of operation.responses.filter((r) => !/^2/.test(r.status))) {
    const owner = api.errorClasses.find((e) => e.schemaName === response.schemaName)?.className ?? 'ApiError';
    byClass.set(owner, [...(byClass.get(owner) ?? []), response.status]);
  }
  return [...byClass].map(([name, statuses]) => `\n@throws {${name}} on ${docText(statuses.join(', '))}.`);
}

/** The method of `operation` (named by its operationId) and, when it is paginated, its page and item iterators. */
export function operationMethods(api: IrApi, operation: IrOperation): MethodDeclarationStructure[] {
  const params = {
    name: 'params',
    type: operation.names.params,
    ...(hasRequiredInput(operation, api) ? {} : { initializer: '{}' }),
  };
  const options = { name: 'options', type: 'RequestOptions', hasQuestionToken: true };
  const descriptor = operation.names.descriptor;
  const result = operation.names.result;
  const methods: MethodDeclarationStructure[] = [
    {
      kind: StructureKind.Method,
      name: operation.methodName,
      docs: [operationDoc(api, operation)],
      parameters: [params, options],
      returnType: `Promise<${result}>`,
      statements: [`return this.#core.request<${result}>(${descriptor}, params, options);`],
    },
  ];
  const names = operation.paginationMethods;
  const pagination = operation.pagination;
  if (names && pagination) {
    const pagedParams = { name: 'params', type: `Omit<${operation.names.params}, ${stringLiteral(pagination.pageKey, "'")}>` };
    const itemType = `NonNullable<${result}[${stringLiteral(pagination.itemsPointer.slice(1), "'")}]>[number]`;
    methods.push(
      {
        kind: StructureKind.Method,
        name: names.pages,
        docs: [`Every page of \`${docText(operation.operationId)}\`, from page 1 until the page count in \`${docText(pagination.pageCountPointer)}\`.`],
        parameters: [pagedParams, options],
        returnType: `AsyncIterable<${result}>`,
        statements: [`return this.#core.pages<${result}>(${descriptor}, params, options);`],
      },
      {
        kind: StructureKind.Method,
        name: names.all,
        docs: [`Every item of every page of \`${docText(operation.operationId)}\` (the array at \`${docText(pagination.itemsPointer)}\`).`],
        parameters: [pagedParams, options],
        returnType: `AsyncIterable<${itemType}>`,
        statements: [`return this.#core.items<${itemType}>(${descriptor}, params, options);`],
      },
    );
  }
  return methods;
}

/**
 * `types.gen.ts`: openapi-typescript's `paths`, `components` and `operations`, plus one named
 * export per component schema (`export type PaymentJobResult = components['schemas']['PaymentJobResult']`)
 * and, per operation, the client method's parameter object (`RetrievePaymentJobParams`, camelCased
 * keys and `body`) and its result type (`RetrievePaymentJobResult`, the 2xx body).
 */
import { StructureKind, type StatementStructures } from 'ts-morph';
import type { IrApi, IrOperation } from '../ir/types.js';
import { docText, quote } from './literal.js';
import { printStatements } from './source-file.js';

/**
 * Emits the types module of `api` (unformatted source, no header): `openapiTypes` is
 * openapi-typescript's output for {@link typesDocument} (see `openapi-types.ts`), followed by our
 * named exports.
 */
export function emitTypes(api: IrApi, openapiTypes: string): string {
  const declarations: StatementStructures[] = [
    ...api.schemas.map((s) => alias(s.identifier, `components[${quote('schemas')}][${quote(s.name)}]`, undefined)),
    ...api.operations.flatMap((o) => operationTypes(api, o)),
  ];
  return `${openapiTypes}\n${printStatements(declarations)}`;
}

/**
 * The document openapi-typescript reads: a copy in which arrays whose `items` are the array schema
 * itself (flagged `self-referencing-schema` by the IR) get `items: {}`, since a type alias cannot be
 * its own element type through openapi-typescript's indexed access; the type widens to `unknown[]`.
 */
export function typesDocument(api: IrApi): unknown {
  const document = structuredClone(api.document);
  const schemas = ((document['components'] ?? {}) as Record<string, unknown>)['schemas'] as Record<string, Record<string, unknown>> | undefined;
  for (const d of api.diagnostics.filter((x) => x.code === 'self-referencing-schema')) {
    const schema = schemas?.[api.schemas.find((s) => `${s.pointer}/items` === d.pointer)?.name ?? ''];
    if (schema) schema['items'] = {};
  }
  return document;
}

function alias(name: string, type: string, doc: string | undefined): StatementStructures {
  return {
    kind: StructureKind.TypeAlias,
    name,
    type,
    isExported: true,
    docs: doc === undefined ? [] : [docText(doc)],
  };
}

/** `paths['/x']['get']` */
export function operationTypePath(operation: IrOperation): string {
  return `paths[${quote(operation.path)}][${quote(operation.method.toLowerCase())}]`;
}

function operationTypes(api: IrApi, operation: IrOperation): StatementStructures[] {
  const base = operationTypePath(operation);
  const fixed = api.definition.fixedHeaders;
  const properties = operation.parameters.map((p) => ({
    name: p.key,
    type: p.assumed ? 'string' : `NonNullable<${base}['parameters'][${quote(p.in)}]>[${quote(p.name)}]`,
    hasQuestionToken: !p.required || (p.in === 'header' && p.name in fixed),
    docs: [docText(`${p.in} parameter \`${p.name}\`${p.description ? `: ${p.description}` : ''}`)],
  }));
  const body = operation.requestBody;
  if (body) {
    properties.push({
      name: 'body',
      type: `NonNullable<${base}['requestBody']>['content'][${quote(body.contentType)}]`,
      hasQuestionToken: !body.required,
      docs: [docText(body.description ?? 'The request body.')],
    });
  }
  const params: StatementStructures =
    properties.length === 0
      ? alias(operation.names.params, 'Record<string, never>', `Parameters of \`${operation.operationId}\`: none.`)
      : {
          kind: StructureKind.Interface,
          name: operation.names.params,
          isExported: true,
          properties,
          docs: [`Parameters and request body of \`${operation.operationId}\`, keyed as the client method takes them.`],
        };
  return [params, alias(operation.names.result, resultType(api, operation), `What \`${operation.operationId}\` resolves to: the body of its 2xx response.`)];
}

function resultType(api: IrApi, operation: IrOperation): string {
  const success = operation.responses.filter((r) => /^2/.test(r.status));
  const types = success.map((r) => {
    if (r.schemaName !== undefined) {
      const schema = api.schemas.find((s) => s.name === r.schemaName);
      if (schema) return schema.identifier;
    }
    if (r.contentType === undefined) return 'undefined';
    return `${operationTypePath(operation)}['responses'][${/^\d+$/.test(r.status) ? r.status : quote(r.status)}]['content'][${quote(r.contentType)}]`;
  });
  return types.length === 0 ? 'unknown' : [...new Set(types)].join(' | ');
}

/**
 * `types.gen.ts`, our part: after openapi-typescript's `paths`, `components` and `operations`, one named
 * export per component schema (`export type PaymentJobResult = components['schemas']['PaymentJobResult']`)
 * and, per operation, the client method's parameter object (`RetrievePaymentJobParams`, camelCased
 * keys and `body`) and its result type (`RetrievePaymentJobResult`, the 2xx body).
 */
import { StructureKind, type StatementStructures } from './ts-morph.js';
import type { IrApi, IrOperation, IrParameter } from '../ir/types.js';
import { docText, stringLiteral } from '../source-text.js';
import { printStatements } from './source-file.js';

/**
 * Our named exports of `types.gen.ts` (unformatted source): the module is openapi-typescript's
 * output for the types document (types-document.ts, openapi-types.ts) followed by this text.
 */
export function emitTypeExports(api: IrApi): string {
  const declarations: StatementStructures[] = [
    ...api.schemas.map((s) => alias(s.identifier, `components[${quoted('schemas')}][${quoted(s.name)}]`, undefined)),
    ...api.operations.flatMap((o) => operationTypes(api, o)),
  ];
  return printStatements(declarations);
}

/** A single-quoted string literal, as prettier would write it. */
function quoted(text: string): string {
  return stringLiteral(text, "'");
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
  return `paths[${quoted(operation.path)}][${quoted(operation.method.toLowerCase())}]`;
}

/**
 * The type of a parameter, from openapi-typescript's `parameters` of the operation: a string when
 * assumed; taken from where the document declares it, without `undefined`, when it was moved to
 * the path (it is required there, optional where declared).
 */
function parameterType(base: string, p: IrParameter): string {
  if (p.assumed) return 'string';
  const declared = `NonNullable<${base}['parameters'][${quoted(p.declaredIn ?? p.in)}]>[${quoted(p.name)}]`;
  return p.declaredIn === undefined ? declared : `NonNullable<${declared}>`;
}

function operationTypes(api: IrApi, operation: IrOperation): StatementStructures[] {
  const base = operationTypePath(operation);
  const fixed = api.definition.fixedHeaders;
  const properties = operation.parameters.map((p) => ({
    name: p.key,
    type: parameterType(base, p),
    hasQuestionToken: !p.required || (p.in === 'header' && p.name in fixed),
    docs: [docText(`${p.in} parameter \`${p.name}\`${p.description ? `: ${p.description}` : ''}`)],
  }));
  const body = operation.requestBody;
  if (body) {
    properties.push({
      name: 'body',
      type: `NonNullable<${base}['requestBody']>['content'][${quoted(body.contentType)}]`,
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
          docs: [docText(`Parameters and request body of \`${operation.operationId}\`, keyed as the client method takes them.`)],
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
    return `${operationTypePath(operation)}['responses'][${/^\d+$/.test(r.status) ? r.status : quoted(r.status)}]['content'][${quoted(r.contentType)}]`;
  });
  return types.length === 0 ? 'unknown' : [...new Set(types)].join(' | ');
}

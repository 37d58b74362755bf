/**
 * The runtime's {@link OperationDescriptor} of one operation, as data with validator references,
 * ready for {@link literal}.
 */
import type { IrApi, IrOperation, IrResponse } from '../ir/types.js';
import { code } from './literal.js';

/** True when the response body is checked by a generated validator (a JSON body with a schema); see validator-targets.ts. */
export function hasResponseValidator(r: IrResponse): boolean {
  return r.json && r.schema !== undefined && r.pointer !== undefined;
}

/** True when the descriptor of `operation` refers to any generated validator (`v.validate<Name>`). */
export function usesValidators(operation: IrOperation): boolean {
  return operation.parameters.length > 0 || operation.requestBody !== undefined || operation.responses.some(hasResponseValidator);
}

/** Descriptor data of `operation`: validators are referenced as `v.validate<Name>`. */
export function operationDescriptor(api: IrApi, operation: IrOperation): Record<string, unknown> {
  const names = operation.names;
  const responses = Object.fromEntries(
    operation.responses.map((r) => {
      const hasValidator = hasResponseValidator(r);
      return [
        r.status,
        {
          json: r.json,
          validate: hasValidator ? code(`v.validate${names.responseValidators[r.status] ?? ''}`) : undefined,
          schema: r.schemaName,
        },
      ];
    }),
  );
  const body = operation.requestBody;
  return {
    operationId: operation.operationId,
    method: operation.method,
    path: operation.path,
    parameters: operation.parameters.map((p) => ({
      name: p.name,
      key: p.key,
      in: p.in,
      required: p.required,
      style: p.style,
      explode: p.explode,
      valueKey: p.valueKey,
    })),
    validateParameters: operation.parameters.length > 0 ? code(`v.validate${names.parametersValidator}`) : undefined,
    requestBody: body
      ? { contentType: body.contentType, required: body.required, validate: code(`v.validate${names.requestBodyValidator}`) }
      : undefined,
    responses,
    security: operation.security,
    retrySafety: operation.retrySafety,
    localWarnings: operation.localWarnings,
    pagination: operation.pagination,
  };
}

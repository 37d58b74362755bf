/**
 * Which validators `validators.gen.ts` holds: one per component schema (direction-neutral) and,
 * per operation, one for its parameters object (keyed by wire name), one for its request body
 * (request direction: `readOnly` properties are not expected) and one per documented JSON
 * response (response direction: `writeOnly` properties are not expected).
 */
import { childPointer } from '../ir/json-pointer.js';
import type { IrApi, IrOperation } from '../ir/types.js';
import { valueKeyOf } from '../../runtime/operation.js';
import { hasResponseValidator } from './operation-descriptor.js';
import type { ValidatorTarget } from '../validators/emit-validators.js';

/** Every validator target of `api`, in a stable order: schemas by name, then operations in document order. */
export function validatorTargets(api: IrApi): ValidatorTarget[] {
  const schemas: ValidatorTarget[] = api.schemas.map((s) => ({
    name: s.identifier,
    schema: s.schema,
    pointer: s.pointer,
    direction: 'neutral',
    typeExpression: s.identifier,
    description: `the component schema \`${s.name}\``,
  }));
  return [...schemas, ...api.operations.flatMap((o) => operationTargets(api, o))];
}

function operationTargets(api: IrApi, operation: IrOperation): ValidatorTarget[] {
  const targets: ValidatorTarget[] = [];
  if (operation.parameters.length > 0) {
    const clashes = operation.parameters.some((p) => p.valueKey !== undefined);
    targets.push({
      name: operation.names.parametersValidator,
      schema: parametersSchema(operation),
      pointer: childPointer(operation.pointer, 'parameters'),
      direction: 'request',
      typeExpression: 'Record<string, unknown>',
      description: `the parameters of \`${operation.operationId}\`, as an object keyed by wire name${clashes ? ' (`query:id` for a name an earlier location also uses)' : ''}`,
    });
  }
  const body = operation.requestBody;
  if (body) {
    targets.push({
      name: operation.names.requestBodyValidator,
      schema: body.schema,
      pointer: body.pointer,
      direction: 'request',
      typeExpression: `NonNullable<${operation.names.params}['body']>`,
      description: `the request body of \`${operation.operationId}\``,
    });
  }
  for (const response of operation.responses) {
    if (!hasResponseValidator(response) || response.pointer === undefined) continue;
    const schema = response.schemaName === undefined ? undefined : api.schemas.find((s) => s.name === response.schemaName);
    targets.push({
      name: operation.names.responseValidators[response.status] ?? '',
      schema: response.schema,
      pointer: response.pointer,
      direction: 'response',
      typeExpression: schema?.identifier ?? 'unknown',
      description: `the ${response.status} response body of \`${operation.operationId}\``,
    });
  }
  return targets;
}

/** The parameters of an operation as one object schema: properties by value key (the wire name), `required` as declared. */
function parametersSchema(operation: IrOperation): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const p of operation.parameters) properties[valueKeyOf(p)] = p.schema;
  const required = operation.parameters.filter((p) => p.required).map(valueKeyOf);
  return required.length > 0 ? { type: 'object', properties, required } : { type: 'object', properties };
}

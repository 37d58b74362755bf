/**
 * What explore needs to know about one operation, read from the spec (OpenAPI 3.1 §4.8.10 Operation
 * Object, §4.8.12 Parameter Object, §4.8.13 Request Body Object) and the generated descriptor: its
 * parameters with their schemas, its JSON request body, whether it changes data, and the case type
 * (one request to send) with its validation by the operation's generated validators.
 */
import type { OperationDescriptor } from '../../generated/payquicker/index.gen.js';
import { valueKeyOf } from '../../generator/runtime/operation.js';
import { descriptorsOf } from '../core/descriptors.js';
import type { ApiName } from '../core/types.js';
import { deref, type SpecDocument } from '../drift/spec-document.js';
import { flatten } from './schema-arbitrary.js';

/** One parameter as the spec declares it. */
export interface ParameterModel {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  /** Its schema as written (may be a `$ref`). */
  readonly schema: unknown;
  /** Key of its value in the parameter values the generated validator checks (the name, or `in:name`). */
  readonly valueKey: string;
  /** Key of its value in the generated client method's `params` (camelCase). */
  readonly clientKey: string;
}

/** One operation explore can call. */
export interface OperationModel {
  readonly api: ApiName;
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly parameters: readonly ParameterModel[];
  /** The JSON request body, when the operation takes one. */
  readonly body?: { readonly required: boolean; readonly schema: unknown };
  /** True for every method but GET, HEAD and OPTIONS: refused off loopback without `--allow-mutations`. */
  readonly mutates: boolean;
  readonly descriptor: OperationDescriptor;
}

/** Where a negative case breaks the spec: the JSON Schema keyword and the JSON pointer of the request part (`/query/pageSize`, `/body/items/0/amount`). */
export interface Violation {
  readonly keyword: string;
  readonly pointer: string;
}

/** One request to send: parameter values by value key, the body (absent: none sent), and for a negative case what it breaks. */
export interface ExploreCase {
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly body?: unknown;
  readonly violation?: Violation;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The model of every operation of `spec` that has a generated client method (ABConnect's identity
 * token endpoint has none) other than the token operation (`tokenOperations`: exercised by every
 * call's authentication, and its requests carry the client secret), in spec order.
 */
export function operationModels(api: ApiName, spec: SpecDocument, tokenOperations: readonly string[] = ['requestToken']): OperationModel[] {
  const descriptors = descriptorsOf(api);
  const models: OperationModel[] = [];
  for (const [operationId, operation] of spec.operations) {
    const descriptor = descriptors[operationId];
    if (descriptor === undefined || tokenOperations.includes(operationId)) continue;
    const declared = Array.isArray(operation['parameters']) ? operation['parameters'].map((p) => deref(spec.doc, p)).filter(isRecord) : [];
    const parameters = declared.map((p): ParameterModel => {
      const where = p['in'] as ParameterModel['in'];
      const generated = descriptor.parameters.find((d) => d.name === p['name'] && d.in === where);
      return {
        name: String(p['name']),
        in: where,
        required: p['required'] === true,
        schema: p['schema'],
        valueKey: generated === undefined ? String(p['name']) : valueKeyOf(generated),
        clientKey: generated?.key ?? String(p['name']),
      };
    });
    const requestBody = deref(spec.doc, operation['requestBody']);
    const content = isRecord(requestBody) && isRecord(requestBody['content']) ? requestBody['content'] : {};
    const json = content['application/json'];
    models.push({
      api,
      operationId,
      method: descriptor.method,
      path: descriptor.path,
      parameters,
      ...(isRecord(json) ? { body: { required: isRecord(requestBody) && requestBody['required'] === true, schema: json['schema'] } } : {}),
      mutates: !SAFE_METHODS.has(descriptor.method),
      descriptor,
    });
  }
  return models;
}

/** True when `c` conforms to the spec of `model`: its parameters and body pass the operation's generated validators. */
export function conforms(model: OperationModel, c: ExploreCase): boolean {
  const parameters = model.descriptor.validateParameters?.({ ...c.parameters }) ?? { valid: true };
  if (!parameters.valid) return false;
  if (c.body === undefined) return model.body?.required !== true;
  const body = model.descriptor.requestBody?.validate?.(c.body) ?? { valid: true };
  return body.valid;
}

/** The `params` argument of the generated client method: values under their client keys, the body under `body`. */
export function clientParams(model: OperationModel, c: ExploreCase): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const parameter of model.parameters) {
    if (parameter.valueKey in c.parameters) params[parameter.clientKey] = c.parameters[parameter.valueKey];
  }
  if (c.body !== undefined) params['body'] = c.body;
  return params;
}

/**
 * The header parameters of `model` whose schema has a `default`, with it, by value key: the client's
 * fixed headers (`X-MyPayQuicker-Version`), which explore always sends as documented (another value
 * names another API version, not another request).
 */
export function fixedParameters(doc: unknown, model: OperationModel): Record<string, unknown> {
  const fixed: Record<string, unknown> = {};
  for (const parameter of model.parameters) {
    const schema = flatten(doc, parameter.schema);
    if (parameter.in === 'header' && 'default' in schema) fixed[parameter.valueKey] = schema['default'];
  }
  return fixed;
}

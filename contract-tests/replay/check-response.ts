/**
 * Checks a recorded response against the spec: the status must be documented for the operation
 * (an exact code, a range such as `4XX`, or `default`; OpenAPI 3.1 §4.8.16 Responses Object) and a
 * JSON body must validate against the documented schema, using the operation's generated validator.
 */
import { descriptorsOf } from '../core/descriptors.js';
import { ABCONNECT_TOKEN_OPERATION, matchOperation } from '../core/match-operation.js';
import type { ApiName, Exchange } from '../core/types.js';

/** How many schema errors one failure message lists. */
const MAX_ERRORS = 3;

/** The operationId of `exchange` by its method and path (undefined: no operation of the spec). */
export function operationOf(api: ApiName, exchange: Exchange): string | undefined {
  return matchOperation(api, exchange.request.method, exchange.request.path);
}

/**
 * Problems with `exchange`'s recorded response; empty when it is documented and valid. ABConnect's
 * identity token endpoint is outside the JobPayment spec and is not checked.
 */
export function checkRecordedResponse(api: ApiName, exchange: Exchange): string[] {
  const operationId = operationOf(api, exchange);
  if (operationId === undefined) return [`${exchange.request.method} ${exchange.request.path} matches no operation of spec/${api}.yaml`];
  if (operationId === ABCONNECT_TOKEN_OPERATION) return [];
  const problems: string[] = [];
  if (exchange.operationId !== undefined && exchange.operationId !== operationId) {
    problems.push(`recorded _operationId ${exchange.operationId} but the request matches ${operationId}`);
  }
  const descriptor = descriptorsOf(api)[operationId];
  const status = exchange.response.status;
  const documented = descriptor?.responses[String(status)] ?? descriptor?.responses[`${String(status)[0]}XX`] ?? descriptor?.responses.default;
  if (documented === undefined) return [...problems, `status ${status} is not documented for ${operationId}`];
  if (!documented.json || documented.validate === undefined) return problems;
  const what = `response body (status ${status}${documented.schema === undefined ? '' : `, ${documented.schema}`})`;
  let body: unknown;
  try {
    body = JSON.parse(exchange.response.body);
  } catch {
    return [...problems, `${what} is not JSON: ${JSON.stringify(exchange.response.body.slice(0, 80))}`];
  }
  const result = documented.validate(body);
  if (!result.valid) {
    for (const error of result.errors.slice(0, MAX_ERRORS)) {
      problems.push(`${what} does not match the spec at ${error.instancePath === '' ? '/' : error.instancePath}: ${error.message}`);
    }
  }
  return problems;
}

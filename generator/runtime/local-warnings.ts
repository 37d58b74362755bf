/**
 * Local warnings: rules of ours that are stricter than the vendor (spec extension
 * `x-api-contracts-warn`, see spec/README.md). A request that breaks one is still sent, because the
 * vendor accepts it; the caller only hears about it through `logger.warn`.
 */
import type { OperationDescriptor } from './operation.js';
import { getPointer } from './pointer.js';

/**
 * The messages of the local warnings `body` breaks, each prefixed with the operationId
 * (`createPaymentJob: …`); empty when it breaks none. A `nonEmpty` rule is broken when the body has
 * no array with at least one element at the rule's JSON pointer (no body at all included).
 */
export function localWarningsFor(op: OperationDescriptor, body: unknown): string[] {
  return (op.localWarnings ?? [])
    .filter((rule) => {
      const value = getPointer(body, rule.nonEmpty);
      return !Array.isArray(value) || value.length === 0;
    })
    .map((rule) => `${op.operationId}: ${rule.message}`);
}

/**
 * `request-nonconformant` findings: every request a scenario sent, token requests included, judged
 * against the spec by validate-request.ts. A server that accepts such a request tells nothing about
 * the contract, and a vendor that starts enforcing the spec will refuse it, so each problem is
 * breaking. Scenarios marked `breaksSpec` send bad requests on purpose and are not judged.
 */
import type { Exchange, Scenario } from '../core/types.js';
import { validateRequest } from '../core/validate-request.js';
import { ruleOf, type Finding } from './rules.js';

/**
 * One finding per problem of each request in `exchanges` (live, in request order): `pointer` is the
 * JSON pointer into the request (`/header/X-MyPayQuicker-Version`, `/query/pageSize`, `/body/…`),
 * `expected` names the spec's rule, `actual` what is wrong. No header or body value is quoted.
 */
export function requestFindings(scenario: Scenario, cassette: string, exchanges: readonly Exchange[]): Finding[] {
  if (scenario.breaksSpec === true) return [];
  const level = ruleOf('request-nonconformant').level;
  return exchanges.flatMap((exchange) => {
    const verdict = validateRequest(scenario.api, exchange.request);
    return verdict.problems.map((problem): Finding => ({
      rule: 'request-nonconformant',
      level,
      api: scenario.api,
      operationId: verdict.operationId ?? 'unknown',
      cassette,
      pointer: problem.pointer,
      expected: problem.specPointer === undefined ? 'a request the spec allows' : `a request the spec allows (${problem.specPointer})`,
      actual: problem.message,
    }));
  });
}

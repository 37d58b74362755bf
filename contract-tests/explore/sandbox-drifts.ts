/**
 * How explore reports each drift of the embedded sandbox's catalogue (sandbox/drift.ts), for the
 * test that explore finds them all and for the benchmark of the budget each one needs. Without a
 * cassette, a renamed property shows as the new, undocumented name. `slow` is explored on one
 * operation with a short `--timeout-ms`, since each of its requests costs the whole timeout.
 */
import type { RuleId } from '../drift/rules.js';
import type { DriftName } from '../sandbox/index.js';
import type { ExploreOptions } from './run-explore.js';

/** The rule a drift must be found as, the pointer it names (list items' `/payload/<i>` prefix dropped), and options it needs. */
export interface DriftExpectation {
  readonly rule: RuleId;
  readonly pointer?: string;
  readonly options?: Partial<ExploreOptions>;
}

/** One expectation per drift of the catalogue. */
export const SANDBOX_DRIFT_EXPECTATIONS: Readonly<Record<DriftName, DriftExpectation>> = {
  'rename-field': { rule: 'undocumented-property', pointer: '/portalRef' },
  'drop-required-field': { rule: 'missing-required-property', pointer: '/meta/recordCount' },
  'add-undocumented-field': { rule: 'undocumented-property', pointer: '/riskLevel' },
  'new-enum-value': { rule: 'new-enum-value', pointer: '/status' },
  'type-change': { rule: 'type-change', pointer: '/count' },
  'undocumented-status': { rule: 'valid-request-refused' },
  'html-error-page': { rule: 'non-json-body' },
  slow: { rule: 'timeout', options: { operations: ['listPaymentJobs'], timeoutMs: 150 } },
};

/** True when `findings` hold the expected finding of a drift. */
export function foundAsExpected(expected: DriftExpectation, findings: readonly { rule: string; pointer: string }[]): boolean {
  return findings.some((f) => f.rule === expected.rule && (expected.pointer === undefined || f.pointer.replace(/^\/payload\/\d+/, '') === expected.pointer));
}

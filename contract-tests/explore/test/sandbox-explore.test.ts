/**
 * explore against the embedded sandbox, with the default budget and a fixed seed: the clean sandbox
 * gives no finding even with `--negative` (it refuses every request that breaks the spec and answers
 * every valid one as documented), and each drift of the sandbox's catalogue (all of them change
 * responses) is found, as the rule it must be reported as, on the operations it touches. `slow` is
 * explored on one operation with a short `--timeout-ms`: each of its requests costs the timeout.
 */
import { describe, expect, it } from 'vitest';
import { DRIFTS } from '../../sandbox/index.js';
import type { RuleId } from '../../drift/rules.js';
import { runExplore, type ExploreOptions } from '../run-explore.js';

const BASE: ExploreOptions = { target: 'sandbox', maxRequests: 200, seed: 1, negative: true, allowMutations: false, timeoutMs: 5_000, env: {} };

/** The rule each drift must be found as (explore has no cassette, so a rename shows as the new, undocumented name). */
const EXPECTED: Record<string, { rule: RuleId; pointer?: string; options?: Partial<ExploreOptions> }> = {
  'rename-field': { rule: 'undocumented-property', pointer: '/portalRef' },
  'drop-required-field': { rule: 'missing-required-property', pointer: '/meta/recordCount' },
  'add-undocumented-field': { rule: 'undocumented-property', pointer: '/riskLevel' },
  'new-enum-value': { rule: 'new-enum-value', pointer: '/status' },
  'type-change': { rule: 'type-change', pointer: '/count' },
  'undocumented-status': { rule: 'valid-request-refused' },
  'html-error-page': { rule: 'non-json-body' },
  slow: { rule: 'timeout', options: { operations: ['listPaymentJobs'], timeoutMs: 150 } },
};

describe('explore against the embedded sandbox', () => {
  it('finds nothing on the clean sandbox (with --negative) and every drift of the catalogue with seed 1', async () => {
    const clean = await runExplore(BASE);
    expect(clean.findings).toEqual([]);
    expect(clean.requests).toBe(200);
    expect(clean.cancelled).toBeGreaterThan(0);
    expect(clean.notCancelled).toEqual([]);

    expect(Object.keys(EXPECTED).sort()).toEqual(DRIFTS.map((d) => d.name).sort());
    for (const drift of DRIFTS) {
      const expected = EXPECTED[drift.name];
      if (expected === undefined) throw new Error(`no expectation for drift ${drift.name}`);
      const result = await runExplore({ ...BASE, sandboxDrift: [drift.name], ...expected.options });
      const found = result.findings.filter((f) => f.rule === expected.rule);
      expect(found.length, `${drift.name} found as ${expected.rule}`).toBeGreaterThan(0);
      const touched: readonly string[] = drift.operations;
      for (const f of result.findings) expect(touched, `${drift.name}: ${f.rule} on ${f.operationId}`).toContain(f.operationId);
      if (expected.pointer !== undefined) expect(found.map((f) => f.pointer.replace(/^\/payload\/\d+/, ''))).toContain(expected.pointer);
      expect(result.requests).toBeLessThanOrEqual(200);
      expect(result.failures.length).toBeGreaterThan(0);
    }
  }, 60_000);
});

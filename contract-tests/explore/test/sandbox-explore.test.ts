/**
 * explore against the embedded sandbox, with the default budget and a fixed seed: the clean sandbox
 * gives no finding even with `--negative` (it refuses every request that breaks the spec and answers
 * every valid one as documented), and each drift of the sandbox's catalogue (all of them change
 * responses) is found, as the rule it must be reported as, on the operations it touches. `slow` is
 * explored on one operation with a short `--timeout-ms`: each of its requests costs the timeout.
 */
import { describe, expect, it } from 'vitest';
import { DRIFTS } from '../../sandbox/index.js';
import { runExplore, type ExploreOptions } from '../run-explore.js';
import { SANDBOX_DRIFT_EXPECTATIONS, foundAsExpected } from '../sandbox-drifts.js';

const BASE: ExploreOptions = { target: 'sandbox', maxRequests: 200, seed: 1, negative: true, allowMutations: false, timeoutMs: 5_000, env: {} };

describe('explore against the embedded sandbox', () => {
  it('finds nothing on the clean sandbox (with --negative) and every drift of the catalogue with seed 1', async () => {
    const clean = await runExplore(BASE);
    expect(clean.findings).toEqual([]);
    expect(clean.requests).toBe(200);
    expect(clean.cancelled).toBeGreaterThan(0);
    expect(clean.notCancelled).toEqual([]);

    for (const drift of DRIFTS) {
      const expected = SANDBOX_DRIFT_EXPECTATIONS[drift.name];
      const result = await runExplore({ ...BASE, sandboxDrift: [drift.name], ...expected.options });
      expect(foundAsExpected(expected, result.findings), `${drift.name} found as ${expected.rule} ${expected.pointer ?? ''}`).toBe(true);
      const touched: readonly string[] = drift.operations;
      for (const f of result.findings) expect(touched, `${drift.name}: ${f.rule} on ${f.operationId}`).toContain(f.operationId);
      expect(result.requests).toBeLessThanOrEqual(200);
      expect(result.failures.length).toBeGreaterThan(0);
    }
  }, 60_000);
});

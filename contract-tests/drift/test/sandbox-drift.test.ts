/**
 * The drift checker against the embedded sandbox: the clean sandbox (seed 1, as the cassettes were
 * recorded) gives no finding at all, and each injected drift gives exactly its rule and level, only
 * on the operations the sandbox's drift catalogue says it touches.
 */
import { describe, expect, it } from 'vitest';
import { DRIFTS } from '../../sandbox/index.js';
import type { DriftLevel, Finding, RuleId } from '../rules.js';
import { foldGroups, groupFindings } from '../group-findings.js';
import { runDrift, type DriftOptions } from '../run-drift.js';

function check(overrides: Partial<DriftOptions> = {}): Promise<Finding[]> {
  return runDrift({ target: 'sandbox', allowMutations: false, timeoutMs: 5_000, env: {}, ...overrides }).then((r) => r.findings);
}

/** What each drift must be reported as. */
const EXPECTED: Record<string, { rule: RuleId; level: DriftLevel; pointer?: string }> = {
  'rename-field': { rule: 'renamed-property', level: 'breaking', pointer: '/portalId' },
  'drop-required-field': { rule: 'missing-required-property', level: 'breaking', pointer: '/meta/recordCount' },
  'add-undocumented-field': { rule: 'undocumented-property', level: 'warning', pointer: '/riskLevel' },
  'new-enum-value': { rule: 'new-enum-value', level: 'warning', pointer: '/status' },
  'type-change': { rule: 'type-change', level: 'breaking', pointer: '/count' },
  'undocumented-status': { rule: 'undocumented-status', level: 'breaking' },
  'html-error-page': { rule: 'non-json-body', level: 'breaking' },
};

describe('drift check against the sandbox', () => {
  it('reports nothing against the clean sandbox, for both APIs', async () => {
    const progress: string[] = [];
    const findings = await check({ progress: (line) => progress.push(line) });
    expect(findings).toEqual([]);
    expect(progress.filter((l) => /^\[\d+\/\d+\] (payquicker|abconnect)\/[a-z-]+ … 0 findings$/.test(l)).length).toBeGreaterThan(20);
  });

  it.each(Object.entries(EXPECTED))('%s: reports exactly that drift', async (name, expected) => {
    const findings = await check({ api: 'payquicker', sandboxDrift: [name] });
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect({ rule: f.rule, level: f.level }).toEqual({ rule: expected.rule, level: expected.level });
    const touched = DRIFTS.find((d) => d.name === name)?.operations ?? [];
    for (const f of findings) expect(touched).toContain(f.operationId);
    if (expected.pointer !== undefined) expect(findings.map((f) => f.pointer)).toContain(expected.pointer);
  });

  it('a server with N distinct drifts gives N report rows, not one per scenario or operation', async () => {
    const drifts = ['type-change', 'rename-field', 'add-undocumented-field', 'new-enum-value'];
    const result = await runDrift({ target: 'sandbox', api: 'payquicker', allowMutations: false, timeoutMs: 5_000, env: {}, sandboxDrift: drifts });
    const rows = foldGroups(groupFindings(result.scenarios));
    expect(result.findings.length).toBeGreaterThan(2 * drifts.length);
    expect(rows.map((r) => r.rule).sort()).toEqual(drifts.map((d) => EXPECTED[d]?.rule).sort());
    expect(rows.reduce((sum, r) => sum + r.count, 0)).toBe(result.findings.length);
  });

  it('slow: reports a timeout per scenario when answers come after --timeout-ms', async () => {
    const findings = await check({ api: 'payquicker', scenarios: ['list-payment-jobs', 'retrieve-payment-job'], sandboxDrift: ['slow'], timeoutMs: 250 });
    expect(findings.map((f) => `${f.rule} ${f.level} ${f.operationId}`)).toEqual([
      'timeout breaking listPaymentJobs',
      'timeout breaking retrievePaymentJob',
    ]);
    expect(findings[0]?.actual).toContain('250 ms');
  });
});

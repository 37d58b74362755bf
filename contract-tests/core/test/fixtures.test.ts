/** Scenario contexts: the sandbox's seeded values, a target's own fixtures, missing ones as inconclusive, fresh ids and clean-up only off the sandbox. */
import { describe, expect, it } from 'vitest';
import { scenarioContext, SANDBOX_FIXTURES } from '../fixtures.js';
import { ScenarioInconclusiveError } from '../inconclusive.js';

function thrown(call: () => unknown): unknown {
  try {
    call();
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('scenarioContext', () => {
  it("gives the embedded sandbox (a target without fixtures) the spec examples' ids and leaves ids and clean-up alone", () => {
    const { context, cleanup } = scenarioContext('abconnect', { label: 'sandbox' });
    expect([context.sandbox, context.text('exampleJob'), context.number('savedSourceId'), context.numbers('microDeposits')]).toEqual([true, '2000000', 1187, [32, 45]]);
    expect(context.unique('7f0c2e5a-91b4-4c1e-9d3f-5b8a2c6e4d10')).toBe('7f0c2e5a-91b4-4c1e-9d3f-5b8a2c6e4d10');
    context.afterwards(async () => undefined);
    expect(cleanup).toEqual([]);
    expect(scenarioContext('payquicker', { label: 'replay' }).context.text('completedJobToken')).toBe(SANDBOX_FIXTURES.payquicker['completedJobToken']);
  });

  it("uses a target's own fixtures, converting numeric text, with fresh ids and clean-up steps", () => {
    const { context, cleanup } = scenarioContext('abconnect', { label: 'staging', fixtures: { exampleJob: 4100231, savedSourceId: '77', microDeposits: [11, 12] } });
    expect([context.sandbox, context.text('exampleJob'), context.number('savedSourceId'), context.numbers('microDeposits')]).toEqual([false, '4100231', 77, [11, 12]]);
    const a = context.unique('7f0c2e5a-91b4-4c1e-9d3f-5b8a2c6e4d10');
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(a).not.toBe('7f0c2e5a-91b4-4c1e-9d3f-5b8a2c6e4d10');
    expect(context.unique('x')).not.toBe(a);
    context.afterwards(async () => undefined);
    expect(cleanup).toHaveLength(1);
  });

  it('makes a missing or mistyped fixture inconclusive, naming the fixture, what it is and where to set it', () => {
    const named = scenarioContext('payquicker', { label: 'staging', fixtures: { sourceToken: 5 } }).context;
    const missing = thrown(() => named.text('completedJobToken'));
    expect(missing).toBeInstanceOf(ScenarioInconclusiveError);
    expect(missing).toMatchObject({ kind: 'fixture-missing' });
    expect((missing as Error).message).toMatch(/fixture payquicker\.completedJobToken \(the token .* completed.*\) is not set for target staging; set it under targets\.staging\.payquicker\.fixtures/);
    expect((thrown(() => named.numbers('sourceToken')) as Error).message).toMatch(/must be an array of numbers/);
    const url = scenarioContext('payquicker', { label: 'https://api.sbx1.payquicker.io/api/v2', fixtures: {} }).context;
    expect((thrown(() => url.text('sourceToken')) as Error).message).toMatch(/name the target in api-contracts\.config\.json/);
  });
});

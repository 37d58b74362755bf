/**
 * Pairing live exchanges with recorded ones, and the findings about a scenario run as a whole:
 * timeouts (also when wrapped as the cause of another error) and failures nothing else explains.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../core/types.js';
import { alignExchanges } from '../compare-cassette.js';
import { scenarioFindings, type ScenarioOutcome } from '../scenario-findings.js';
import { exchange } from './fixtures.js';

const SCENARIO: Scenario = {
  api: 'payquicker',
  name: 'retrieve-payment-job',
  description: 'fixture',
  kind: 'happy',
  operations: ['requestToken', 'retrievePaymentJob'],
  mutates: false,
  run: async () => undefined,
};

function outcome(error: Error | undefined, overrides: Partial<ScenarioOutcome> = {}): ScenarioOutcome {
  return { scenario: SCENARIO, cassette: 'c.har', exchanges: [], error, recorded: [], exchangeFindings: 0, timeoutMs: 300, ...overrides };
}

function named(name: string, message: string, extra: Record<string, unknown> = {}, cause?: unknown): Error {
  const error = new Error(message, cause === undefined ? undefined : { cause });
  error.name = name;
  return Object.assign(error, extra);
}

describe('alignExchanges', () => {
  it('pairs by operationId and occurrence, so an extra call shifts nothing', () => {
    const recorded = [exchange('requestToken', 200, { n: 1 }), exchange('retrievePaymentJob', 200, { n: 2 }), exchange('retrievePaymentJob', 200, { n: 3 })];
    const live = [exchange('requestToken', 200, {}), exchange('requestToken', 200, {}), exchange('retrievePaymentJob', 200, {}), exchange('retrievePaymentJob', 200, {})];
    const pairs = alignExchanges(live, recorded);
    expect(pairs.map(([, r]) => r?.response.body)).toEqual(['{"n":1}', undefined, '{"n":2}', '{"n":3}']);
  });
});

describe('scenarioFindings', () => {
  it('reports nothing for a successful run', () => {
    expect(scenarioFindings(outcome(undefined))).toEqual([]);
  });

  it('reports a timeout at the operation the runtime names', () => {
    const findings = scenarioFindings(outcome(named('TimeoutError', 'x timed out', { operationId: 'retrievePaymentJob' })));
    expect(findings).toMatchObject([{ rule: 'timeout', level: 'breaking', operationId: 'retrievePaymentJob', expected: 'an answer within 300 ms' }]);
  });

  it('finds a timeout wrapped as a cause and names the first recorded operation not reached', () => {
    const wrapped = named('AuthError', 'token request failed', {}, named('TimeoutError', 'timed out'));
    const recorded = [exchange('requestToken', 200, {}), exchange('retrievePaymentJob', 200, {})];
    const findings = scenarioFindings(outcome(wrapped, { recorded, exchanges: [exchange('requestToken', 200, {})] }));
    expect(findings).toMatchObject([{ rule: 'timeout', operationId: 'retrievePaymentJob' }]);
  });

  it('reports an unexplained failure as scenario-failed, and an explained one not at all', () => {
    const failure = new Error('expected HTTP 400, got 200\nmore detail');
    expect(scenarioFindings(outcome(failure))).toMatchObject([{ rule: 'scenario-failed', level: 'breaking', actual: 'expected HTTP 400, got 200' }]);
    expect(scenarioFindings(outcome(failure, { exchangeFindings: 1 }))).toEqual([]);
  });
});

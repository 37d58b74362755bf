/**
 * `request-nonconformant`: every request a scenario sends (token requests included) is judged
 * against the spec; each problem is one breaking finding at the request's JSON pointer. Scenarios
 * marked `breaksSpec` send bad requests on purpose and give none.
 */
import { describe, expect, it } from 'vitest';
import type { Exchange, Scenario } from '../../core/types.js';
import { findScenario } from '../../scenarios/index.js';
import { requestFindings } from '../request-findings.js';
import { ruleOf } from '../rules.js';

const found = findScenario('payquicker', 'list-payment-jobs');
if (found === undefined) throw new Error('no scenario payquicker/list-payment-jobs');
const SCENARIO: Scenario = found;

function sent(method: string, path: string, headers: Record<string, string>, body?: string): Exchange {
  return {
    operationId: undefined,
    request: { method, url: `https://payquicker.cassette.invalid/api/v2${path}`, path, headers, ...(body === undefined ? {} : { body }) },
    response: { status: 200, headers: {}, body: '{}' },
  };
}

const token = sent('POST', '/auth/connect/token', { 'content-type': 'application/x-www-form-urlencoded', authorization: 'Basic c2VjcmV0' }, 'grant_type=client_credentials');
const list = sent('GET', '/payments/jobs?page=1&pageSize=51', { 'x-mypayquicker-version': '2026.02.01' });

describe('requestFindings', () => {
  it('reports each request problem as a breaking request-nonconformant finding at its pointer', () => {
    expect(ruleOf('request-nonconformant').level).toBe('breaking');
    const findings = requestFindings(SCENARIO, 'c.har', [token, list]);
    expect(findings.map((f) => [f.rule, f.level, f.operationId, f.pointer, f.actual])).toEqual([
      ['request-nonconformant', 'breaking', 'requestToken', '/header/X-MyPayQuicker-Version', 'is required'],
      ['request-nonconformant', 'breaking', 'listPaymentJobs', '/query/pageSize', 'must be <= 50'],
    ]);
    expect(findings[0]?.expected).toContain('#/');
    expect(JSON.stringify(findings)).not.toContain('c2VjcmV0');
  });

  it('gives nothing for conforming requests or a scenario marked breaksSpec', () => {
    const conforming = sent('GET', '/payments/jobs?page=1&pageSize=20', { 'x-mypayquicker-version': '2026.02.01' });
    expect(requestFindings(SCENARIO, 'c.har', [conforming])).toEqual([]);
    expect(requestFindings({ ...SCENARIO, breaksSpec: true }, 'c.har', [token, list])).toEqual([]);
  });
});

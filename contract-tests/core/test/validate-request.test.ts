/**
 * validate-request.ts: a request is judged by its operation's parameters, headers and request body,
 * and each problem names the JSON pointer of the offending part of the request.
 */
import { describe, expect, it } from 'vitest';
import { cassettePath, readCassetteSync } from '../../har/cassette.js';
import { SCENARIOS } from '../../scenarios/index.js';
import { validateRequest } from '../validate-request.js';

const VERSION = { 'x-mypayquicker-version': '2026.02.01' };
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const JSON_TYPE = { 'content-type': 'application/json' };

describe('validateRequest', () => {
  it('accepts a PayQuicker token request with the version header and finds the one without it', () => {
    const request = { method: 'POST', path: '/auth/connect/token', headers: { ...FORM, ...VERSION }, body: 'grant_type=client_credentials&scope=readonly' };
    expect(validateRequest('payquicker', request)).toEqual({ operationId: 'requestToken', problems: [] });
    const without = validateRequest('payquicker', { ...request, headers: FORM });
    expect(without.problems.map((p) => [p.pointer, p.message])).toEqual([['/header/X-MyPayQuicker-Version', 'is required']]);
  });

  it('converts query text to the documented integer and reports a value out of range at its parameter', () => {
    const ok = validateRequest('payquicker', { method: 'GET', path: '/payments/jobs?page=1&pageSize=20', headers: VERSION });
    expect(ok.problems).toEqual([]);
    const tooLarge = validateRequest('payquicker', { method: 'GET', path: '/payments/jobs?page=1&pageSize=51', headers: VERSION });
    expect(tooLarge.problems.map((p) => [p.pointer, p.message])).toEqual([['/query/pageSize', 'must be <= 50']]);
    expect(tooLarge.problems[0]?.specPointer).toMatch(/maximum$/);
    const missing = validateRequest('payquicker', { method: 'GET', path: '/payments/jobs?page=1', headers: VERSION });
    expect(missing.problems.map((p) => p.pointer)).toEqual(['/query/pageSize']);
  });

  it('reports a malformed path parameter and a JSON body field at their pointers', () => {
    const badToken = validateRequest('payquicker', { method: 'GET', path: '/payments/jobs/jobs-1', headers: VERSION });
    expect(badToken.problems.map((p) => p.pointer)).toContain('/path/job-token');
    const body = JSON.stringify({ items: [{ amount: 'ten', currency: 'USD' }] });
    const badBody = validateRequest('payquicker', { method: 'POST', path: '/payments/jobs', headers: { ...VERSION, ...JSON_TYPE }, body });
    expect(badBody.problems.map((p) => p.pointer)).toContain('/body/items/0/amount');
    const asText = validateRequest('payquicker', { method: 'POST', path: '/payments/jobs', headers: { ...VERSION, 'content-type': 'text/plain' }, body });
    expect(asText.problems.map((p) => p.pointer)).toEqual(['/body']);
  });

  it("judges ABConnect's identity token form, converting rememberMe to a boolean", () => {
    const fields = { grant_type: 'password', username: 'u', password: 'p', client_id: 'c', client_secret: 's', scope: 'offline_access', rememberMe: 'true' };
    const ok = validateRequest('abconnect', { method: 'POST', path: '/connect/token', headers: FORM, body: new URLSearchParams(fields).toString() });
    expect(ok).toEqual({ operationId: 'requestIdentityToken', problems: [] });
    const { username: _dropped, ...rest } = fields;
    const missing = validateRequest('abconnect', { method: 'POST', path: '/connect/token', headers: FORM, body: new URLSearchParams(rest).toString() });
    expect(missing.problems.map((p) => p.pointer)).toContain('/body/username');
    expect(validateRequest('abconnect', { method: 'POST', path: '/connect/token', headers: FORM }).problems).toEqual([{ pointer: '/body', message: 'is required' }]);
  });

  it('names a request that matches no operation', () => {
    expect(validateRequest('payquicker', { method: 'GET', path: '/payments', headers: VERSION }).problems[0]?.pointer).toBe('');
  });

  it("finds a problem in some request of each breaksSpec scenario's cassette (the flag is not stale)", () => {
    const negative = SCENARIOS.filter((s) => s.breaksSpec === true);
    expect(negative.length).toBeGreaterThan(0);
    for (const scenario of negative) {
      const problems = readCassetteSync(cassettePath(scenario.api, scenario.name)).exchanges.flatMap((e) => validateRequest(scenario.api, e.request).problems);
      expect(problems.length, `${scenario.api}/${scenario.name}`).toBeGreaterThan(0);
    }
  });
});

/**
 * The classifier on hand-made exchanges judged against the real specs and generated validators:
 * each kind of drift gives exactly one finding with the catalogue's rule and level, and a clean or
 * merely volatile difference gives none.
 */
import { describe, expect, it } from 'vitest';
import { classifyExchange, type ClassifyContext } from '../classify.js';
import type { Finding } from '../rules.js';
import { contextFor, exchange, jobList, portalJob } from './fixtures.js';

const pq: ClassifyContext = await contextFor('payquicker');
const ab: ClassifyContext = await contextFor('abconnect');

/** The findings as `rule level pointer`, the part every test pins. */
function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule} ${f.level} ${f.pointer}`);
}

function retrieve(body: unknown, recorded: unknown = portalJob()): Finding[] {
  return classifyExchange(pq, exchange('retrievePaymentJob', 200, body), exchange('retrievePaymentJob', 200, recorded));
}

describe('classifyExchange', () => {
  it('reports nothing when the live answer equals the recorded one', () => {
    expect(retrieve(portalJob())).toEqual([]);
  });

  it('ignores volatile values: tokens, ids, references, date-time strings', () => {
    const live = { ...portalJob(), token: 'jobs-00000000-0000-4000-8000-000000000001', portalId: 'other', created: '2027-01-01T00:00:00Z', meta: { timezone: 'GMT', requestRef: 'r-2' } };
    expect(retrieve(live)).toEqual([]);
  });

  it('reports a changed non-volatile value as example-changed info with both values', () => {
    const findings = retrieve({ ...portalJob(), filename: 'march.csv' });
    expect(brief(findings)).toEqual(['example-changed info /filename']);
    expect(findings[0]).toMatchObject({ expected: '"february-payouts.csv"', actual: '"march.csv"', api: 'payquicker', operationId: 'retrievePaymentJob' });
  });

  it('reports a rename once, as renamed-property at the old name', () => {
    const { portalId, ...rest } = portalJob();
    const findings = retrieve({ ...rest, portalRef: portalId });
    expect(brief(findings)).toEqual(['renamed-property breaking /portalId']);
    expect(findings[0]?.actual).toContain('portalRef');
  });

  it('reports a missing recorded optional property without a replacement as a warning', () => {
    const { filename: _gone, ...rest } = portalJob();
    expect(brief(retrieve(rest))).toEqual(['recorded-property-missing warning /filename']);
  });

  it('reports a dropped required property once, not also as a missing recorded one', () => {
    const recorded = jobList([portalJob()]);
    const { recordCount: _gone, ...meta } = recorded['meta'] as Record<string, unknown>;
    const live = { ...recorded, meta };
    const findings = classifyExchange(pq, exchange('listPaymentJobs', 200, live), exchange('listPaymentJobs', 200, recorded));
    expect(brief(findings)).toEqual(['missing-required-property breaking /meta/recordCount']);
  });

  it('reports an undocumented property as a warning although the validator accepts it', () => {
    expect(brief(retrieve({ ...portalJob(), riskLevel: 'LOW' }))).toEqual(['undocumented-property warning /riskLevel']);
  });

  it('finds undocumented properties deep in arrays through $ref', () => {
    const job = portalJob();
    const items = job['items'] as Record<string, unknown>[];
    const live = { ...job, items: [{ ...items[0], fee: 0.5 }] };
    expect(brief(retrieve(live))).toEqual(['undocumented-property warning /items/0/fee']);
  });

  it('reports a live value outside the enum as new-enum-value', () => {
    expect(brief(retrieve({ ...portalJob(), status: 'ON_HOLD' }))).toEqual(['new-enum-value warning /status']);
  });

  it('reports a recorded value the enum no longer lists as removed-enum-value, once', () => {
    const recorded = { ...portalJob(), status: 'ON_HOLD' };
    const findings = retrieve(recorded, recorded);
    expect(brief(findings)).toEqual(['removed-enum-value breaking /status']);
    expect(findings[0]?.actual).toBe('"ON_HOLD" (recorded)');
  });

  it('reports a type change once, not also as a changed value', () => {
    const findings = retrieve({ ...portalJob(), count: '1' });
    expect(brief(findings)).toEqual(['type-change breaking /count']);
    expect(findings[0]).toMatchObject({ expected: 'integer', actual: 'string "1"' });
  });

  it('reports an unlisted status as undocumented-status, even when default covers its body', () => {
    const body = { severity: 'ERROR', error: 'IM_A_TEAPOT', code: 418, message: 'teapot', referenceId: 'x', timestamp: '2026-02-07T23:17:57Z' };
    const findings = classifyExchange(pq, exchange('listPaymentJobs', 418, body), exchange('listPaymentJobs', 200, jobList([portalJob()])));
    expect(brief(findings)).toEqual(['undocumented-status breaking ']);
    expect(findings[0]?.actual).toBe('418');
  });

  it('reports an HTML page where JSON is documented as non-json-body only', () => {
    const html = '<!DOCTYPE html><html><body>502 Bad Gateway</body></html>';
    const findings = classifyExchange(pq, exchange('retrievePaymentJob', 502, html, 'text/html; charset=utf-8'), exchange('retrievePaymentJob', 200, portalJob()));
    expect(brief(findings)).toEqual(['non-json-body breaking ']);
    expect(findings[0]?.actual).toMatch(/^text\/html/);
  });

  it('reports a documented error status where the cassette recorded a 2xx as success-became-error (breaking)', () => {
    const body = { severity: 'ERROR', error: 'INVALID_PARAMETER', code: 400, message: 'bad', referenceId: 'x', timestamp: 't' };
    const findings = classifyExchange(pq, exchange('retrievePaymentJob', 400, body), exchange('retrievePaymentJob', 200, portalJob()));
    expect(brief(findings)).toEqual(['success-became-error breaking ']);
    expect(findings[0]).toMatchObject({ expected: '200', actual: '400' });
  });

  it('reports a documented but different error status as status-changed', () => {
    const body = { severity: 'ERROR', error: 'INVALID_PARAMETER', code: 400, message: 'bad', referenceId: 'x', timestamp: 't' };
    expect(brief(classifyExchange(pq, exchange('retrievePaymentJob', 400, body), exchange('retrievePaymentJob', 404, { ...body, code: 404 })))).toEqual([
      'status-changed warning ',
    ]);
  });

  it('reports null where the schema allows it and the cassette had a value as nullability-changed', () => {
    const live = exchange('createAchPaymentSession', 200, { success: true, errorMessage: null });
    const recorded = exchange('createAchPaymentSession', 200, { success: true, errorMessage: 'pending' });
    expect(brief(classifyExchange(ab, live, recorded))).toEqual(['nullability-changed warning /errorMessage']);
  });

  it('reports a property a closed schema rejects once, as undocumented-property', () => {
    const live = exchange('createAchPaymentSession', 200, { success: true, errorMessage: null, traceId: 'abc' });
    expect(brief(classifyExchange(ab, live, undefined))).toEqual(['undocumented-property warning /traceId']);
  });

  it('redacts values under secret names', () => {
    const live = exchange('requestToken', 200, { access_token: 42, token_type: 'Bearer' });
    const findings = classifyExchange(pq, live, undefined);
    expect(brief(findings)).toEqual(['type-change breaking /access_token']);
    expect(findings[0]?.actual).toBe('integer <redacted>');
  });

  it('judges exchanges that matched no operation not at all', () => {
    expect(classifyExchange(pq, { ...exchange('x', 500, 'oops', 'text/plain'), operationId: undefined }, undefined)).toEqual([]);
  });
});

/**
 * Every drift of the catalogue changes exactly what it says: a drifted sandbox and a clean one with
 * the same seed get the same requests, and the answers must differ only by that drift.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  validateCreatePaymentJobResponse200,
  validateListPaymentJobsResponse200,
  validateRetrievePaymentJobResponse200,
} from '../../../generated/payquicker/index.gen.js';
import { DRIFTS, UnknownDriftError, startSandbox, type DriftName, type Sandbox } from '../index.js';
import { payquickerToken, pq, type Exchange } from './helpers.js';

type Json = Record<string, unknown>;

/** The same requests against any sandbox: create a portal job, retrieve it, list page 1, cancel another. */
async function run(sandbox: Sandbox): Promise<Record<'create' | 'retrieve' | 'list', Exchange>> {
  const token = await payquickerToken(sandbox);
  const create = await pq(sandbox, token, 'POST', '/payments/jobs', { items: [{ programUserId: 'pdekt', amount: 7, clientPaymentId: 'drift-1' }] });
  const jobToken = (create.body as { token?: string } | undefined)?.token ?? 'jobs-00000000-0000-4000-8000-000000000000';
  const retrieve = await pq(sandbox, token, 'GET', `/payments/jobs/${jobToken}`);
  const list = await pq(sandbox, token, 'GET', '/payments/jobs?page=1&pageSize=10');
  return { create, retrieve, list };
}

/** `job` with `edit` applied to the job object(s) of a response body (the body itself, or each list item). */
function editJobs(body: unknown, edit: (job: Json) => Json): unknown {
  const b = body as Json;
  if (Array.isArray(b['payload'])) return { ...b, payload: (b['payload'] as Json[]).map(edit) };
  return edit(b);
}

function renameKey(job: Json, from: string, to: string): Json {
  return Object.fromEntries(Object.entries(job).map(([k, v]) => [k === from ? to : k, v]));
}

describe('drift injection', () => {
  let clean: Awaited<ReturnType<typeof run>>;
  const cleanSandboxes: Sandbox[] = [];
  beforeAll(async () => {
    const sandbox = await startSandbox({ seed: 5 });
    cleanSandboxes.push(sandbox);
    clean = await run(sandbox);
  });
  afterAll(async () => {
    for (const s of cleanSandboxes) await s.close();
  });

  async function drifted(name: DriftName, extra: { slowDelayMs?: number } = {}): Promise<Awaited<ReturnType<typeof run>>> {
    const sandbox = await startSandbox({ seed: 5, drift: [name], ...extra });
    try {
      return await run(sandbox);
    } finally {
      await sandbox.close();
    }
  }

  it('clean answers validate against the spec', () => {
    expect(validateCreatePaymentJobResponse200(clean.create.body)).toEqual({ valid: true });
    expect(validateRetrievePaymentJobResponse200(clean.retrieve.body)).toEqual({ valid: true });
    expect(validateListPaymentJobsResponse200(clean.list.body)).toEqual({ valid: true });
  });

  it('rename-field: portalId becomes portalRef in every job object, nothing else changes', async () => {
    const d = await drifted('rename-field');
    for (const key of ['create', 'retrieve', 'list'] as const) {
      expect(d[key].body).toEqual(editJobs(clean[key].body, (job) => renameKey(job, 'portalId', 'portalRef')));
    }
    expect(d.retrieve.body).not.toHaveProperty('portalId');
  });

  it('drop-required-field: the list loses meta.recordCount and fails validation', async () => {
    const d = await drifted('drop-required-field');
    const { recordCount: _dropped, ...meta } = (clean.list.body as { meta: Json }).meta;
    expect(d.list.body).toEqual({ ...(clean.list.body as Json), meta });
    expect(validateListPaymentJobsResponse200(d.list.body).valid).toBe(false);
    expect(d.retrieve.body).toEqual(clean.retrieve.body);
  });

  it('add-undocumented-field: job objects gain one extra property', async () => {
    const d = await drifted('add-undocumented-field');
    for (const key of ['create', 'retrieve', 'list'] as const) {
      expect(editJobs(d[key].body, ({ riskLevel: _extra, ...job }) => job)).toEqual(clean[key].body);
    }
    expect(Object.keys(d.retrieve.body as Json).filter((k) => !(k in (clean.retrieve.body as Json)))).toEqual(['riskLevel']);
  });

  it('new-enum-value: job status becomes ON_HOLD and fails validation', async () => {
    const d = await drifted('new-enum-value');
    expect(d.retrieve.body).toEqual({ ...(clean.retrieve.body as Json), status: 'ON_HOLD' });
    expect(validateRetrievePaymentJobResponse200(d.retrieve.body).valid).toBe(false);
  });

  it('type-change: count becomes a string and fails validation', async () => {
    const d = await drifted('type-change');
    const cleanCount = (clean.retrieve.body as { count: number }).count;
    expect(d.retrieve.body).toEqual({ ...(clean.retrieve.body as Json), count: String(cleanCount) });
    expect(validateRetrievePaymentJobResponse200(d.retrieve.body).valid).toBe(false);
  });

  it('undocumented-status: listing answers 418, the other operations are unchanged', async () => {
    const d = await drifted('undocumented-status');
    expect(clean.list.status).toBe(200);
    expect(d.list.status).toBe(418);
    expect(d.retrieve.body).toEqual(clean.retrieve.body);
  });

  it('html-error-page: retrieving answers 502 with an HTML body, the others are unchanged', async () => {
    const d = await drifted('html-error-page');
    expect(d.retrieve.status).toBe(502);
    expect(d.retrieve.headers.get('content-type')).toMatch(/^text\/html/);
    expect(d.retrieve.text).toMatch(/^<!DOCTYPE html>/);
    expect(d.create.body).toEqual(clean.create.body);
  });

  it('slow: API operations answer only after slowDelayMs, past a client timeout; the token endpoint is not delayed', async () => {
    const sandbox = await startSandbox({ seed: 5, drift: ['slow'], slowDelayMs: 3000 });
    try {
      const started = Date.now();
      const token = await payquickerToken(sandbox);
      expect(Date.now() - started).toBeLessThan(3000);
      const timedOut = fetch(`${sandbox.payquickerUrl}/payments/jobs?page=1&pageSize=1`, {
        headers: { Authorization: `Bearer ${token}`, 'X-MyPayQuicker-Version': '2026.02.01' },
        signal: AbortSignal.timeout(200),
      });
      await expect(timedOut).rejects.toThrow();
      const before = Date.now();
      const res = await pq(sandbox, token, 'GET', '/payments/jobs?page=1&pageSize=10');
      expect(Date.now() - before).toBeGreaterThanOrEqual(2950);
      expect(res.status).toBe(200);
    } finally {
      await sandbox.close();
    }
  });

  it('every catalogued drift is covered by a test above, and an unknown name is refused listing the valid ones', async () => {
    expect(DRIFTS.map((d) => d.name).sort()).toEqual(
      ['add-undocumented-field', 'drop-required-field', 'html-error-page', 'new-enum-value', 'rename-field', 'slow', 'type-change', 'undocumented-status'],
    );
    await expect(startSandbox({ drift: ['rename-feild'] })).rejects.toThrow(UnknownDriftError);
    await expect(startSandbox({ drift: ['rename-feild'] })).rejects.toThrow(/rename-field, drop-required-field/);
  });
});

/**
 * The four PayQuicker Jobs operations over plain HTTP: state (create → list → retrieve → cancel),
 * the status rule, pagination, clientPaymentId deduplication, business-rule refusals, and the
 * vendor's examples working unchanged. Every body is checked with the generated validators.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  validateApiErrorResult,
  validateCancelPaymentJobResponse200,
  validateCreatePaymentJobResponse200,
  validateListPaymentJobsResponse200,
  validateRetrievePaymentJobResponse200,
} from '../../../generated/payquicker/index.gen.js';
import { startSandbox, type Sandbox } from '../index.js';
import { loadSpec, payquickerToken, pick, pq } from './helpers.js';

const DEST = 'dest-631b200f-665d-4dbe-bd01-3063c9dec97d';
const EXAMPLE_JOB = 'jobs-2bbfc967-d12e-4647-a887-d905172fb4bc';

interface Job {
  token: string;
  status: string;
  count: number;
  items: { token: string; status: string; clientPaymentId?: string; receiptToken?: string; amount: number }[];
}
interface List {
  payload: Job[];
  meta: Record<string, string>;
}

describe('PayQuicker Jobs', () => {
  let sandbox: Sandbox;
  let token: string;
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 3 });
    token = await payquickerToken(sandbox);
  });
  afterAll(() => sandbox.close());

  async function createJob(items: unknown[]): Promise<Job> {
    const res = await pq(sandbox, token, 'POST', '/payments/jobs', { notBefore: '2026-03-01T09:00:00Z', items });
    expect(res.status, res.text).toBe(200);
    expect(validateCreatePaymentJobResponse200(res.body)).toEqual({ valid: true });
    return res.body as Job;
  }

  async function list(page: number, pageSize: number): Promise<List> {
    const res = await pq(sandbox, token, 'GET', `/payments/jobs?page=${page}&pageSize=${pageSize}`);
    expect(res.status, res.text).toBe(200);
    expect(validateListPaymentJobsResponse200(res.body)).toEqual({ valid: true });
    return res.body as List;
  }

  it('creates a SUBMITTED job with a spec-shaped token, scheduled items and the spec defaults', async () => {
    const job = await createJob([{ destinationToken: DEST, clientPaymentId: 'cp-create-1', purpose: 'BONUS' }]);
    expect(job.token).toMatch(/^jobs-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/);
    expect(job).toMatchObject({ status: 'SUBMITTED', count: 1, type: 'PAYMENTS' });
    expect(job.items[0]).toMatchObject({ amount: 1.02, currency: 'USD', status: 'SCHEDULED', sourceToken: 'acct-3908ab5a-6ce1-474d-8b80-a63a7b147860' });
    expect(job.items[0]?.receiptToken).toBeUndefined();
  });

  it('moves a job one step per retrieve: SUBMITTED → PROCESSING → COMPLETED, then stays', async () => {
    const job = await createJob([{ destinationToken: DEST, amount: 10 }]);
    const statuses: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await pq(sandbox, token, 'GET', `/payments/jobs/${job.token}`);
      expect(validateRetrievePaymentJobResponse200(res.body)).toEqual({ valid: true });
      statuses.push((res.body as Job).status);
      if (i === 2) expect((res.body as Job).items[0]?.receiptToken).toMatch(/^rcpt-/);
    }
    expect(statuses).toEqual(['PROCESSING', 'COMPLETED', 'COMPLETED']);
  });

  it('lists created jobs, oldest first, and listing does not move their status', async () => {
    const job = await createJob([{ destinationToken: DEST, amount: 2 }]);
    const before = await list(1, 50);
    const listed = before.payload.find((j) => j.token === job.token);
    expect(listed?.status).toBe('SUBMITTED');
    expect(before.payload[0]?.token).toBe(EXAMPLE_JOB);
    const again = await list(1, 50);
    expect(again.payload.find((j) => j.token === job.token)?.status).toBe('SUBMITTED');
  });

  it('paginates with page/pageSize and fills ListMetadata with strings', async () => {
    const all = await list(1, 50);
    const total = all.payload.length;
    expect(all.meta).toMatchObject({ pageNo: '1', pageSize: '50', recordCount: String(total), pageCount: '1', timezone: 'GMT' });
    const second = await list(2, 1);
    expect(second.meta).toMatchObject({ pageNo: '2', pageSize: '1', pageCount: String(total), recordCount: String(total) });
    expect(second.payload.map((j) => j.token)).toEqual([all.payload[1]?.token]);
    const past = await pq(sandbox, token, 'GET', `/payments/jobs?page=${total + 1}&pageSize=1`);
    expect(past.status).toBe(400);
    expect(validateApiErrorResult(past.body)).toEqual({ valid: true });
    expect((past.body as { message: string }).message).toContain('page');
  });

  it('refuses out-of-range paging parameters with 400 naming the parameter', async () => {
    for (const [query, name] of [['page=1&pageSize=51', 'pageSize'], ['page=0&pageSize=5', 'page'], ['page=x&pageSize=5', 'page'], ['pageSize=5', 'page']] as const) {
      const res = await pq(sandbox, token, 'GET', `/payments/jobs?${query}`);
      expect(res.status, query).toBe(400);
      expect(validateApiErrorResult(res.body)).toEqual({ valid: true });
      expect(res.body).toMatchObject({ error: 'INVALID_PARAMETER' });
      expect((res.body as { message: string }).message).toContain(`parameter ${name}`);
    }
  });

  it('cancels a running job, and refuses to cancel a completed or cancelled one with 400', async () => {
    const job = await createJob([{ destinationToken: DEST }]);
    const cancelled = await pq(sandbox, token, 'DELETE', `/payments/jobs/${job.token}`);
    expect(cancelled.status).toBe(200);
    expect(validateCancelPaymentJobResponse200(cancelled.body)).toEqual({ valid: true });
    expect(cancelled.body).toMatchObject({ status: 'CANCELLED', items: [{ status: 'CANCELLED' }] });
    for (const target of [job.token, EXAMPLE_JOB]) {
      const again = await pq(sandbox, token, 'DELETE', `/payments/jobs/${target}`);
      expect(again.status).toBe(400);
      expect(validateApiErrorResult(again.body)).toEqual({ valid: true });
      expect(again.body).toMatchObject({ error: 'JOB_NOT_CANCELLABLE' });
    }
  });

  it('answers 404 ApiErrorResult for an unknown job and 400 for a malformed job token', async () => {
    const unknown = await pq(sandbox, token, 'GET', '/payments/jobs/jobs-00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(validateApiErrorResult(unknown.body)).toEqual({ valid: true });
    const malformed = await pq(sandbox, token, 'GET', '/payments/jobs/job-1');
    expect(malformed.status).toBe(400);
    expect((malformed.body as { message: string }).message).toContain('parameter job-token');
  });

  it('deduplicates on clientPaymentId: a re-post returns the same job and creates nothing', async () => {
    const items = [{ destinationToken: DEST, amount: 3, clientPaymentId: 'cp-dedup-1' }, { destinationToken: DEST, amount: 4, clientPaymentId: 'cp-dedup-2' }];
    const first = await createJob(items);
    const countBefore = (await list(1, 1)).meta['recordCount'];
    const replay = await createJob(items);
    expect(replay.token).toBe(first.token);
    expect(replay.items.map((i) => i.token)).toEqual(first.items.map((i) => i.token));
    expect((await list(1, 1)).meta['recordCount']).toBe(countBefore);
  });

  it('refuses a create that reuses only some known clientPaymentIds (409) or repeats one (400)', async () => {
    await createJob([{ destinationToken: DEST, clientPaymentId: 'cp-mix-1' }]);
    const mixed = await pq(sandbox, token, 'POST', '/payments/jobs', { items: [{ destinationToken: DEST, clientPaymentId: 'cp-new' }, { destinationToken: DEST, clientPaymentId: 'cp-mix-1' }] });
    expect(mixed.status).toBe(409);
    expect(validateApiErrorResult(mixed.body)).toEqual({ valid: true });
    expect((mixed.body as { message: string }).message).toContain('/items/1/clientPaymentId');
    const twice = await pq(sandbox, token, 'POST', '/payments/jobs', { items: [{ destinationToken: DEST, clientPaymentId: 'x' }, { destinationToken: DEST, clientPaymentId: 'x' }] });
    expect(twice.status).toBe(400);
    expect((twice.body as { message: string }).message).toContain('/items/1/clientPaymentId');
  });

  it('refuses unknown source or destination tokens and schema violations with 400 naming the JSON pointer', async () => {
    const cases: [unknown, string][] = [
      [{ items: [{ destinationToken: 'dest-00000000-0000-4000-8000-000000000000' }] }, '/items/0/destinationToken'],
      [{ items: [{ destinationToken: DEST, sourceToken: 'acct-00000000-0000-4000-8000-000000000000' }] }, '/items/0/sourceToken'],
      [{ items: [{ destinationToken: DEST, amount: 'ten' }] }, '/items/0/amount'],
    ];
    for (const [body, pointer] of cases) {
      const res = await pq(sandbox, token, 'POST', '/payments/jobs', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(validateApiErrorResult(res.body)).toEqual({ valid: true });
      expect((res.body as { message: string }).message).toContain(pointer);
    }
  });

  // models/gateway-payment-job.md, *-quote.md: the body and every field are optional.
  it('accepts what the vendor documents as optional: no body, {}, empty items, an item without destinationToken', async () => {
    for (const body of [undefined, {}, { items: [] }]) {
      const res = await pq(sandbox, token, 'POST', '/payments/jobs', body);
      expect(res.status, `${JSON.stringify(body)}: ${res.text}`).toBe(200);
      expect(validateCreatePaymentJobResponse200(res.body)).toEqual({ valid: true });
      expect(res.body).toMatchObject({ status: 'SUBMITTED', count: 0 });
    }
    const job = await createJob([{ amount: 3.5, clientPaymentId: 'cp-no-destination' }]);
    expect(job).toMatchObject({ count: 1, items: [{ amount: 3.5 }] });
  });

  it("serves the spec's examples unchanged", async () => {
    const spec = loadSpec('payquicker');
    const create = pick(spec, 'paths', '/payments/jobs', 'post', 'requestBody', 'content', 'application/json', 'examples');
    const gateway = await pq(sandbox, token, 'POST', '/payments/jobs', pick(create, 'gatewayJob', 'value'));
    expect(gateway.status).toBe(200);
    // The gateway example reuses the seeded job's clientPaymentId, so deduplication returns that job.
    expect((gateway.body as Job).token).toBe(EXAMPLE_JOB);
    const portal = await pq(sandbox, token, 'POST', '/payments/jobs', pick(create, 'portalJob', 'value'));
    expect(portal.status).toBe(200);
    expect(validateCreatePaymentJobResponse200(portal.body)).toEqual({ valid: true });
    const retrieved = await pq(sandbox, token, 'GET', `/payments/jobs/${String(pick(spec, 'components', 'parameters', 'job-token', 'examples', 'job', 'value'))}`);
    expect(retrieved.status).toBe(200);
    const listExample = pick(spec, 'paths', '/payments/jobs', 'get', 'responses', '200', 'content', 'application/json', 'examples', 'firstPage', 'value');
    const { links: _links, items, ...exampleJob } = pick(listExample, 'payload', '0') as Record<string, unknown> & { items: Record<string, unknown>[] };
    expect(retrieved.body).toMatchObject({ ...exampleJob, items: items.map(({ links: _l, ...item }) => item) });
  });
});

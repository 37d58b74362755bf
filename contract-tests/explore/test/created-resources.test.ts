/**
 * Stateful exploration: every PayQuicker job explore creates is retrieved and cancelled, and none is
 * left open on the server at the end (checked on a sandbox the test owns, through a loopback URL
 * target); a server whose retrieve answer differs from what was created is reported as
 * `created-not-retrieved`.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../core/clients.js';
import { sandboxCredentials } from '../../core/credentials.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { runExplore } from '../run-explore.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ seed: 1, payquicker: { clientId: 'explore-client', clientSecret: 'explore-secret-1234' } });
});
afterAll(async () => {
  await sandbox.close();
});

const ENV = { PAYQUICKER_CLIENT_ID: 'explore-client', PAYQUICKER_CLIENT_SECRET: 'explore-secret-1234' };

describe('created resources', () => {
  it('are retrieved, compared and cancelled: no job explore created is left open', async () => {
    const result = await runExplore({ target: sandbox.payquickerUrl, api: 'payquicker', operations: ['createPaymentJob'], maxRequests: 60, seed: 3, negative: true, allowMutations: false, timeoutMs: 5_000, env: ENV });
    expect(result.findings).toEqual([]);
    expect(result.cancelled).toBeGreaterThan(3);
    expect(result.notCancelled).toEqual([]);
    const client = createClient('payquicker', { baseUrl: sandbox.payquickerUrl, credentials: sandboxCredentials('payquicker', { payquicker: { clientId: 'explore-client', clientSecret: 'explore-secret-1234' } }), timeoutMs: 5_000, fetch: globalThis.fetch });
    const page = await client.jobs.listPaymentJobs({ page: 1, pageSize: 50 });
    const created = page.payload.filter((job) => job.token !== 'jobs-2bbfc967-d12e-4647-a887-d905172fb4bc');
    expect(created.length).toBe(result.cancelled);
    for (const job of created) expect(job.status).toBe('CANCELLED');
  });
});

describe('a server that does not return what was created', () => {
  let server: Server;
  let baseUrl = '';
  beforeAll(async () => {
    const job = (amount: number, status: string) => ({ token: 'jobs-00000000-0000-4000-8000-000000000001', status, items: [{ amount, currency: 'USD' }], meta: { timezone: 'GMT', requestRef: 'r' } });
    server = createServer((request, response) => {
      const send = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      request.resume();
      request.on('end', () => {
        if (request.url?.endsWith('/auth/connect/token')) send(200, { access_token: 'stub-token-value', token_type: 'Bearer', expires_in: 3600 });
        else if (request.method === 'POST') send(200, job(10, 'SUBMITTED'));
        else if (request.method === 'GET') send(200, job(99, 'SUBMITTED'));
        else send(200, job(10, 'CANCELLED'));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}/api/v2`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('is reported as created-not-retrieved at the differing value, and shrunk to one request', async () => {
    const result = await runExplore({ target: baseUrl, api: 'payquicker', operations: ['createPaymentJob'], maxRequests: 30, seed: 1, negative: false, allowMutations: false, timeoutMs: 5_000, env: ENV });
    const finding = result.findings.find((f) => f.rule === 'created-not-retrieved');
    expect(finding).toEqual(expect.objectContaining({ level: 'breaking', operationId: 'retrievePaymentJob', pointer: '/items/0/amount', actual: '99' }));
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]?.curl).toMatch(/^curl -X POST /);
  });
});

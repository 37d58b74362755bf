/** nockFetch carries the client's request through nock unchanged and hands back nock's answer as a Response. */
import '../promise-with-resolvers.js';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeNockConnections, nockFetch } from '../nock-fetch.js';

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => {
  closeNockConnections();
  nock.enableNetConnect();
});

/** One `method` interceptor on `origin` that records what it received and answers `status`, `body`, `headers`. */
function answer(origin: string, method: string, status: number, body: string, headers: Record<string, string> = {}): Seen[] {
  const seen: Seen[] = [];
  nock(origin).intercept(() => true, method).reply(async (request: Request) => {
    const record: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      record[name] = value;
    });
    seen.push({ method: request.method, url: request.url, headers: record, body: await request.text() });
    return [status, body, headers];
  });
  return seen;
}

describe('nockFetch', () => {
  it.each(['https://api.cassette.invalid', 'https://api.cassette.invalid:8443', 'http://api.cassette.invalid'])('sends method, URL, headers and body to nock and returns its answer (%s)', async (origin) => {
    const seen = answer(origin, 'POST', 201, '{"id":"job-1"}', { 'content-type': 'application/json', 'x-request-id': 'r-1' });
    const response = await nockFetch(`${origin}/api/v2/payments/jobs?page=2`, {
      method: 'POST',
      headers: { Authorization: 'Bearer t-1', 'Content-Type': 'application/json', 'X-MyPayQuicker-Version': '2026.02.01' },
      body: '{"amount":25.5}',
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'POST', url: `${origin}/api/v2/payments/jobs?page=2`, body: '{"amount":25.5}' });
    expect(seen[0]?.headers).toMatchObject({ host: new URL(origin).host, authorization: 'Bearer t-1', 'content-type': 'application/json', 'x-mypayquicker-version': '2026.02.01', 'content-length': '15' });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-request-id')).toBe('r-1');
    expect(await response.json()).toEqual({ id: 'job-1' });
  });

  it('keeps the schemes apart: an http interceptor does not answer an https request', async () => {
    answer('http://api.cassette.invalid', 'GET', 200, 'plain');
    await expect(nockFetch('https://api.cassette.invalid/x')).rejects.toMatchObject({ code: 'ENETUNREACH' });
  });

  it('sends a URL and init exactly as the Request built from them', async () => {
    const origin = 'https://api.cassette.invalid';
    const [direct, viaRequest] = [answer(origin, 'POST', 200, 'a'), answer(origin, 'POST', 200, 'b')];
    const init = { method: 'post', headers: new Headers({ Accept: 'application/json', 'X-Trace': ' t-1 ' }), body: 'plain text' };
    await nockFetch('https://api.cassette.invalid/api/echo?x=1', init);
    await nockFetch(new Request('https://api.cassette.invalid/api/echo?x=1', init));
    expect(direct[0]).toMatchObject({ method: 'POST', body: 'plain text' });
    expect(direct[0]?.headers).toMatchObject({ 'content-type': 'text/plain;charset=UTF-8', 'x-trace': 't-1', 'content-length': '10' });
    expect(viaRequest).toEqual(direct);
  });

  it('accepts a Request object, as the capturing fetch passes one', async () => {
    const seen = answer('https://api.cassette.invalid', 'POST', 200, 'ok');
    const response = await nockFetch(new Request('https://api.cassette.invalid/connect/token', { method: 'POST', body: new URLSearchParams({ grant_type: 'password' }) }));
    expect(seen[0]?.body).toBe('grant_type=password');
    expect(seen[0]?.headers['content-type']).toBe('application/x-www-form-urlencoded;charset=UTF-8');
    expect(await response.text()).toBe('ok');
  });

  it('gives a 204 answer a null body', async () => {
    answer('https://api.cassette.invalid', 'DELETE', 204, '');
    const response = await nockFetch('https://api.cassette.invalid/api/v2/payments/jobs/j-1', { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it('rejects with nock’s refusal when no interceptor matches', async () => {
    await expect(nockFetch('https://elsewhere.cassette.invalid/')).rejects.toMatchObject({ code: 'ENETUNREACH' });
  });

  it('rejects with the signal’s reason when the request is aborted', async () => {
    nock('https://api.cassette.invalid').get('/slow').delay(5_000).reply(200, 'late');
    const controller = new AbortController();
    const pending = nockFetch('https://api.cassette.invalid/slow', { signal: controller.signal });
    const reason = new Error('gave up');
    setTimeout(() => controller.abort(reason), 20);
    await expect(pending).rejects.toBe(reason);
  });
});

/**
 * The PayQuicker token endpoint and the checks every Jobs operation makes first: bearer token,
 * scope, and the X-MyPayQuicker-Version header. Every body is checked against the spec with the
 * generated validators.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  validateApiErrorResult,
  validateOAuthProviderError,
  validateRequestTokenResponse200,
} from '../../../generated/payquicker/index.gen.js';
import { startSandbox, type Sandbox } from '../index.js';
import { basic, call, payquickerToken, pq, VERSION, type Exchange } from './helpers.js';

function tokenRequest(sandbox: Sandbox, authorization: string, form: Record<string, string>): Promise<Exchange> {
  return call(`${sandbox.payquickerUrl}/auth/connect/token`, {
    method: 'POST',
    headers: { Authorization: authorization, 'Content-Type': 'application/x-www-form-urlencoded', 'X-MyPayQuicker-Version': VERSION },
    body: new URLSearchParams(form).toString(),
  });
}

describe('PayQuicker token endpoint', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ payquicker: { clientSecret: 'other-secret' }, tokenTtlSeconds: 120 });
  });
  afterAll(() => sandbox.close());

  it('issues a bearer token for the configured client with the requested scopes and TTL', async () => {
    const res = await tokenRequest(sandbox, basic('sandbox-client', 'other-secret'), { grant_type: 'client_credentials', scope: 'readonly' });
    expect(res.status).toBe(200);
    expect(validateRequestTokenResponse200(res.body)).toEqual({ valid: true });
    expect(res.body).toMatchObject({ token_type: 'Bearer', scope: 'readonly', expires_in: 120 });
    const body = res.body as { expiry: number };
    expect(Math.abs(body.expiry - (Date.now() / 1000 + 120))).toBeLessThan(5);
  });

  it('refuses wrong client credentials with 401 invalid_client', async () => {
    for (const authorization of [basic('sandbox-client', 'sandbox-secret'), 'Basic !!!', '']) {
      const res = await tokenRequest(sandbox, authorization, { grant_type: 'client_credentials' });
      expect(res.status).toBe(401);
      expect(validateOAuthProviderError(res.body)).toEqual({ valid: true });
      expect(res.body).toMatchObject({ error: 'invalid_client' });
    }
  });

  it('refuses another grant with 400 unsupported_grant_type and a missing grant with invalid_request', async () => {
    const auth = basic('sandbox-client', 'other-secret');
    const password = await tokenRequest(sandbox, auth, { grant_type: 'password' });
    expect(password.status).toBe(400);
    expect(validateOAuthProviderError(password.body)).toEqual({ valid: true });
    expect(password.body).toMatchObject({ error: 'unsupported_grant_type' });
    const missing = await tokenRequest(sandbox, auth, { scope: 'readonly' });
    expect(missing.body).toMatchObject({ error: 'invalid_request' });
  });

  it('refuses an unknown scope with 400 invalid_scope naming it', async () => {
    const res = await tokenRequest(sandbox, basic('sandbox-client', 'other-secret'), { grant_type: 'client_credentials', scope: 'readonly admin' });
    expect(res.status).toBe(400);
    expect(validateOAuthProviderError(res.body)).toEqual({ valid: true });
    expect(res.body).toMatchObject({ error: 'invalid_scope' });
    expect((res.body as { error_description: string }).error_description).toContain("'admin'");
  });

  it('refuses a missing, malformed or unsupported X-MyPayQuicker-Version with 400 invalid_request naming the header', async () => {
    const headers = { Authorization: basic('sandbox-client', 'other-secret'), 'Content-Type': 'application/x-www-form-urlencoded' };
    const body = 'grant_type=client_credentials';
    const url = `${sandbox.payquickerUrl}/auth/connect/token`;
    const answers = await Promise.all([
      call(url, { method: 'POST', headers, body }),
      call(url, { method: 'POST', headers: { ...headers, 'X-MyPayQuicker-Version': 'latest' }, body }),
      call(url, { method: 'POST', headers: { ...headers, 'X-MyPayQuicker-Version': '2025.01.01' }, body }),
    ]);
    for (const res of answers) {
      expect(res.status).toBe(400);
      expect(validateOAuthProviderError(res.body)).toEqual({ valid: true });
      expect(res.body).toMatchObject({ error: 'invalid_request' });
      expect((res.body as { error_description: string }).error_description).toContain('X-MyPayQuicker-Version');
    }
  });

  it('refuses a JSON body with 400 invalid_request', async () => {
    const res = await call(`${sandbox.payquickerUrl}/auth/connect/token`, {
      method: 'POST',
      headers: { Authorization: basic('sandbox-client', 'other-secret'), 'Content-Type': 'application/json', 'X-MyPayQuicker-Version': VERSION },
      body: '{"grant_type":"client_credentials"}',
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'invalid_request' });
  });
});

describe('PayQuicker bearer token, scope and version checks', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 7 });
  });
  afterAll(() => sandbox.close());

  it('answers 401 with a bearer challenge and no body when the token is missing or unknown', async () => {
    const missing = await call(`${sandbox.payquickerUrl}/payments/jobs?page=1&pageSize=5`, { headers: { 'X-MyPayQuicker-Version': '2026.02.01' } });
    expect(missing.status).toBe(401);
    expect(missing.text).toBe('');
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer realm="payquicker"$/);
    const unknown = await pq(sandbox, 'sbx_not-a-token', 'GET', '/payments/jobs?page=1&pageSize=5');
    expect(unknown.status).toBe(401);
    expect(unknown.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it('expires tokens after tokenTtlSeconds on the fake clock (one second per request)', async () => {
    const short = await startSandbox({ seed: 7, tokenTtlSeconds: 3 });
    try {
      const token = await payquickerToken(short);
      const first = await pq(short, token, 'GET', '/payments/jobs?page=1&pageSize=5');
      expect(first.status).toBe(200);
      await pq(short, token, 'GET', '/payments/jobs?page=1&pageSize=5');
      const expired = await pq(short, token, 'GET', '/payments/jobs?page=1&pageSize=5');
      expect(expired.status).toBe(401);
      expect(expired.headers.get('www-authenticate')).toContain('expired');
    } finally {
      await short.close();
    }
  });

  it('forbids create and cancel to a readonly token with 403 insufficient_scope', async () => {
    const token = await payquickerToken(sandbox, 'readonly');
    const create = await pq(sandbox, token, 'POST', '/payments/jobs', { items: [{ destinationToken: 'dest-631b200f-665d-4dbe-bd01-3063c9dec97d' }] });
    expect(create.status).toBe(403);
    expect(create.headers.get('www-authenticate')).toMatch(/^Bearer .*error="insufficient_scope".*scope="modify"/);
    const cancel = await pq(sandbox, token, 'DELETE', '/payments/jobs/jobs-2bbfc967-d12e-4647-a887-d905172fb4bc');
    expect(cancel.status).toBe(403);
    const modifyOnly = await payquickerToken(sandbox, 'modify');
    const list = await pq(sandbox, modifyOnly, 'GET', '/payments/jobs?page=1&pageSize=5');
    expect(list.status).toBe(403);
    expect(list.headers.get('www-authenticate')).toContain('scope="readonly"');
  });

  it('rejects a missing, malformed or unsupported X-MyPayQuicker-Version with 400 ApiErrorResult naming the header', async () => {
    const token = await payquickerToken(sandbox);
    const missing = await call(`${sandbox.payquickerUrl}/payments/jobs?page=1&pageSize=5`, { headers: { Authorization: `Bearer ${token}` } });
    const malformed = await pq(sandbox, token, 'GET', '/payments/jobs?page=1&pageSize=5', undefined, { 'X-MyPayQuicker-Version': 'latest' });
    const unsupported = await pq(sandbox, token, 'GET', '/payments/jobs?page=1&pageSize=5', undefined, { 'X-MyPayQuicker-Version': '2025.01.01' });
    for (const res of [missing, malformed, unsupported]) {
      expect(res.status).toBe(400);
      expect(validateApiErrorResult(res.body)).toEqual({ valid: true });
      expect((res.body as { message: string }).message).toContain('X-MyPayQuicker-Version');
    }
    expect(unsupported.body).toMatchObject({ error: 'UNSUPPORTED_API_VERSION', code: 400 });
  });

  it('gives every error a fresh referenceId and requestRef', async () => {
    const token = await payquickerToken(sandbox);
    const a = await pq(sandbox, token, 'GET', '/payments/jobs?page=0&pageSize=5');
    const b = await pq(sandbox, token, 'GET', '/payments/jobs?page=0&pageSize=5');
    const [ea, eb] = [a.body, b.body] as { referenceId: string; requestRef: string }[];
    expect(ea?.referenceId).not.toBe(eb?.referenceId);
    expect(ea?.requestRef).not.toBe(eb?.requestRef);
    expect(ea?.requestRef).toMatch(/^\d{8}T\d{6}Z-r[A-Za-z0-9]{50}$/);
  });
});

import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PASSWORD_GRANT_RENEW_BEFORE_SECONDS, passwordGrantFetcher } from '../../runtime/auth-password-grant.js';
import { AuthError, ClientCore } from '../../runtime/index.js';
import { SecretScrubber } from '../../runtime/secret-scrubber.js';
import { TokenCache } from '../../runtime/token-cache.js';
import { AB_API, listPaymentSourcesOperation } from './support/fixtures.js';
import { delay, formOf, sendJson, tokenBody, type RecordedRequest } from './support/http-server.js';
import { startScenario, TOKEN_PATH, type Scenario } from './support/scenario.js';

const credentials = {
  username: 'ops@example.com',
  password: 'pw-Sup3r$ecret',
  clientId: 'portal',
  clientSecret: 'ab-client-secret',
};
const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
let scenario: Scenario | undefined;

afterEach(async () => {
  vi.useRealTimers();
  await scenario?.close();
  scenario = undefined;
});

/** Token endpoint: password grant → `pw-N` with refresh token `rt-N`; refresh grant → `rf-N` unless `refreshFails`. */
function identityServer(expiresIn: number, refreshFails = false) {
  return (req: RecordedRequest, res: ServerResponse, n: number): void => {
    const form = formOf(req);
    if (form['grant_type'] === 'refresh_token' && refreshFails) return sendJson(res, 400, { error: 'invalid_grant' });
    const prefix = form['grant_type'] === 'refresh_token' ? 'rf' : 'pw';
    return sendJson(res, 200, tokenBody(`${prefix}-${n}`, expiresIn, { refresh_token: `rt-${n}` }));
  };
}

function abCore(s: Scenario): ClientCore {
  return new ClientCore(AB_API, {
    baseUrl: `${s.origin}/ab`,
    tokenUrl: `${s.origin}${TOKEN_PATH}`,
    credentials,
    retry: false,
    logger: silent,
  });
}

describe('OAuth 2 password grant (ABConnect identity server)', () => {
  it('sends the vendor form fields and uses the token as Bearer for the bearer scheme', async () => {
    scenario = await startScenario({ token: identityServer(3600), api: (_req, res) => sendJson(res, 200, []) });
    await abCore(scenario).request(listPaymentSourcesOperation, { jobDisplayId: '2000000' });
    const forms = scenario.tokenRequests().map(formOf);
    expect(forms).toHaveLength(1);
    expect(forms[0]).toEqual({
      grant_type: 'password',
      username: credentials.username,
      password: credentials.password,
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
      scope: 'offline_access',
      rememberMe: 'true',
    });
    expect(scenario.apiRequests()[0]?.path).toBe('/ab/api/job/2000000/payment/sources');
    expect(scenario.apiRequests()[0]?.headers.authorization).toBe('Bearer pw-1');
  });

  it('renews with the refresh token before expiry, in a single flight', async () => {
    vi.useFakeTimers({ toFake: ['Date'] }); // the token clock moves only when the test says so
    scenario = await startScenario({
      token: async (req, res, n) => {
        await delay(30);
        identityServer(2)(req, res, n);
      },
      api: (_req, res) => sendJson(res, 200, []),
    });
    const client = abCore(scenario);
    await client.request(listPaymentSourcesOperation, { jobDisplayId: '1' });
    vi.setSystemTime(Date.now() + 1100); // past expiry minus the renewal lead (half of a 2 s lifetime)
    await Promise.all(
      Array.from({ length: 10 }, () => client.request(listPaymentSourcesOperation, { jobDisplayId: '1' })),
    );
    expect(scenario.tokenRequests().map((r) => formOf(r)['grant_type'])).toEqual(['password', 'refresh_token']);
    expect(formOf(scenario.tokenRequests()[1]!)).toMatchObject({ refresh_token: 'rt-1', client_id: 'portal' });
    expect(
      new Set(
        scenario
          .apiRequests()
          .slice(1)
          .map((r) => r.headers.authorization),
      ),
    ).toEqual(new Set(['Bearer rf-2']));
  });

  it('falls back to the password grant when the refresh is refused', async () => {
    vi.useFakeTimers({ toFake: ['Date'] }); // the token clock moves only when the test says so
    scenario = await startScenario({ token: identityServer(2, true), api: (_req, res) => sendJson(res, 200, []) });
    const client = abCore(scenario);
    await client.request(listPaymentSourcesOperation, { jobDisplayId: '1' });
    vi.setSystemTime(Date.now() + 1100);
    await client.request(listPaymentSourcesOperation, { jobDisplayId: '1' });
    expect(scenario.tokenRequests().map((r) => formOf(r)['grant_type'])).toEqual([
      'password',
      'refresh_token',
      'password',
    ]);
    expect(scenario.apiRequests().at(-1)?.headers.authorization).toBe('Bearer pw-3');
  });

  it('renews 5 minutes before expiry, as the vendor client does (fake clock)', async () => {
    scenario = await startScenario({ token: identityServer(3600) });
    let now = Date.parse('2026-02-07T12:00:00Z');
    const ctx = { fetch, tokenUrl: `${scenario.origin}${TOKEN_PATH}`, timeoutMs: 5000, scrubber: new SecretScrubber() };
    const cache = new TokenCache(passwordGrantFetcher(ctx, credentials), {
      renewBeforeSeconds: PASSWORD_GRANT_RENEW_BEFORE_SECONDS,
      scrubber: ctx.scrubber,
      now: () => now,
    });
    const first = await cache.get([]);
    now += (3600 - 301) * 1000;
    expect(await cache.get([])).toBe(first);
    now += 2000;
    const renewed = await cache.get([]);
    expect(renewed).not.toBe(first);
    expect(renewed.authorization()).toBe('Bearer rf-2');
    expect(scenario.tokenRequests().map((r) => formOf(r)['grant_type'])).toEqual(['password', 'refresh_token']);
  });

  it('reports a refused password grant as AuthError without the password', async () => {
    scenario = await startScenario({
      token: (_req, res) =>
        sendJson(res, 400, { error: 'invalid_grant', error_description: 'invalid_username_or_password' }),
    });
    const error = await abCore(scenario)
      .request(listPaymentSourcesOperation, { jobDisplayId: '1' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).error).toBe('invalid_grant');
    expect((error as AuthError).errorDescription).toBe('invalid_username_or_password');
    expect(JSON.stringify(error) + String(error)).not.toContain(credentials.password);
  });
});

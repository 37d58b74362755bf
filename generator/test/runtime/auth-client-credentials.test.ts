import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  AuthError,
  ClientCore,
  ConfigurationError,
  type ClientOptions,
  type OAuthToken,
} from '../../runtime/index.js';
import {
  createPaymentJobOperation,
  JOB_TOKEN,
  listPaymentJobsOperation,
  PQ_API,
  retrievePaymentJobOperation,
} from './support/fixtures.js';
import { delay, formOf, sendJson, tokenBody } from './support/http-server.js';
import { startScenario, type Scenario } from './support/scenario.js';

const credentials = { clientId: 'client-one', clientSecret: 'cs-Very$ecret' };
let scenario: Scenario | undefined;

afterEach(async () => {
  vi.useRealTimers();
  await scenario?.close();
  scenario = undefined;
});

function core(s: Scenario, extra: Partial<ClientOptions> = {}): ClientCore {
  return new ClientCore(PQ_API, { baseUrl: s.baseUrl, credentials, retry: false, logger: silent, ...extra });
}

const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

describe('OAuth 2 client credentials (PayQuicker)', () => {
  it('requests a token with Basic client authentication and the operation scope, then sends it as Bearer', async () => {
    scenario = await startScenario();
    await core(scenario).request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN });
    const [tokenRequest] = scenario.tokenRequests();
    expect(tokenRequest?.method).toBe('POST');
    expect(tokenRequest?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64');
    expect(tokenRequest?.headers.authorization).toBe(`Basic ${basic}`);
    expect(formOf(tokenRequest!)).toEqual({ grant_type: 'client_credentials', scope: 'readonly' });
    const [apiRequest] = scenario.apiRequests();
    expect(apiRequest?.headers.authorization).toBe('Bearer tok-1');
    expect(apiRequest?.headers['x-mypayquicker-version']).toBe('2026.02.01');
    expect(apiRequest?.headers.accept).toBe('application/json');
  });

  it('sends the token headers of the definition (the token operation\'s required headers) with the token request, a client override winning', async () => {
    scenario = await startScenario();
    const api = { ...PQ_API, tokenHeaders: { 'X-MyPayQuicker-Version': '2026.02.01' } };
    await new ClientCore(api, { baseUrl: scenario.baseUrl, credentials, retry: false }).request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN });
    await new ClientCore(api, {
      baseUrl: scenario.baseUrl,
      credentials,
      retry: false,
      headers: { 'x-mypayquicker-version': '2026.03.01', 'X-Trace': 'not for the token endpoint' },
    }).request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN });
    const [first, second] = scenario.tokenRequests();
    expect(first?.headers['x-mypayquicker-version']).toBe('2026.02.01');
    expect(second?.headers['x-mypayquicker-version']).toBe('2026.03.01');
    expect(second?.headers['x-trace']).toBeUndefined();
    expect(second?.headers['content-type']).toBe('application/x-www-form-urlencoded');
  });

  it('shares one token request among 50 concurrent calls and caches it afterwards', async () => {
    scenario = await startScenario({
      token: async (_req, res, n) => {
        await delay(50);
        sendJson(res, 200, tokenBody(`tok-${n}`));
      },
    });
    const client = core(scenario);
    await Promise.all(
      Array.from({ length: 50 }, () => client.request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN })),
    );
    await client.request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN });
    expect(scenario.tokenRequests()).toHaveLength(1);
    expect(scenario.apiRequests()).toHaveLength(51);
    expect(new Set(scenario.apiRequests().map((r) => r.headers.authorization))).toEqual(new Set(['Bearer tok-1']));
  });

  it('caches one token per scope set when no scopes are configured, and the union when they are', async () => {
    scenario = await startScenario();
    const perOperation = core(scenario);
    await perOperation.request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN });
    await perOperation.request(createPaymentJobOperation, { body: { items: [] } });
    await perOperation.request(listPaymentJobsOperation, { page: 1, pageSize: 10 });
    expect(scenario.tokenRequests().map((r) => formOf(r)['scope'])).toEqual(['readonly', 'modify']);

    const configured = core(scenario, { credentials: { ...credentials, scopes: ['readonly', 'modify'] } });
    await configured.request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN });
    await configured.request(createPaymentJobOperation, { body: { items: [] } });
    expect(
      scenario
        .tokenRequests()
        .slice(2)
        .map((r) => formOf(r)['scope']),
    ).toEqual(['readonly modify']);
  });

  it('renews the token when expires_in minus the clock skew has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] }); // the token clock moves only when the test says so
    scenario = await startScenario({ token: (_req, res, n) => sendJson(res, 200, tokenBody(`tok-${n}`, 1)) });
    const client = core(scenario, { clockSkewSeconds: 0 });
    await client.request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN });
    await client.request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN });
    expect(scenario.tokenRequests()).toHaveLength(1);
    vi.setSystemTime(Date.now() + 1100);
    await client.request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN });
    expect(scenario.tokenRequests()).toHaveLength(2);
    expect(scenario.apiRequests().at(-1)?.headers.authorization).toBe('Bearer tok-2');
  });

  it('on a 401 invalidates the token, renews it and replays the call once', async () => {
    scenario = await startScenario({
      api: (req, res) =>
        req.headers.authorization === 'Bearer tok-1'
          ? sendJson(res, 401, {})
          : sendJson(res, 200, { token: JOB_TOKEN, status: 'PENDING' }),
    });
    const result = await core(scenario).request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN });
    expect(result).toEqual({ token: JOB_TOKEN, status: 'PENDING' });
    expect(scenario.tokenRequests()).toHaveLength(2);
    expect(scenario.apiRequests().map((r) => r.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-2']);
  });

  it('does not replay twice: a second 401 becomes an ApiError', async () => {
    scenario = await startScenario({ api: (_req, res) => sendJson(res, 401, { message: 'no' }) });
    const error = await core(scenario)
      .request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect(scenario.apiRequests()).toHaveLength(2);
    expect(scenario.tokenRequests()).toHaveLength(2);
  });

  it('turns a token endpoint refusal into an AuthError with the OAuth error code, without the secret', async () => {
    scenario = await startScenario({
      token: (_req, res) =>
        sendJson(res, 401, {
          error: 'invalid_client',
          error_description: `client secret ${credentials.clientSecret} is wrong`,
        }),
    });
    const error = await core(scenario)
      .request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    const auth = error as AuthError;
    expect(auth.error).toBe('invalid_client');
    expect(auth.status).toBe(401);
    expect(auth.transient).toBe(false);
    expect(auth.errorDescription).toContain('is wrong');
    expect(`${auth.message} ${auth.errorDescription} ${JSON.stringify(auth)}`).not.toContain(credentials.clientSecret);
    expect(scenario.apiRequests()).toHaveLength(0);
  });

  it('uses a caller token provider and reports every new token to onToken with its expiry', async () => {
    scenario = await startScenario();
    const seen: OAuthToken[] = [];
    const asked: { scopes: readonly string[]; previous: OAuthToken | undefined }[] = [];
    let n = 0;
    const client = core(scenario, {
      credentials: {
        tokenProvider: ({ scopes, previous }) => {
          asked.push({ scopes, previous });
          n++;
          return Promise.resolve({ access_token: `provided-${n}`, token_type: 'Bearer', expires_in: 3600 });
        },
        onToken: (token: OAuthToken) => seen.push(token),
      },
    });
    const before = Math.floor(Date.now() / 1000);
    await client.request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN });
    await client.request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN });
    expect(scenario.tokenRequests()).toHaveLength(0);
    expect(scenario.apiRequests().map((r) => r.headers.authorization)).toEqual([
      'Bearer provided-1',
      'Bearer provided-1',
    ]);
    expect(asked).toEqual([{ scopes: ['readonly'], previous: undefined }]);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.expiry).toBeGreaterThanOrEqual(before + 3600);
  });

  it('sends a static access token as is and never renews it', async () => {
    scenario = await startScenario({ api: (_req, res) => sendJson(res, 401, {}) });
    const error = await core(scenario, { credentials: { accessToken: 'static-jwt' } })
      .request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN })
      .catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(401);
    expect(scenario.apiRequests().map((r) => r.headers.authorization)).toEqual(['Bearer static-jwt']);
  });

  it('rejects with ConfigurationError when no security requirement can be satisfied', async () => {
    scenario = await startScenario();
    const error = await new ClientCore(PQ_API, { baseUrl: scenario.baseUrl })
      .request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/retrievePaymentJob.*oauth2ClientCredentials/);
    expect(scenario.requests).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import {
  ClientCore,
  ConfigurationError,
  envVariables,
  optionsFromEnv,
  resolveEnvironment,
} from '../../runtime/index.js';
import { AB_API, PQ_API } from './support/fixtures.js';
import { PayQuickerClient } from './support/generated-client.js';

function configError(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('environment resolution', () => {
  it('defaults to the first non-production server with its variable defaults', () => {
    const env = resolveEnvironment(PQ_API, {});
    expect(env).toEqual({
      environment: 'sandbox',
      baseUrl: 'https://api.sandbox.payquicker.io/api/v2',
      tokenUrl: 'https://api.sandbox.payquicker.io/api/v2/auth/connect/token',
      production: false,
    });
  });

  it('fills server variables into the server and token URLs', () => {
    const env = resolveEnvironment(PQ_API, { environment: 'uat', uatInstance: 'uat5' } as object);
    expect(env.baseUrl).toBe('https://api.uat5.payquicker.io/api/v2');
    expect(env.tokenUrl).toBe('https://api.uat5.payquicker.io/api/v2/auth/connect/token');
    expect(resolveEnvironment(PQ_API, { environment: 'production' }).production).toBe(true);
  });

  it('lets baseUrl override the environment; token URL is tokenUrl or baseUrl + tokenPath', () => {
    expect(resolveEnvironment(PQ_API, { baseUrl: 'http://127.0.0.1:9/api/v2/' })).toMatchObject({
      environment: undefined,
      baseUrl: 'http://127.0.0.1:9/api/v2',
      tokenUrl: 'http://127.0.0.1:9/api/v2/auth/connect/token',
    });
    expect(
      resolveEnvironment(AB_API, { baseUrl: 'http://h/api', tokenUrl: 'http://login/connect/token' }).tokenUrl,
    ).toBe('http://login/connect/token');
  });

  it('rejects unknown environments, variable values outside the enum and bad URLs at construction', () => {
    expect(configError(() => new ClientCore(PQ_API, { environment: 'staging' })).message).toMatch(
      /unknown environment 'staging'.*production, sandbox, uat, development/,
    );
    expect(
      configError(() => new PayQuickerClient({ environment: 'sandbox', sandboxInstance: 'sbx99' as 'sbx1' })).message,
    ).toMatch(/sandboxInstance.*sbx99/);
    expect(configError(() => new ClientCore(PQ_API, { baseUrl: 'ftp://x' })).message).toMatch(/http or https/);
    expect(configError(() => new ClientCore(PQ_API, { baseUrl: 'https://u:p@x' })).message).toMatch(/user info/);
    const { tokenPath: _tokenPath, ...noToken } = PQ_API;
    expect(
      configError(
        () => new ClientCore(noToken, { baseUrl: 'http://x', credentials: { clientId: 'a', clientSecret: 'b' } }),
      ).message,
    ).toMatch(/token URL/);
  });
});

describe('optionsFromEnv', () => {
  it('reads environment, server variables, client credentials and scopes', () => {
    const options = optionsFromEnv(PQ_API, {
      PAYQUICKER_ENVIRONMENT: 'sandbox',
      PAYQUICKER_SANDBOX_INSTANCE: 'sbx11',
      PAYQUICKER_CLIENT_ID: 'id-1',
      PAYQUICKER_CLIENT_SECRET: 'secret-1',
      PAYQUICKER_SCOPES: 'readonly, modify',
      PAYQUICKER_TIMEOUT_MS: '1500',
      PAYQUICKER_UAT_INSTANCE: '',
    });
    expect(options).toEqual({
      environment: 'sandbox',
      sandboxInstance: 'sbx11',
      timeoutMs: 1500,
      credentials: { clientId: 'id-1', clientSecret: 'secret-1', scopes: ['readonly', 'modify'] },
    });
    expect(new ClientCore(PQ_API, options).baseUrl).toBe('https://api.sbx11.payquicker.io/api/v2');
  });

  it('reads _API_KEY for an API with an apiKey scheme, alone, and refuses it elsewhere', () => {
    const keyed = { ...PQ_API, securitySchemes: { key: { type: 'api-key', in: 'header', name: 'X-Api-Key' } } } as const;
    expect(optionsFromEnv(keyed, { PAYQUICKER_API_KEY: 'k-1' })).toEqual({ credentials: { apiKey: 'k-1' } });
    expect(envVariables(keyed).map((v) => v.name)).toContain('PAYQUICKER_API_KEY');
    const combined = configError(() => optionsFromEnv({ ...keyed, securitySchemes: { ...keyed.securitySchemes, ...PQ_API.securitySchemes } }, { PAYQUICKER_API_KEY: 'k-1', PAYQUICKER_CLIENT_ID: 'c' }));
    expect(combined.variable).toBe('PAYQUICKER_API_KEY');
    expect(configError(() => optionsFromEnv(PQ_API, { PAYQUICKER_API_KEY: 'k-1' })).variable).toBe('PAYQUICKER_API_KEY');
  });

  it('reads a _TIMEOUT_MS of 0 as no limit, as the timeoutMs option does', () => {
    expect(optionsFromEnv(PQ_API, { PAYQUICKER_TIMEOUT_MS: '0' })).toEqual({ timeoutMs: 0 });
    expect(configError(() => optionsFromEnv(PQ_API, { PAYQUICKER_TIMEOUT_MS: '1.5' })).variable).toBe('PAYQUICKER_TIMEOUT_MS');
  });

  it('builds password-grant or static-token credentials and applies overrides last', () => {
    const password = optionsFromEnv(
      AB_API,
      { ABCONNECT_USERNAME: 'u', ABCONNECT_PASSWORD: 'p', ABCONNECT_CLIENT_ID: 'c', ABCONNECT_CLIENT_SECRET: 's' },
      { environment: 'staging' },
    );
    expect(password).toEqual({
      environment: 'staging',
      credentials: { username: 'u', password: 'p', clientId: 'c', clientSecret: 's' },
    });
    expect(optionsFromEnv(AB_API, { ABCONNECT_ACCESS_TOKEN: 'jwt' })).toEqual({ credentials: { accessToken: 'jwt' } });
  });

  it('refuses a credential variable no security scheme of the API uses, naming it and the schemes', () => {
    const scopes = configError(() => optionsFromEnv(AB_API, { ABCONNECT_SCOPES: 'offline_access' }));
    expect(scopes.variable).toBe('ABCONNECT_SCOPES');
    expect(scopes.message).toMatch(/no security scheme .* uses it; schemes: identityPassword \(oauth2-password\), bearerAuth \(http-bearer\)/);
    const incomplete = configError(() =>
      optionsFromEnv(AB_API, { ABCONNECT_USERNAME: 'u', ABCONNECT_PASSWORD: 'hush-hush', ABCONNECT_CLIENT_ID: 'c' }),
    );
    expect(incomplete.variable).toBe('ABCONNECT_CLIENT_SECRET');
    expect(incomplete.message).not.toContain('hush-hush');
  });

  it('names the offending variable and never echoes a secret value', () => {
    const cases: [Record<string, string>, string][] = [
      [{ PAYQUICKER_ENVIRONMENT: 'prod' }, 'PAYQUICKER_ENVIRONMENT'],
      [{ PAYQUICKER_SANDBOX_INSTANCE: 'sbx99' }, 'PAYQUICKER_SANDBOX_INSTANCE'],
      [{ PAYQUICKER_TIMEOUT_MS: '-5' }, 'PAYQUICKER_TIMEOUT_MS'],
      [{ PAYQUICKER_BASE_URL: 'nope' }, 'PAYQUICKER_BASE_URL'],
      [{ PAYQUICKER_CLIENT_SECRET: 'hush-hush' }, 'PAYQUICKER_CLIENT_ID'],
      [
        { PAYQUICKER_CLIENT_ID: 'i', PAYQUICKER_CLIENT_SECRET: 'hush-hush', PAYQUICKER_SCOPES: 'admin' },
        'PAYQUICKER_SCOPES',
      ],
      // PayQuicker has no password grant: its user name variable is a mistake, not ignored.
      [
        { PAYQUICKER_USERNAME: 'u', PAYQUICKER_PASSWORD: 'hush-hush', PAYQUICKER_CLIENT_ID: 'i' },
        'PAYQUICKER_USERNAME',
      ],
      [{ PAYQUICKER_ACCESS_TOKEN: 'hush-hush', PAYQUICKER_CLIENT_ID: 'i' }, 'PAYQUICKER_ACCESS_TOKEN'],
    ];
    for (const [env, variable] of cases) {
      const error = configError(() => optionsFromEnv(PQ_API, env));
      expect(error.variable, JSON.stringify(env)).toBe(variable);
      expect(error.message).toContain(variable);
      expect(error.message).not.toContain('hush-hush');
    }
  });

  it('lists every variable it reads, including one per server variable', () => {
    const names = envVariables(PQ_API).map((v) => v.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'PAYQUICKER_ENVIRONMENT',
        'PAYQUICKER_BASE_URL',
        'PAYQUICKER_CLIENT_ID',
        'PAYQUICKER_CLIENT_SECRET',
        'PAYQUICKER_SCOPES',
        'PAYQUICKER_ACCESS_TOKEN',
        'PAYQUICKER_TOKEN_URL',
        'PAYQUICKER_TIMEOUT_MS',
        'PAYQUICKER_SANDBOX_INSTANCE',
        'PAYQUICKER_UAT_INSTANCE',
      ]),
    );
    expect(new Set(names).size).toBe(names.length);
    // Only the credentials the API's security schemes can use: no password grant at PayQuicker,
    // no client credentials grant (so no scopes) at ABConnect.
    expect(names).not.toContain('PAYQUICKER_USERNAME');
    expect(names).not.toContain('PAYQUICKER_PASSWORD');
    const abconnect = envVariables(AB_API).map((v) => v.name);
    expect(abconnect).toEqual(expect.arrayContaining(['ABCONNECT_USERNAME', 'ABCONNECT_PASSWORD', 'ABCONNECT_CLIENT_ID']));
    expect(abconnect).not.toContain('ABCONNECT_SCOPES');
    expect(abconnect.some((v) => v.includes('INSTANCE'))).toBe(false);
  });

  it('is what the generated fromEnv uses', () => {
    const client = PayQuickerClient.fromEnv({ PAYQUICKER_ENVIRONMENT: 'uat', PAYQUICKER_UAT_INSTANCE: 'uat2' });
    expect(client.core.environment).toBe('uat');
    expect(client.core.baseUrl).toBe('https://api.uat2.payquicker.io/api/v2');
  });
});

/**
 * Client options from environment variables (`PAYQUICKER_CLIENT_ID`, …), for `Client.fromEnv()`.
 * Empty variables count as unset. Bad values raise a `ConfigurationError` whose `variable` names the
 * offending variable; the value of a secret variable is never echoed.
 */
import type { ApiDefinition } from './definition.js';
import { checkAbsoluteUrl } from './environment.js';
import { ConfigurationError } from './errors.js';
import type { ClientOptions, Credentials } from './options.js';

/** One environment variable `optionsFromEnv` reads. */
export interface EnvVariable {
  readonly name: string;
  readonly description: string;
}

/** `sandboxInstance` → `SANDBOX_INSTANCE`. */
function screamingSnake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}

function serverVariableNames(api: ApiDefinition): Map<string, readonly string[] | undefined> {
  const names = new Map<string, readonly string[] | undefined>();
  for (const server of api.servers) {
    for (const [name, variable] of Object.entries(server.variables)) names.set(name, variable.enum);
  }
  return names;
}

/** Credential and token variables (suffixes after the API's prefix), in listing order. */
const CREDENTIAL_VARIABLES: readonly (readonly [string, string])[] = [
  ['CLIENT_ID', 'OAuth 2 client id'],
  ['CLIENT_SECRET', 'OAuth 2 client secret'],
  ['SCOPES', 'OAuth 2 scopes, space- or comma-separated'],
  ['USERNAME', 'user name for the OAuth 2 password grant'],
  ['PASSWORD', 'password for the OAuth 2 password grant'],
  ['ACCESS_TOKEN', 'static bearer token (no client id, secret or user name then)'],
  ['TOKEN_URL', 'token endpoint overriding the environment'],
  ['API_KEY', 'API key, sent where the apiKey security scheme says (no other credential variable then)'],
];

/**
 * The credential variables the API's security schemes can use (see auth.ts): a client id and
 * secret for the client credentials grant, HTTP Basic and the password grant; scopes for the client
 * credentials grant; a user name and password for the password grant (also behind an HTTP bearer
 * scheme); a static token and a token URL for any OAuth 2 or bearer scheme; an API key for an
 * `apiKey` scheme.
 */
function credentialSuffixes(api: ApiDefinition): Set<string> {
  const types = new Set(Object.values(api.securitySchemes).map((scheme) => scheme.type));
  const clientCredentials = types.has('oauth2-client-credentials');
  const passwordGrant = types.has('oauth2-password') || types.has('http-bearer');
  const suffixes = new Set<string>();
  if (clientCredentials || passwordGrant || types.has('http-basic')) suffixes.add('CLIENT_ID').add('CLIENT_SECRET');
  if (clientCredentials) suffixes.add('SCOPES');
  if (passwordGrant) suffixes.add('USERNAME').add('PASSWORD');
  if (clientCredentials || passwordGrant) suffixes.add('ACCESS_TOKEN').add('TOKEN_URL');
  if (types.has('api-key')) suffixes.add('API_KEY');
  return suffixes;
}

/**
 * Every environment variable `optionsFromEnv(api, …)` reads, in a stable order, with a one-line
 * description (for READMEs and `--help` output).
 */
export function envVariables(api: ApiDefinition): EnvVariable[] {
  const p = api.envPrefix;
  const environments = api.servers.map((s) => s.environment).join(', ');
  const credentials = credentialSuffixes(api);
  const list: EnvVariable[] = [
    { name: `${p}_ENVIRONMENT`, description: `environment: ${environments}` },
    { name: `${p}_BASE_URL`, description: 'base URL overriding the environment' },
    ...CREDENTIAL_VARIABLES.filter(([suffix]) => credentials.has(suffix)).map(([suffix, description]) => ({
      name: `${p}_${suffix}`,
      description,
    })),
    { name: `${p}_TIMEOUT_MS`, description: 'limit of each HTTP attempt in milliseconds (0: no limit)' },
  ];
  for (const [name, allowed] of serverVariableNames(api)) {
    const values = allowed ? `: ${allowed.join(', ')}` : '';
    list.push({ name: `${p}_${screamingSnake(name)}`, description: `server variable ${name}${values}` });
  }
  return list;
}

/** Reads `name`, treating an empty or blank value as unset. */
function reader(env: Readonly<Record<string, string | undefined>>, prefix: string) {
  return (suffix: string): string | undefined => {
    const value = env[`${prefix}_${suffix}`]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
}

function oauthScopes(api: ApiDefinition): Set<string> {
  const scopes = new Set<string>();
  for (const scheme of Object.values(api.securitySchemes)) {
    if (scheme.type === 'oauth2-client-credentials' || scheme.type === 'oauth2-password')
      scheme.scopes.forEach((s) => scopes.add(s));
  }
  return scopes;
}

/** A credential variable the API's security schemes cannot use is a mistake to report, not to ignore. */
function refuseUnusableCredentials(api: ApiDefinition, get: (suffix: string) => string | undefined): void {
  const usable = credentialSuffixes(api);
  for (const [suffix] of CREDENTIAL_VARIABLES) {
    if (usable.has(suffix) || get(suffix) === undefined) continue;
    const variable = `${api.envPrefix}_${suffix}`;
    const schemes = Object.entries(api.securitySchemes).map(([name, scheme]) => `${name} (${scheme.type})`);
    throw new ConfigurationError(
      `${variable} is set, but no security scheme of ${api.title} uses it; schemes: ${schemes.join(', ') || 'none'}`,
      variable,
    );
  }
}

/** Builds credentials from the credential variables; see {@link optionsFromEnv}. */
function credentialsFromEnv(api: ApiDefinition, get: (suffix: string) => string | undefined): Credentials | undefined {
  const p = api.envPrefix;
  const [clientId, clientSecret, username, password, accessToken] = [
    'CLIENT_ID',
    'CLIENT_SECRET',
    'USERNAME',
    'PASSWORD',
    'ACCESS_TOKEN',
  ].map(get);
  const need = (value: string | undefined, suffix: string, because: string): string => {
    if (value === undefined)
      throw new ConfigurationError(`${p}_${suffix} is required when ${because} is set`, `${p}_${suffix}`);
    return value;
  };
  const apiKey = get('API_KEY');
  if (apiKey !== undefined) {
    if ([clientId, clientSecret, username, password, accessToken].some((value) => value !== undefined)) {
      throw new ConfigurationError(`${p}_API_KEY cannot be combined with another credential variable`, `${p}_API_KEY`);
    }
    return { apiKey };
  }
  if (accessToken !== undefined) {
    if (clientId !== undefined || username !== undefined) {
      throw new ConfigurationError(
        `${p}_ACCESS_TOKEN cannot be combined with ${p}_CLIENT_ID or ${p}_USERNAME`,
        `${p}_ACCESS_TOKEN`,
      );
    }
    return { accessToken };
  }
  if (username !== undefined || password !== undefined) {
    const user = need(username, 'USERNAME', `${p}_PASSWORD`);
    return {
      username: user,
      password: need(password, 'PASSWORD', `${p}_USERNAME`),
      clientId: need(clientId, 'CLIENT_ID', `${p}_USERNAME`),
      clientSecret: need(clientSecret, 'CLIENT_SECRET', `${p}_USERNAME`),
    };
  }
  if (clientId === undefined && clientSecret === undefined) return undefined;
  const id = need(clientId, 'CLIENT_ID', `${p}_CLIENT_SECRET`);
  const secret = need(clientSecret, 'CLIENT_SECRET', `${p}_CLIENT_ID`);
  const scopeText = get('SCOPES');
  if (scopeText === undefined) return { clientId: id, clientSecret: secret };
  const scopes = scopeText.split(/[\s,]+/).filter((s) => s !== '');
  const known = oauthScopes(api);
  const unknown = scopes.filter((s) => !known.has(s));
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `${p}_SCOPES: unknown scope '${unknown[0]}'; allowed: ${[...known].join(', ')}`,
      `${p}_SCOPES`,
    );
  }
  return { clientId: id, clientSecret: secret, scopes };
}

/**
 * Client options from `env` (default: `process.env`, read without requiring Node's type declarations), with `overrides` applied
 * last (shallow). Reads the variables listed by {@link envVariables}. Credentials: `_API_KEY` an
 * API key; `_ACCESS_TOKEN` gives a static bearer token; `_USERNAME` + `_PASSWORD` + `_CLIENT_ID` + `_CLIENT_SECRET` the
 * password grant; `_CLIENT_ID` + `_CLIENT_SECRET` (+ `_SCOPES`) the client credentials grant.
 * @throws ConfigurationError naming the variable: unknown environment, server variable value outside
 *   its enum, unknown scope, malformed URL, `_TIMEOUT_MS` that is not a whole number, incomplete credential set, a
 *   credential variable no security scheme of the API uses (`_USERNAME` for a client credentials API).
 */
export function optionsFromEnv(
  api: ApiDefinition,
  env: Readonly<Record<string, string | undefined>> = processEnv(),
  overrides: object = {},
): ClientOptions & Record<string, unknown> {
  const p = api.envPrefix;
  const get = reader(env, p);
  refuseUnusableCredentials(api, get);
  const options: Record<string, unknown> = {};
  const environment = get('ENVIRONMENT');
  if (environment !== undefined) {
    if (!api.servers.some((s) => s.environment === environment)) {
      const known = api.servers.map((s) => s.environment).join(', ');
      throw new ConfigurationError(
        `${p}_ENVIRONMENT: unknown environment '${environment}'; allowed: ${known}`,
        `${p}_ENVIRONMENT`,
      );
    }
    options['environment'] = environment;
  }
  const baseUrl = get('BASE_URL');
  if (baseUrl !== undefined) options['baseUrl'] = checkAbsoluteUrl(baseUrl, `${p}_BASE_URL`, `${p}_BASE_URL`);
  const tokenUrl = get('TOKEN_URL');
  if (tokenUrl !== undefined) options['tokenUrl'] = checkAbsoluteUrl(tokenUrl, `${p}_TOKEN_URL`, `${p}_TOKEN_URL`);
  const timeout = get('TIMEOUT_MS');
  if (timeout !== undefined) {
    if (!/^\d+$/.test(timeout) || !Number.isSafeInteger(Number(timeout))) {
      throw new ConfigurationError(
        `${p}_TIMEOUT_MS must be a whole number of milliseconds (0: no limit), got '${timeout}'`,
        `${p}_TIMEOUT_MS`,
      );
    }
    options['timeoutMs'] = Number(timeout);
  }
  for (const [name, allowed] of serverVariableNames(api)) {
    const variable = `${p}_${screamingSnake(name)}`;
    const value = get(screamingSnake(name));
    if (value === undefined) continue;
    if (allowed !== undefined && !allowed.includes(value)) {
      throw new ConfigurationError(
        `${variable}: value '${value}' is not allowed; allowed: ${allowed.join(', ')}`,
        variable,
      );
    }
    options[name] = value;
  }
  const credentials = credentialsFromEnv(api, get);
  if (credentials !== undefined) options['credentials'] = credentials;
  return { ...options, ...overrides };
}

/** `process.env` where there is one (Node), else an empty environment (browsers, edge runtimes). */
function processEnv(): Readonly<Record<string, string | undefined>> {
  const host = globalThis as { process?: { env?: Record<string, string | undefined> } };
  return host.process?.env ?? {};
}

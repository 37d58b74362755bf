/**
 * Environment resolution: which server of the spec (OpenAPI 3.1 §4.8.5 Server Object) a client talks
 * to, with its server variables (§4.8.6) filled in, and where its token endpoint is.
 */
import type { ApiDefinition, ServerDefinition } from './definition.js';
import { ConfigurationError } from './errors.js';
import { expandServerUrl } from './url.js';

/** Where a client sends requests and fetches tokens. */
export interface ResolvedEnvironment {
  /** Environment name, or undefined when `baseUrl` was given. */
  readonly environment: string | undefined;
  /** Absolute base URL without a trailing slash. */
  readonly baseUrl: string;
  /** Token endpoint, when one is known. */
  readonly tokenUrl: string | undefined;
  /** True for servers marked production in the spec. */
  readonly production: boolean;
}

/** The environment-related options; server variables arrive as extra string properties. */
export interface EnvironmentOptions {
  readonly environment?: string;
  readonly baseUrl?: string;
  readonly tokenUrl?: string;
}

/** Checks `url` is an absolute http(s) URL without user info and returns it without a trailing slash. */
export function checkAbsoluteUrl(url: string, what: string, variable?: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigurationError(`${what} must be an absolute URL, got '${url}'`, variable);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new ConfigurationError(`${what} must use http or https, got '${parsed.protocol}'`, variable);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new ConfigurationError(`${what} must not contain user info; pass credentials instead`, variable);
  }
  return url.replace(/\/+$/, '');
}

/** The server to use when none is named: the first non-production server, else the first. */
export function defaultServer(api: ApiDefinition): ServerDefinition | undefined {
  return api.servers.find((s) => !s.production) ?? api.servers[0];
}

/**
 * Checks every server variable value given in `options` against its enum, on whichever servers
 * declare it, and returns the values for `server` (given value or default).
 * @throws ConfigurationError naming the variable, the value and the allowed values.
 */
function serverVariables(api: ApiDefinition, server: ServerDefinition, options: object): Record<string, string> {
  const given = options as Readonly<Record<string, unknown>>;
  for (const s of api.servers) {
    for (const [name, variable] of Object.entries(s.variables)) {
      const value = given[name];
      if (value === undefined) continue;
      if (typeof value !== 'string' || (variable.enum !== undefined && !variable.enum.includes(value))) {
        const allowed = variable.enum ? `; allowed: ${variable.enum.join(', ')}` : '';
        throw new ConfigurationError(
          `server variable '${name}' has value '${String(value)}' which is not allowed${allowed}`,
        );
      }
    }
  }
  const values: Record<string, string> = {};
  for (const [name, variable] of Object.entries(server.variables)) {
    const value = given[name];
    values[name] = typeof value === 'string' ? value : variable.default;
  }
  return values;
}

/**
 * Resolves base URL and token URL. `baseUrl` wins over `environment`; then the token URL is
 * `tokenUrl` or `baseUrl + api.tokenPath`. Otherwise the named (or default) environment's server URL
 * and token URL are expanded with the server variables; `tokenUrl` still overrides.
 * @throws ConfigurationError for an unknown environment, a server variable value outside its enum,
 *   a malformed URL, or an API without servers and no `baseUrl`.
 */
export function resolveEnvironment(api: ApiDefinition, options: EnvironmentOptions): ResolvedEnvironment {
  const tokenOverride = options.tokenUrl === undefined ? undefined : checkAbsoluteUrl(options.tokenUrl, 'tokenUrl');
  if (options.baseUrl !== undefined) {
    const baseUrl = checkAbsoluteUrl(options.baseUrl, 'baseUrl');
    serverVariables(api, { environment: '', url: baseUrl, variables: {}, production: false }, options);
    const derived = api.tokenPath === undefined ? undefined : `${baseUrl}${api.tokenPath}`;
    return { environment: undefined, baseUrl, tokenUrl: tokenOverride ?? derived, production: false };
  }
  const server =
    options.environment === undefined
      ? defaultServer(api)
      : api.servers.find((s) => s.environment === options.environment);
  if (server === undefined) {
    const known = api.servers.map((s) => s.environment).join(', ') || 'none';
    const what =
      options.environment === undefined ? 'no servers are defined' : `unknown environment '${options.environment}'`;
    throw new ConfigurationError(`${api.title}: ${what} (environments: ${known}); pass a known environment or baseUrl`);
  }
  const values = serverVariables(api, server, options);
  const baseUrl = checkAbsoluteUrl(
    expandServerUrl(server.url, values),
    `server URL of environment '${server.environment}'`,
  );
  const tokenUrl = server.tokenUrl === undefined ? undefined : expandServerUrl(server.tokenUrl, values);
  return {
    environment: server.environment,
    baseUrl,
    tokenUrl: tokenOverride ?? tokenUrl,
    production: server.production,
  };
}

/**
 * The per-API facts of the runtime's {@link ApiDefinition}: servers and their variables
 * (OpenAPI 3.1 §4.8.5–4.8.6), security schemes (§4.8.27), token endpoints, fixed headers, and the
 * headers of token requests (those the spec's token operation requires, when it is an operation of the spec).
 */
import type {
  ApiDefinition,
  SecuritySchemeDefinition,
  ServerDefinition,
  ServerVariableDefinition,
} from '../../runtime/definition.js';
import { resolveRef } from './json-pointer.js';
import { camelCase, IdentifierScope } from './naming.js';
import type { IrOperation, IrParameter } from './types.js';

/** Inputs of {@link buildDefinition}. */
export interface DefinitionSource {
  document: Record<string, unknown>;
  name: string;
  envPrefix: string;
  operations: readonly IrOperation[];
}

/** Builds the API definition the generated client hands to the runtime. */
export function buildDefinition(source: DefinitionSource): ApiDefinition {
  const { document } = source;
  const info = (document['info'] ?? {}) as Record<string, unknown>;
  const schemes = securitySchemesOf(document);
  const tokenUrl = firstTokenUrl(document);
  const servers = serversOf(document, tokenUrl);
  const definition: {
    -readonly [K in keyof ApiDefinition]: ApiDefinition[K];
  } = {
    name: source.name,
    title: typeof info['title'] === 'string' ? info['title'] : source.name,
    version: typeof info['version'] === 'string' ? info['version'] : '',
    servers,
    securitySchemes: schemes,
    fixedHeaders: requiredHeaderDefaults(document, source.operations.flatMap((o) => o.parameters)),
    envPrefix: source.envPrefix,
  };
  const absoluteTokenUrl = tokenUrl !== undefined && isAbsoluteUrl(tokenUrl) ? tokenUrl : undefined;
  const tokenPath = tokenPathOf(absoluteTokenUrl ?? servers.find((s) => s.tokenUrl)?.tokenUrl, servers);
  if (tokenPath !== undefined) definition.tokenPath = tokenPath;
  const tokenOperation = source.operations.find((o) => o.method === 'POST' && o.path === tokenPath);
  const tokenHeaders = requiredHeaderDefaults(document, tokenOperation?.parameters ?? []);
  if (Object.keys(tokenHeaders).length > 0) definition.tokenHeaders = tokenHeaders;
  const envelope = failureEnvelopeOf(document);
  if (envelope) definition.failureEnvelope = envelope;
  return definition;
}

function serversOf(document: Record<string, unknown>, tokenUrl: string | undefined): ServerDefinition[] {
  const raw = Array.isArray(document['servers']) ? (document['servers'] as Record<string, unknown>[]) : [];
  const production = raw.find((s) => typeof s['url'] === 'string' && tokenUrl?.startsWith(s['url']));
  const names = new IdentifierScope();
  return raw.map((server, i) => {
    const url = String(server['url'] ?? '');
    const declared = server['x-environment'];
    const fallback = typeof server['description'] === 'string' ? camelCase(server['description'].split(/\s/)[0] ?? '') : '';
    const environment = names.claim(typeof declared === 'string' ? declared : fallback || `server${i + 1}`);
    const result: { -readonly [K in keyof ServerDefinition]: ServerDefinition[K] } = {
      environment,
      url,
      variables: variablesOf(server['variables']),
      production: environment === 'production',
    };
    const ownToken = server['x-token-url'];
    if (typeof ownToken === 'string') result.tokenUrl = ownToken;
    else if (tokenUrl !== undefined && !isAbsoluteUrl(tokenUrl)) {
      const resolved = resolveAgainstServer(tokenUrl, url);
      if (resolved !== undefined) result.tokenUrl = resolved;
    } else if (tokenUrl !== undefined && production !== undefined) {
      result.tokenUrl = url + tokenUrl.slice(String(production['url']).length);
    } else if (tokenUrl !== undefined) {
      // An absolute token URL under none of the servers (an identity provider's host) serves every server.
      result.tokenUrl = tokenUrl;
    }
    return result;
  });
}

/** True when `url` has a scheme (RFC 3986 §3.1), i.e. is not a relative reference. */
function isAbsoluteUrl(url: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(url);
}

/**
 * Resolves the relative reference `reference` (a relative `tokenUrl`, OpenAPI 3.1 §4.3) against a
 * server URL template by RFC 3986 §5.2; the template's `{variables}` survive the resolution:
 * `/api/v2/auth/connect/token` against `https://api.{sandboxInstance}.payquicker.io/api/v2` gives
 * `https://api.{sandboxInstance}.payquicker.io/api/v2/auth/connect/token`. Undefined when the server
 * URL is itself relative (no base to resolve against).
 */
export function resolveAgainstServer(reference: string, serverUrl: string): string | undefined {
  const names: string[] = [];
  const base = serverUrl.replace(/\{([^}]*)\}/g, (_match, name: string) => `apicontractsvar${names.push(name) - 1}x`);
  if (!isAbsoluteUrl(base)) return undefined;
  const resolved = new URL(reference, base).href;
  return resolved.replace(/apicontractsvar(\d+)x/g, (_match, i: string) => `{${names[Number(i)] ?? ''}}`);
}

function variablesOf(raw: unknown): Record<string, ServerVariableDefinition> {
  const result: Record<string, ServerVariableDefinition> = {};
  for (const [name, v] of Object.entries((raw ?? {}) as Record<string, Record<string, unknown>>)) {
    const values = Array.isArray(v['enum']) ? v['enum'].map(String) : undefined;
    result[name] = values ? { default: String(v['default'] ?? ''), enum: values } : { default: String(v['default'] ?? '') };
  }
  return result;
}

function securitySchemesOf(document: Record<string, unknown>): Record<string, SecuritySchemeDefinition> {
  const components = (document['components'] ?? {}) as Record<string, unknown>;
  const result: Record<string, SecuritySchemeDefinition> = {};
  for (const [name, raw] of Object.entries((components['securitySchemes'] ?? {}) as Record<string, unknown>)) {
    const scheme = resolveRef(document, raw, '#').value as Record<string, unknown>;
    const converted = convertScheme(scheme);
    if (converted) result[name] = converted;
  }
  return result;
}

function convertScheme(scheme: Record<string, unknown>): SecuritySchemeDefinition | undefined {
  const flows = (scheme['flows'] ?? {}) as Record<string, Record<string, unknown>>;
  const scopesOf = (flow: Record<string, unknown> | undefined): string[] => Object.keys(flow?.['scopes'] ?? {});
  switch (scheme['type']) {
    case 'oauth2':
      if (flows['clientCredentials']) return { type: 'oauth2-client-credentials', scopes: scopesOf(flows['clientCredentials']) };
      if (flows['password']) return { type: 'oauth2-password', scopes: scopesOf(flows['password']) };
      return undefined;
    case 'http': {
      const kind = String(scheme['scheme'] ?? '').toLowerCase();
      if (kind === 'bearer') return { type: 'http-bearer' };
      return kind === 'basic' ? { type: 'http-basic' } : undefined;
    }
    case 'apiKey': {
      const at = scheme['in'];
      if (at !== 'header' && at !== 'query' && at !== 'cookie') return undefined;
      return { type: 'api-key', in: at, name: String(scheme['name'] ?? '') };
    }
    default:
      return undefined;
  }
}

function firstTokenUrl(document: Record<string, unknown>): string | undefined {
  const components = (document['components'] ?? {}) as Record<string, unknown>;
  for (const raw of Object.values((components['securitySchemes'] ?? {}) as Record<string, unknown>)) {
    const flows = ((resolveRef(document, raw, '#').value as Record<string, unknown>)['flows'] ?? {}) as Record<
      string,
      Record<string, unknown>
    >;
    const url = flows['clientCredentials']?.['tokenUrl'] ?? flows['password']?.['tokenUrl'];
    if (typeof url === 'string') return url;
  }
  return undefined;
}

function tokenPathOf(tokenUrl: string | undefined, servers: readonly ServerDefinition[]): string | undefined {
  if (tokenUrl === undefined) return undefined;
  const server = servers.find((s) => !s.url.includes('{') && tokenUrl.startsWith(s.url));
  if (server) return tokenUrl.slice(server.url.length) || '/';
  try {
    return new URL(tokenUrl).pathname;
  } catch {
    return tokenUrl.startsWith('/') ? tokenUrl : `/${tokenUrl}`;
  }
}

/** Each required header parameter of `parameters` whose schema has a string `default`, by wire name (first one wins). */
function requiredHeaderDefaults(document: Record<string, unknown>, parameters: readonly IrParameter[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const parameter of parameters) {
    if (parameter.in !== 'header' || !parameter.required || parameter.name in headers) continue;
    const schema = resolveRef(document, parameter.schema, '#').value as Record<string, unknown> | undefined;
    const fallback = schema?.['default'];
    if (typeof fallback === 'string') headers[parameter.name] = fallback;
  }
  return headers;
}

function failureEnvelopeOf(document: Record<string, unknown>): ApiDefinition['failureEnvelope'] {
  const raw = (document['x-api-contracts'] as Record<string, unknown> | undefined)?.['failureEnvelope'] as
    | Record<string, unknown>
    | undefined;
  const schema = raw?.['schema'];
  const success = raw?.['successProperty'];
  const message = raw?.['messageProperty'];
  if (typeof schema !== 'string' || typeof success !== 'string' || typeof message !== 'string') return undefined;
  return { schema, successProperty: success, messageProperty: message };
}

/**
 * The API definition handed to the runtime: servers and their variables, environment names,
 * security schemes, token URLs (relative, under a server, or on an identity provider's host),
 * fixed headers and the failure envelope.
 */
import { describe, expect, it } from 'vitest';
import { buildDefinition, resolveAgainstServer } from '../../src/ir/build-definition.js';
import type { IrOperation } from '../../src/ir/types.js';

function definitionOf(document: Record<string, unknown>, operations: IrOperation[] = []) {
  return buildDefinition({ document, name: 'shop', envPrefix: 'SHOP', operations });
}

const clientCredentials = (tokenUrl: string) => ({
  components: { securitySchemes: { cc: { type: 'oauth2', flows: { clientCredentials: { tokenUrl, scopes: { read: 'Read', write: 'Write' } } } } } },
});

describe('servers', () => {
  it('names environments from x-environment, else the description, else the position, each once', () => {
    const { servers } = definitionOf({
      servers: [
        { url: 'https://api.shop.test', 'x-environment': 'production' },
        { url: 'https://sandbox.shop.test', description: 'Sandbox server' },
        { url: 'https://a.shop.test' },
        { url: 'https://b.shop.test', description: 'sandbox too' },
      ],
    });
    expect(servers.map((s) => [s.environment, s.production])).toEqual([
      ['production', true],
      ['sandbox', false],
      ['server3', false],
      ['sandbox2', false],
    ]);
  });

  it('keeps variables with their defaults and enums as strings', () => {
    const { servers } = definitionOf({
      servers: [{ url: 'https://{region}.shop.test:{port}', variables: { region: { default: 'eu', enum: ['eu', 'us'] }, port: { default: 443 } } }],
    });
    expect(servers[0]?.variables).toEqual({ region: { default: 'eu', enum: ['eu', 'us'] }, port: { default: '443' } });
  });
});

describe('token URLs', () => {
  it('rebases an absolute token URL under the production server onto every other server', () => {
    const definition = definitionOf({
      ...clientCredentials('https://api.shop.test/v1/oauth/token'),
      servers: [
        { url: 'https://api.shop.test/v1', 'x-environment': 'production' },
        { url: 'https://sandbox.shop.test/v1', 'x-environment': 'sandbox' },
      ],
    });
    expect(definition.servers.map((s) => s.tokenUrl)).toEqual(['https://api.shop.test/v1/oauth/token', 'https://sandbox.shop.test/v1/oauth/token']);
    expect(definition.tokenPath).toBe('/oauth/token');
  });

  it('uses an absolute token URL on another host (an identity provider) for every server', () => {
    const definition = definitionOf({
      ...clientCredentials('https://auth.shop.test/oauth/token'),
      servers: [{ url: 'https://api.shop.test/v1' }, { url: 'https://sandbox.shop.test/v1' }],
    });
    expect(definition.servers.map((s) => s.tokenUrl)).toEqual(['https://auth.shop.test/oauth/token', 'https://auth.shop.test/oauth/token']);
  });

  it('resolves a relative token URL against each server, keeping its {variables}', () => {
    const definition = definitionOf({
      ...clientCredentials('/oauth/token'),
      servers: [{ url: 'https://{tenant}.shop.test/api/v1', variables: { tenant: { default: 'demo' } } }],
    });
    expect(definition.servers[0]?.tokenUrl).toBe('https://{tenant}.shop.test/oauth/token');
    expect(resolveAgainstServer('token', 'https://{tenant}.shop.test/api/v1')).toBe('https://{tenant}.shop.test/api/token');
    expect(resolveAgainstServer('/token', '/relative/server')).toBeUndefined();
  });

  it('prefers a server own x-token-url', () => {
    const definition = definitionOf({ ...clientCredentials('/oauth/token'), servers: [{ url: 'https://api.shop.test', 'x-token-url': 'https://id.shop.test/t' }] });
    expect(definition.servers[0]?.tokenUrl).toBe('https://id.shop.test/t');
  });
});

describe('security schemes', () => {
  it('converts the schemes the runtime knows and leaves out the others', () => {
    const { securitySchemes } = definitionOf({
      components: {
        securitySchemes: {
          header: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
          query: { type: 'apiKey', in: 'query', name: 'api_key' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'sid' },
          basic: { type: 'http', scheme: 'Basic' },
          bearer: { type: 'http', scheme: 'bearer' },
          digest: { type: 'http', scheme: 'digest' },
          cc: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://a.test/t', scopes: { read: 'r' } } } },
          password: { type: 'oauth2', flows: { password: { tokenUrl: 'https://a.test/t', scopes: {} } } },
          code: { type: 'oauth2', flows: { authorizationCode: { authorizationUrl: 'https://a.test/a', tokenUrl: 'https://a.test/t', scopes: {} } } },
          oidc: { type: 'openIdConnect', openIdConnectUrl: 'https://a.test/.well-known/openid-configuration' },
          referenced: { $ref: '#/components/securitySchemes/bearer' },
        },
      },
    });
    expect(securitySchemes).toEqual({
      header: { type: 'api-key', in: 'header', name: 'X-Api-Key' },
      query: { type: 'api-key', in: 'query', name: 'api_key' },
      cookie: { type: 'api-key', in: 'cookie', name: 'sid' },
      basic: { type: 'http-basic' },
      bearer: { type: 'http-bearer' },
      cc: { type: 'oauth2-client-credentials', scopes: ['read'] },
      password: { type: 'oauth2-password', scopes: [] },
      referenced: { type: 'http-bearer' },
    });
  });
});

describe('fixed headers and the failure envelope', () => {
  const header = (name: string, required: boolean, schema: unknown) =>
    ({ name, in: 'header', required, schema, key: name, pointer: '#', deprecated: false, assumed: false }) as IrOperation['parameters'][number];

  it('sends the string default of each required header parameter, first declaration wins', () => {
    const operations = [
      { parameters: [header('X-Version', true, { type: 'string', default: '2024-01-01' }), header('X-Optional', false, { type: 'string', default: 'x' })] },
      { parameters: [header('X-Version', true, { type: 'string', default: '1999-01-01' }), header('X-Count', true, { type: 'integer', default: 3 })] },
    ] as IrOperation[];
    expect(definitionOf({}, operations).fixedHeaders).toEqual({ 'X-Version': '2024-01-01' });
  });

  it('reads x-api-contracts.failureEnvelope only when complete', () => {
    const envelope = { schema: 'Envelope', successProperty: 'success', messageProperty: 'error' };
    expect(definitionOf({ 'x-api-contracts': { failureEnvelope: envelope } }).failureEnvelope).toEqual(envelope);
    expect(definitionOf({ 'x-api-contracts': { failureEnvelope: { schema: 'Envelope' } } }).failureEnvelope).toBeUndefined();
  });
});

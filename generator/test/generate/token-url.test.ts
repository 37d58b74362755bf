/**
 * A relative OAuth 2 `tokenUrl` (OpenAPI 3.1 §4.8.29 with the relative references of §4.3) is
 * resolved against each server's URL (RFC 3986 §5.2), so every environment gets its own token
 * endpoint and the client never sends one environment's credentials to another.
 */
import { describe, expect, it } from 'vitest';
import { buildDefinition, resolveAgainstServer } from '../../src/ir/build-definition.js';

const documentWith = (tokenUrl: string): Record<string, unknown> => ({
  openapi: '3.1.0',
  info: { title: 'Jobs', version: '1' },
  servers: [
    { url: 'https://api.example.test/api/v2', 'x-environment': 'production' },
    { url: 'https://api.{instance}.example.test/api/v2', 'x-environment': 'sandbox', variables: { instance: { default: 'sbx1' } } },
  ],
  components: {
    securitySchemes: { oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl, scopes: {} } } } },
  },
});

describe('relative tokenUrl', () => {
  it('resolves an absolute-path reference against every server, keeping server variables', () => {
    const api = buildDefinition({ document: documentWith('/api/v2/auth/connect/token'), name: 'jobs', envPrefix: 'JOBS', operations: [] });
    expect(api.servers.map((s) => s.tokenUrl)).toEqual([
      'https://api.example.test/api/v2/auth/connect/token',
      'https://api.{instance}.example.test/api/v2/auth/connect/token',
    ]);
    expect(api.tokenPath).toBe('/auth/connect/token');
  });

  it('merges a relative-path reference with the base path (RFC 3986 §5.2.3)', () => {
    expect(resolveAgainstServer('token', 'https://api.{instance}.example.test/api/v2')).toBe('https://api.{instance}.example.test/api/token');
    expect(resolveAgainstServer('../token', 'https://h.test/a/b/')).toBe('https://h.test/a/token');
  });

  it('resolves nothing against a relative server URL', () => {
    expect(resolveAgainstServer('/token', '/api')).toBeUndefined();
  });

  it('keeps an absolute tokenUrl as it was', () => {
    const api = buildDefinition({
      document: documentWith('https://api.example.test/api/v2/auth/connect/token'),
      name: 'jobs',
      envPrefix: 'JOBS',
      operations: [],
    });
    expect(api.servers[1]?.tokenUrl).toBe('https://api.{instance}.example.test/api/v2/auth/connect/token');
  });
});

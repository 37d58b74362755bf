/**
 * `ApiDefinition.tokenHeaders`: the required header parameters with a default that the spec's token
 * operation (the `POST` operation at the token URL's path) declares, so the runtime sends them with
 * every token request as it sends `fixedHeaders` with the API's operations.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { buildDefinition } from '../../src/ir/build-definition.js';
import { buildOperations } from '../../src/ir/build-operations.js';

const version = { name: 'X-Api-Version', in: 'header', required: true, schema: { type: 'string', default: '2026.02.01' } };
const trace = { name: 'X-Trace', in: 'header', required: false, schema: { type: 'string', default: 'on' } };

function documentWith(tokenParameters: unknown[] | undefined): Record<string, unknown> {
  const tokenOperation = { operationId: 'requestToken', responses: { '200': { description: 'A token.' } }, ...(tokenParameters ? { parameters: tokenParameters } : {}) };
  return {
    openapi: '3.1.0',
    info: { title: 'Token headers', version: '1' },
    servers: [{ url: 'https://api.example.test/v2', 'x-environment': 'production' }],
    paths: {
      '/jobs': { get: { operationId: 'listJobs', parameters: [version], responses: { '200': { description: 'Jobs.' } } } },
      '/auth/token': { post: tokenOperation },
    },
    components: {
      securitySchemes: {
        oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://api.example.test/v2/auth/token', scopes: {} } } },
      },
    },
  };
}

function definitionOf(document: Record<string, unknown>): ReturnType<typeof buildDefinition> {
  const diagnostics: Diagnostic[] = [];
  const operations = buildOperations(document, 'spec.yaml', diagnostics);
  return buildDefinition({ document, name: 'example', envPrefix: 'EXAMPLE', operations });
}

describe('token headers', () => {
  it("are the token operation's required header parameters with a default", () => {
    expect(definitionOf(documentWith([version, trace])).tokenHeaders).toEqual({ 'X-Api-Version': '2026.02.01' });
  });

  it('are absent when the token operation declares no required header', () => {
    const definition = definitionOf(documentWith(undefined));
    expect(definition.fixedHeaders).toEqual({ 'X-Api-Version': '2026.02.01' });
    expect(definition).not.toHaveProperty('tokenHeaders');
  });
});

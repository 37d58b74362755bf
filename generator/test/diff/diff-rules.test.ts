/**
 * `diff` rules, table-driven: one case per rule, each a base document, an edit making the revision,
 * the rule expected and its level. Schema rules are exercised once per scope (parameter, request
 * body, response body) from one table of schema pairs, with the level each direction must give.
 */
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { RULES, type DiffLevel } from '../../src/diff/rules.js';
import { baseDocument, type Doc } from './base-document.js';

interface Case {
  readonly rule: string;
  readonly level: DiffLevel;
  readonly edit: (revision: Doc) => void;
}

const jobs = (d: Doc): Doc => d['paths']['/jobs'];
const job = (d: Doc): Doc => d['components']['schemas']['Job'];
const input = (d: Doc): Doc => d['components']['schemas']['JobInput'];

const CASES: readonly Case[] = [
  // operations
  { rule: 'api-path-removed', level: 'breaking', edit: (d) => delete d['paths']['/health'] },
  { rule: 'api-removed', level: 'breaking', edit: (d) => delete d['paths']['/jobs/{jobId}'].delete },
  { rule: 'api-operation-id-changed', level: 'breaking', edit: (d) => (jobs(d)['get'].operationId = 'getJobs') },
  { rule: 'api-added', level: 'info', edit: (d) => (d['paths']['/jobs/{jobId}'].put = { operationId: 'replaceJob', responses: { '200': { description: 'ok' } } }) },
  // parameters
  { rule: 'new-required-request-parameter', level: 'breaking', edit: (d) => jobs(d)['get'].parameters.push({ name: 'tenant', in: 'query', required: true, schema: { type: 'string' } }) },
  { rule: 'new-required-request-header', level: 'breaking', edit: (d) => jobs(d)['get'].parameters.push({ name: 'X-Api-Version', in: 'header', required: true, schema: { type: 'string' } }) },
  { rule: 'new-optional-request-parameter', level: 'info', edit: (d) => jobs(d)['get'].parameters.push({ name: 'page', in: 'query', schema: { type: 'integer' } }) },
  { rule: 'request-parameter-removed', level: 'breaking', edit: (d) => jobs(d)['get'].parameters.pop() },
  { rule: 'request-parameter-became-required', level: 'breaking', edit: (d) => (jobs(d)['get'].parameters[0].required = true) },
  { rule: 'request-parameter-location-changed', level: 'breaking', edit: (d) => (jobs(d)['get'].parameters[1].in = 'header') },
  { rule: 'request-parameter-narrowed', level: 'breaking', edit: (d) => (jobs(d)['get'].parameters[0].schema.pattern = '^[a-c]+$') },
  { rule: 'request-parameter-enum-value-removed', level: 'breaking', edit: (d) => (jobs(d)['get'].parameters[0].schema.enum = ['open']) },
  // request bodies
  { rule: 'request-body-became-required', level: 'breaking', edit: (d) => (jobs(d)['post'].requestBody.required = true) },
  { rule: 'request-body-new-required-property', level: 'breaking', edit: (d) => ((input(d)['properties'].owner = { type: 'string' }), input(d)['required'].push('owner')) },
  { rule: 'request-body-property-became-required', level: 'breaking', edit: (d) => input(d)['required'].push('memo') },
  { rule: 'request-body-type-changed', level: 'breaking', edit: (d) => (input(d)['properties'].amount = { type: 'string' }) },
  { rule: 'request-body-enum-value-removed', level: 'breaking', edit: (d) => (input(d)['properties'].currency.enum = ['USD']) },
  { rule: 'request-body-additional-properties-closed', level: 'breaking', edit: (d) => (input(d)['additionalProperties'] = false) },
  // responses
  { rule: 'response-success-status-removed', level: 'breaking', edit: (d) => (jobs(d)['post'].responses = { '200': jobs(d)['post'].responses['201'] }) },
  { rule: 'response-body-property-removed', level: 'breaking', edit: (d) => delete job(d)['properties'].note },
  { rule: 'response-body-property-became-optional', level: 'breaking', edit: (d) => (job(d)['required'] = ['id']) },
  { rule: 'response-body-type-changed', level: 'breaking', edit: (d) => (job(d)['properties'].note.type = ['string', 'null']) },
  { rule: 'response-body-enum-value-added', level: 'warning', edit: (d) => job(d)['properties'].status.enum.push('cancelled') },
  { rule: 'response-body-enum-value-removed', level: 'info', edit: (d) => (job(d)['properties'].status.enum = ['open']) },
  { rule: 'response-media-type-removed', level: 'breaking', edit: (d) => delete d['paths']['/jobs/{jobId}'].get.responses['200'].content['text/csv'] },
  // security, servers, headers
  { rule: 'api-security-added', level: 'breaking', edit: (d) => delete d['paths']['/health'].get.security },
  { rule: 'api-security-changed', level: 'breaking', edit: (d) => ((d['components']['securitySchemes'].key = { type: 'apiKey', in: 'header', name: 'X-Key' }), (d['security'] = [{ key: [] }])) },
  { rule: 'api-security-scope-changed', level: 'breaking', edit: (d) => (d['security'] = [{ oauth: ['jobs:read', 'jobs:write'] }]) },
  { rule: 'security-scheme-changed', level: 'breaking', edit: (d) => (d['components']['securitySchemes'].oauth.flows.clientCredentials.tokenUrl = 'https://login.example.com/token') },
  { rule: 'server-removed', level: 'breaking', edit: (d) => d['servers'].pop() },
];

/** Schema pairs, each with the level a request and a response must give it. */
const SCHEMA_CASES: readonly { kind: string; base: Doc; revision: Doc; request: DiffLevel; response: DiffLevel }[] = [
  { kind: 'type-changed', base: { type: 'integer' }, revision: { type: 'string' }, request: 'breaking', response: 'breaking' },
  { kind: 'enum-value-removed', base: { type: 'string', enum: ['a', 'b'] }, revision: { type: 'string', enum: ['a'] }, request: 'breaking', response: 'info' },
  { kind: 'enum-value-added', base: { type: 'string', enum: ['a'] }, revision: { type: 'string', enum: ['a', 'b'] }, request: 'info', response: 'warning' },
  { kind: 'narrowed', base: { type: 'string', maxLength: 20 }, revision: { type: 'string', maxLength: 10 }, request: 'breaking', response: 'info' },
  { kind: 'widened', base: { type: 'integer', maximum: 10 }, revision: { type: 'integer', maximum: 20 }, request: 'info', response: 'warning' },
  { kind: 'property-removed', base: { type: 'object', properties: { a: { type: 'string' } } }, revision: { type: 'object', properties: {} }, request: 'warning', response: 'breaking' },
  { kind: 'property-became-optional', base: { type: 'object', required: ['a'], properties: { a: { type: 'string' } } }, revision: { type: 'object', properties: { a: { type: 'string' } } }, request: 'info', response: 'breaking' },
  { kind: 'property-became-required', base: { type: 'object', properties: { a: { type: 'string' } } }, revision: { type: 'object', required: ['a'], properties: { a: { type: 'string' } } }, request: 'breaking', response: 'info' },
  { kind: 'new-required-property', base: { type: 'object', properties: {} }, revision: { type: 'object', required: ['a'], properties: { a: { type: 'string' } } }, request: 'breaking', response: 'info' },
  { kind: 'new-optional-property', base: { type: 'object', properties: {} }, revision: { type: 'object', properties: { a: { type: 'string' } } }, request: 'info', response: 'info' },
  { kind: 'additional-properties-closed', base: { type: 'object', properties: {} }, revision: { type: 'object', properties: {}, additionalProperties: false }, request: 'breaking', response: 'info' },
];

/** A document whose one operation uses `schema` as a query parameter, the request body and the 200 response. */
function schemaDocument(schema: Doc): Doc {
  return {
    openapi: '3.1.0',
    info: { title: 'S', version: '1' },
    paths: {
      '/s': {
        post: {
          operationId: 'send',
          parameters: [{ name: 'q', in: 'query', schema: structuredClone(schema) }],
          requestBody: { content: { 'application/json': { schema: structuredClone(schema) } } },
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: structuredClone(schema) } } } },
        },
      },
    },
  };
}

function edited(edit: (d: Doc) => void): Doc {
  const revision = baseDocument();
  edit(revision);
  return revision;
}

describe('diff: one case per rule', () => {
  it.each(CASES)('$rule ($level)', ({ rule, level, edit }) => {
    const { changes } = diffDocuments(baseDocument(), edited(edit));
    const hit = changes.find((c) => c.rule === rule);
    expect(hit, JSON.stringify(changes, null, 1)).toBeDefined();
    expect(hit?.level).toBe(level);
    expect(hit?.pointer).toMatch(/^#\//);
  });

  const schemaCases = SCHEMA_CASES.flatMap((c) => [
    { rule: `request-parameter-${c.kind}`, level: c.request, c },
    { rule: `request-body-${c.kind}`, level: c.request, c },
    { rule: `response-body-${c.kind}`, level: c.response, c },
  ]);
  it.each(schemaCases)('$rule ($level)', ({ rule, level, c }) => {
    const { changes } = diffDocuments(schemaDocument(c.base), schemaDocument(c.revision));
    const hit = changes.find((change) => change.rule === rule);
    expect(hit, JSON.stringify(changes, null, 1)).toBeDefined();
    expect(hit?.level).toBe(level);
    expect(hit).toMatchObject({ operationId: 'send', method: 'post', path: '/s' });
  });

  it('covers every rule of the catalogue', () => {
    const covered = new Set([...CASES.map((c) => c.rule), ...schemaCases.map((c) => c.rule)]);
    expect(RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe('diff: details', () => {
  it('gives the base pointer for a removal and the revision pointer otherwise', () => {
    const removed = diffDocuments(baseDocument(), edited((d) => delete job(d)['properties'].note)).changes;
    expect(removed.find((c) => c.rule === 'response-body-property-removed')?.pointer).toBe('#/components/schemas/Job/properties/note');
    const added = diffDocuments(baseDocument(), edited((d) => input(d)['required'].push('memo'))).changes;
    expect(added.find((c) => c.rule === 'request-body-property-became-required')).toMatchObject({ pointer: '#/components/schemas/JobInput/properties/memo', operationId: 'createJob', method: 'post', path: '/jobs' });
  });

  it('reads OpenAPI 3.0 `nullable: true` as a type that allows null', () => {
    const base = baseDocument();
    const revision = edited((d) => (job(d)['properties'].note = { type: 'string', nullable: true }));
    expect(diffDocuments(base, revision).changes.map((c) => c.rule)).toContain('response-body-type-changed');
    const back = edited((d) => (job(d)['properties'].note = { type: ['string', 'null'] }));
    expect(diffDocuments(revision, back).changes).toEqual([]);
  });

  it('does not loop on a self-referencing schema', () => {
    const recursive = (): Doc => edited((d) => (job(d)['properties'].parent = { $ref: '#/components/schemas/Job' }));
    const revision = recursive();
    job(revision)['properties'].status.enum.push('cancelled');
    const rules = diffDocuments(recursive(), revision).changes.map((c) => c.rule);
    expect(rules).toContain('response-body-enum-value-added');
  });
});

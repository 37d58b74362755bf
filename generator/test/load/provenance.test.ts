/**
 * The provenance markers of spec/README.md: which nodes are listed, how markers are inherited, which
 * markers are malformed, and that `lint` reports malformed ones naming file and JSON pointer.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { lintSpec } from '../../src/load/lint-spec.js';
import { provenanceNodes, provenanceProblems } from '../../src/load/provenance.js';

const document = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    '/jobs': {
      post: {
        operationId: 'createJob',
        'x-api-contracts-source': 'vendor-doc',
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Job' } } } },
        responses: {
          '200': { description: 'ok' },
          '400': {
            description: 'bad',
            'x-api-contracts-source': 'assumption',
            'x-api-contracts-why': 'not in the vendor docs',
          },
          '401': { $ref: '#/components/responses/Unauthorized' },
          default: { description: 'other' },
        },
      },
      get: { operationId: 'listJobs', responses: { '200': { description: 'ok' } } },
    },
  },
  components: {
    schemas: {
      Job: {
        type: 'object',
        'x-api-contracts-source': 'vendor-doc',
        required: ['items'],
        properties: {
          items: { type: 'array', minItems: 1 },
          token: { type: 'string', pattern: '^t-', 'x-api-contracts-source': 'observed', 'x-api-contracts-why': 'seen on the wire' },
          other: false,
        },
      },
      Loose: { type: 'object', properties: { n: { type: 'integer', maximum: 3 } } },
    },
    responses: {
      Unauthorized: { description: 'no', 'x-api-contracts-source': 'rfc', 'x-api-contracts-why': 'RFC 6750' },
    },
  },
};

const byPointer = new Map(provenanceNodes(document).map((n) => [n.pointer, n]));

describe('provenanceNodes', () => {
  it('lists operations, responses, component schemas and constraint nodes', () => {
    expect(byPointer.get('#/paths/~1jobs/post')?.kind).toBe('operation');
    expect(byPointer.get('#/paths/~1jobs/post/responses/400')?.kind).toBe('response');
    expect(byPointer.get('#/paths/~1jobs/post/requestBody')).toMatchObject({ kind: 'constraint', constraints: ['required'] });
    expect(byPointer.get('#/components/schemas/Job')).toMatchObject({ kind: 'schema', constraints: ['required'] });
    expect(byPointer.get('#/components/schemas/Job/properties/items')?.constraints).toEqual(['minItems']);
    expect(byPointer.get('#/components/schemas/Job/properties/other')?.constraints).toEqual(['false']);
  });

  it('lists the default response, and a $ref takes the marker of the component it references', () => {
    expect(byPointer.get('#/paths/~1jobs/post/responses/default')).toMatchObject({ kind: 'response', source: 'vendor-doc' });
    expect(byPointer.get('#/paths/~1jobs/post/responses/401')).toMatchObject({
      source: 'rfc',
      markedAt: '#/components/responses/Unauthorized',
    });
  });

  it('takes the nearest marker: own first, then the ancestors', () => {
    expect(byPointer.get('#/paths/~1jobs/post/responses/200')?.source).toBe('vendor-doc');
    expect(byPointer.get('#/paths/~1jobs/post/responses/400')?.source).toBe('assumption');
    expect(byPointer.get('#/components/schemas/Job/properties/items')).toMatchObject({
      source: 'vendor-doc',
      markedAt: '#/components/schemas/Job',
    });
    expect(byPointer.get('#/components/schemas/Job/properties/token')?.source).toBe('observed');
    expect(byPointer.get('#/components/schemas/Job/properties/other')?.source).toBe('vendor-doc');
  });

  it('leaves unmarked nodes unsourced: no document-wide default', () => {
    const unsourced = provenanceNodes(document).filter((n) => n.source === undefined).map((n) => n.pointer);
    expect(unsourced).toEqual([
      '#/paths/~1jobs/get',
      '#/paths/~1jobs/get/responses/200',
      '#/components/schemas/Loose',
      '#/components/schemas/Loose/properties/n',
    ]);
  });
});

describe('provenanceProblems', () => {
  it('accepts the well-formed markers', () => {
    expect(provenanceProblems(document)).toEqual([]);
  });

  it('names an unknown source, a missing why and a why without source', () => {
    const bad = {
      paths: {
        '/a': {
          get: { 'x-api-contracts-source': 'guess' , 'x-api-contracts-why': 'x' },
          put: { 'x-api-contracts-source': 'rfc' },
          post: { 'x-api-contracts-source': 'vendor-doc', 'x-api-contracts-ours': ['operationId'] },
          patch: { 'x-api-contracts-why': 'orphan' },
          delete: { 'x-api-contracts-source': 'vendor-doc', 'x-api-contracts-ours': 'pattern', 'x-api-contracts-why': 'x' },
        },
      },
    };
    expect(provenanceProblems(bad).map((p) => `${p.pointer} ${p.message.split(' ')[0]}`)).toEqual([
      '#/paths/~1a/get x-api-contracts-source',
      '#/paths/~1a/put x-api-contracts-why',
      '#/paths/~1a/post x-api-contracts-why',
      '#/paths/~1a/patch x-api-contracts-why',
      '#/paths/~1a/delete x-api-contracts-ours',
    ]);
  });
});

describe('lint', () => {
  it('reports a malformed marker as a provenance-marker error with file and pointer', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'provenance-'));
    const file = path.join(dir, 'spec.yaml');
    const spec = structuredClone(document) as Record<string, unknown>;
    (spec['components'] as { schemas: { Loose: Record<string, unknown> } }).schemas.Loose['x-api-contracts-source'] = 'hearsay';
    await writeFile(file, stringify(spec));
    const diagnostics = await lintSpec(file);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'provenance-marker', severity: 'error', file, pointer: '#/components/schemas/Loose' }),
    );
  });
});

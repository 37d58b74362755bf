/**
 * `diff` on edits that must not break a client: the identical document gives no change at all, and
 * descriptions, examples, a new optional request parameter, a new optional response property, a new
 * operation, a `$ref` moved into components and a renamed component give no breaking change.
 */
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { suggestedBump } from '../../src/diff/rules.js';
import { baseDocument, type Doc } from './base-document.js';

function edited(edit: (d: Doc) => void): Doc {
  const revision = baseDocument();
  edit(revision);
  return revision;
}

const HARMLESS: readonly { name: string; edit: (d: Doc) => void }[] = [
  {
    name: 'descriptions and examples',
    edit: (d) => {
      d['info'].description = 'Another text.';
      d['paths']['/jobs'].get.description = 'Lists every job.';
      d['components']['schemas'].Job.properties.amount.example = 99;
      d['components']['schemas'].Job.description = 'A job, described anew.';
    },
  },
  { name: 'a new optional request parameter', edit: (d) => d['paths']['/jobs'].get.parameters.push({ name: 'page', in: 'query', schema: { type: 'integer' } }) },
  { name: 'a new optional response property', edit: (d) => (d['components']['schemas'].Job.properties.createdAt = { type: 'string', format: 'date-time' }) },
  { name: 'a new operation', edit: (d) => (d['paths']['/jobs/{jobId}/notes'] = { get: { operationId: 'listNotes', responses: { '200': { description: 'ok' } } } }) },
  {
    name: 'an inline schema moved into components',
    edit: (d) => {
      d['components']['schemas'].JobList = d['paths']['/jobs'].get.responses['200'].content['application/json'].schema;
      d['paths']['/jobs'].get.responses['200'].content['application/json'].schema = { $ref: '#/components/schemas/JobList' };
    },
  },
  {
    name: 'a component renamed and referenced the same way',
    edit: (d) => {
      const text = JSON.stringify(d).replaceAll('#/components/schemas/Job"', '#/components/schemas/WorkItem"');
      const renamed = JSON.parse(text) as Doc;
      renamed['components']['schemas'].WorkItem = renamed['components']['schemas'].Job;
      delete renamed['components']['schemas'].Job;
      for (const key of Object.keys(d)) delete d[key];
      Object.assign(d, renamed);
    },
  },
  { name: 'a path parameter renamed', edit: (d) => {
    d['paths']['/jobs/{id}'] = d['paths']['/jobs/{jobId}'];
    delete d['paths']['/jobs/{jobId}'];
    d['components']['parameters'].jobId.name = 'id';
  } },
];

describe('diff: harmless edits', () => {
  it('finds no change in the identical document, and suggests a patch', () => {
    const { changes } = diffDocuments(baseDocument(), baseDocument());
    expect(changes).toEqual([]);
    expect(suggestedBump(changes)).toBe('patch');
  });

  it.each(HARMLESS)('$name: no breaking change', ({ edit }) => {
    const { changes } = diffDocuments(baseDocument(), edited(edit));
    expect(changes.filter((c) => c.level === 'breaking')).toEqual([]);
  });

  it('lists a new operation and a new optional property as info and suggests a minor version', () => {
    const { changes } = diffDocuments(baseDocument(), edited(HARMLESS[3]?.edit ?? (() => undefined)));
    expect(changes.map((c) => [c.rule, c.level])).toEqual([['api-added', 'info']]);
    expect(suggestedBump(changes)).toBe('minor');
  });

  it('suggests a major version for a breaking change', () => {
    const { changes } = diffDocuments(baseDocument(), edited((d) => delete d['paths']['/health']));
    expect(suggestedBump(changes)).toBe('major');
  });
});

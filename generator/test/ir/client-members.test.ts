/** Client classes: one per tag, untagged operations on the top-level client, unique member names. */
import { describe, expect, it } from 'vitest';
import { buildClientMembers } from '../../src/ir/client-members.js';
import { IdentifierScope } from '../../src/ir/naming.js';
import type { IrOperation } from '../../src/ir/types.js';

const operation = (methodName: string, tag?: string, paginated = false): IrOperation =>
  ({
    methodName,
    ...(tag === undefined ? {} : { tag }),
    ...(paginated ? { pagination: { pageKey: 'page', pageSizeKey: 'size', pageCountPointer: '/n', itemsPointer: '/items' } } : {}),
  }) as IrOperation;

describe('buildClientMembers', () => {
  it('sorts tags by code unit, names their classes in the module scope and their properties on the client', () => {
    const operations = [operation('listZ', 'zebras'), operation('listA', 'Apples'), operation('getRoot')];
    const scope = new IdentifierScope(['ApplesClient']);
    const { tags, rootOperations } = buildClientMembers({ tags: [{ name: 'zebras', description: 'Striped.' }] }, operations, scope);
    expect(tags.map((t) => [t.name, t.className, t.property, t.description])).toEqual([
      ['Apples', 'ApplesClient2', 'apples', undefined],
      ['zebras', 'ZebrasClient', 'zebras', 'Striped.'],
    ]);
    expect(rootOperations.map((o) => o.methodName)).toEqual(['getRoot']);
  });

  it('keeps keywords as member names and makes an untagged method yield to a tag property', () => {
    const operations = [operation('delete', 'class'), operation('class')];
    const { tags, rootOperations } = buildClientMembers({}, operations, new IdentifierScope());
    expect(tags[0]?.property).toBe('class');
    expect(tags[0]?.operations[0]?.methodName).toBe('delete');
    expect(rootOperations[0]?.methodName).toBe('class2');
  });

  it('names the page and item iterators of a paginated operation after its method, uniquely', () => {
    const operations = [operation('listJobs', 'jobs', true), operation('listJobsPages', 'jobs')];
    const { tags } = buildClientMembers({}, operations, new IdentifierScope());
    expect(tags[0]?.operations.map((o) => [o.methodName, o.paginationMethods])).toEqual([
      ['listJobs', { pages: 'listJobsPages2', all: 'listJobsAll' }],
      ['listJobsPages', undefined],
    ]);
  });
});

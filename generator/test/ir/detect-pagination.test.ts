/** Page-numbered list operations: recognised from their query parameters and 200 response shape. */
import { describe, expect, it } from 'vitest';
import { detectPagination } from '../../src/ir/detect-pagination.js';
import type { IrParameter, IrResponse } from '../../src/ir/types.js';

const query = (name: string, key = name): IrParameter =>
  ({ name, key, in: 'query', required: false, schema: { type: 'integer' }, pointer: '#', deprecated: false, assumed: false }) as IrParameter;
const ok = (schema: unknown): IrResponse => ({ status: '200', description: 'ok', json: true, schema });

const document = {
  components: {
    schemas: {
      Page: { type: 'object', properties: { data: { type: 'array', items: {} }, meta: { $ref: '#/components/schemas/Meta' } } },
      Meta: { type: 'object', properties: { pageCount: { type: 'integer' } } },
      Flat: { type: 'object', properties: { items: { type: ['array', 'null'] }, pageCount: { type: 'integer' } } },
      NoCount: { type: 'object', properties: { data: { type: 'array' } } },
    },
  },
};

describe('detectPagination', () => {
  it('finds the items array and a pageCount inside a $ref\'d metadata object', () => {
    expect(detectPagination(document, [query('page'), query('pageSize')], [ok({ $ref: '#/components/schemas/Page' })])).toEqual({
      pageKey: 'page',
      pageSizeKey: 'pageSize',
      pageCountPointer: '/meta/pageCount',
      itemsPointer: '/data',
    });
  });

  it('accepts a top-level pageCount, a nullable array and the page_size spelling, with the parameters\' keys', () => {
    expect(detectPagination(document, [query('page'), query('page_size', 'pageSizeKey')], [ok({ $ref: '#/components/schemas/Flat' })])).toEqual({
      pageKey: 'page',
      pageSizeKey: 'pageSizeKey',
      pageCountPointer: '/pageCount',
      itemsPointer: '/items',
    });
  });

  it('is undefined without a page size parameter, without a page count or without a 200 body', () => {
    const page = { $ref: '#/components/schemas/Page' };
    expect(detectPagination(document, [query('page')], [ok(page)])).toBeUndefined();
    expect(detectPagination(document, [query('page'), query('pageSize')], [ok({ $ref: '#/components/schemas/NoCount' })])).toBeUndefined();
    expect(detectPagination(document, [query('page'), query('pageSize')], [{ status: '204', description: 'none', json: false }])).toBeUndefined();
  });
});

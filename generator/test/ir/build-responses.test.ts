/** Responses of one operation: order, status spelling, media type choice and `$ref`d responses. */
import { describe, expect, it } from 'vitest';
import { buildResponses, isJsonMediaType } from '../../src/ir/build-responses.js';

const document = {
  components: {
    responses: {
      NotFound: { description: 'no such thing', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
    },
    schemas: { Problem: { type: 'object' } },
  },
};

describe('isJsonMediaType', () => {
  it.each(['application/json', 'application/json; charset=utf-8', 'application/problem+json', 'text/json'])('%s is JSON', (t) => {
    expect(isJsonMediaType(t)).toBe(true);
  });
  it.each(['text/plain', 'application/octet-stream', 'multipart/form-data', 'application/jsonl'])('%s is not', (t) => {
    expect(isJsonMediaType(t)).toBe(false);
  });
});

describe('buildResponses', () => {
  it('orders codes ascending, then ranges, then default, and spells ranges upper-case', () => {
    const raw = { default: { description: 'd' }, '4xx': { description: 'r' }, '201': { description: 'c' }, '200': { description: 'o' }, '2XX': { description: 's' } };
    expect(buildResponses(document, raw, '#/paths/~1a/get/responses').map((r) => r.status)).toEqual(['200', '201', '2XX', '4XX', 'default']);
  });

  it('prefers a JSON media type and points at its schema', () => {
    const raw = {
      '200': { description: 'ok', content: { 'text/csv': { schema: { type: 'string' } }, 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } } },
    };
    expect(buildResponses(document, raw, '#/r')).toEqual([
      {
        status: '200',
        description: 'ok',
        json: true,
        contentType: 'application/json',
        schema: { $ref: '#/components/schemas/Problem' },
        pointer: '#/r/200/content/application~1json/schema',
        schemaName: 'Problem',
      },
    ]);
  });

  it('resolves a $ref to a response component and points into the component', () => {
    const [response] = buildResponses(document, { '404': { $ref: '#/components/responses/NotFound' } }, '#/r');
    expect(response).toMatchObject({
      status: '404',
      description: 'no such thing',
      json: true,
      pointer: '#/components/responses/NotFound/content/application~1problem+json/schema',
      schemaName: 'Problem',
    });
  });

  it('keeps a non-JSON body as not JSON, and a response without content bare', () => {
    const raw = { '200': { description: 'text', content: { 'text/plain': { schema: { type: 'string' } } } }, '204': { description: 'none' } };
    const [text, none] = buildResponses(document, raw, '#/r');
    expect(text).toMatchObject({ json: false, contentType: 'text/plain', schema: { type: 'string' } });
    expect(none).toEqual({ status: '204', description: 'none', json: false });
  });
});

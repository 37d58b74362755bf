import { describe, expect, it } from 'vitest';
import type { ParameterDescriptor } from '../../runtime/index.js';
import {
  buildUrl,
  compilePath,
  expandServerUrl,
  expandUrl,
  parameterHeaders,
  serializeQuery,
} from '../../runtime/url.js';

function query(style: ParameterDescriptor['style'], explode: boolean, name = 'q'): ParameterDescriptor {
  return { name, key: name, in: 'query', required: false, style, explode };
}

describe('query serialization (OpenAPI 3.1 style examples)', () => {
  it('form + explode repeats array keys; form without explode joins with commas', () => {
    expect(serializeQuery(query('form', true, 'id'), [3, 4])).toEqual(['id=3', 'id=4']);
    expect(serializeQuery(query('form', false, 'id'), [3, 4])).toEqual(['id=3,4']);
  });

  it('space- and pipe-delimited arrays', () => {
    expect(serializeQuery(query('spaceDelimited', false, 'id'), ['a', 'b'])).toEqual(['id=a%20b']);
    expect(serializeQuery(query('pipeDelimited', false, 'id'), ['a', 'b'])).toEqual(['id=a|b']);
  });

  it('objects: deepObject brackets, exploded form spreads keys, plain form joins pairs', () => {
    expect(
      serializeQuery(query('deepObject', true, 'filter'), {
        status: 'OPEN',
        type: 'X',
      }),
    ).toEqual(['filter%5Bstatus%5D=OPEN', 'filter%5Btype%5D=X']);
    expect(serializeQuery(query('form', true, 'filter'), { a: 1, b: undefined })).toEqual(['a=1']);
    expect(serializeQuery(query('form', false, 'filter'), { a: 1, b: 2 })).toEqual(['filter=a,1,b,2']);
  });

  it('percent-encodes names and values', () => {
    expect(serializeQuery(query('form', true, 'sort by'), 'a&b=c d')).toEqual(['sort%20by=a%26b%3Dc%20d']);
  });
});

describe('buildUrl', () => {
  const params: ParameterDescriptor[] = [
    {
      name: 'job-token',
      key: 'jobToken',
      in: 'path',
      required: true,
      style: 'simple',
      explode: false,
    },
    query('form', true, 'language'),
    query('form', true, 'page'),
  ];

  it('substitutes encoded path parameters and omits undefined query parameters', () => {
    const url = buildUrl('https://h/api/v2', '/payments/jobs/{job-token}', params, { 'job-token': 'a/b c', page: 2 });
    expect(url).toBe('https://h/api/v2/payments/jobs/a%2Fb%20c?page=2');
  });

  it('substitutes every occurrence of a placeholder and keeps placeholders that name no path parameter', () => {
    const template = compilePath('/a/{job-token}/b/{other}/{job-token}', params);
    expect(expandUrl('https://h', template, [], { 'job-token': 'x y' })).toBe('https://h/a/x%20y/b/{other}/x%20y');
  });

  it('reuses one compiled template for different values, serializing arrays in simple style', () => {
    const template = compilePath('/payments/jobs/{job-token}', params);
    expect(expandUrl('https://h', template, [], { 'job-token': ['a', 'b/c'] })).toBe('https://h/payments/jobs/a,b%2Fc');
    expect(expandUrl('https://h', template, [], { 'job-token': 42 })).toBe('https://h/payments/jobs/42');
  });

  it('serializes header and cookie parameters', () => {
    const headerParams: ParameterDescriptor[] = [
      {
        name: 'X-Ids',
        key: 'xIds',
        in: 'header',
        required: false,
        style: 'simple',
        explode: false,
      },
      {
        name: 'session',
        key: 'session',
        in: 'cookie',
        required: false,
        style: 'form',
        explode: true,
      },
    ];
    expect(parameterHeaders(headerParams, { 'X-Ids': [1, 2], session: 'a b' })).toEqual({
      'X-Ids': '1,2',
      Cookie: 'session=a%20b',
    });
  });

  it('expands server variables and leaves unknown ones visible', () => {
    expect(
      expandServerUrl('https://api.{sandboxInstance}.payquicker.io/{x}', {
        sandboxInstance: 'sbx1',
      }),
    ).toBe('https://api.sbx1.payquicker.io/{x}');
  });
});

describe('one name in several locations', () => {
  const parameters: ParameterDescriptor[] = [
    { name: 'id', key: 'id', in: 'path', required: true, style: 'simple', explode: false },
    { name: 'id', key: 'idQuery', in: 'query', required: false, style: 'form', explode: true, valueKey: 'query:id' },
    { name: 'id', key: 'idHeader', in: 'header', required: false, style: 'simple', explode: false, valueKey: 'header:id' },
  ];
  const values = { id: 'p', 'query:id': 'q', 'header:id': 'h' };

  it('takes each location its value by value key, under the one wire name', () => {
    expect(buildUrl('https://h', '/things/{id}', parameters, values)).toBe('https://h/things/p?id=q');
    expect(parameterHeaders(parameters, values)).toEqual({ id: 'h' });
  });
});

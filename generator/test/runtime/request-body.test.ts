/** Request bodies encoded for their media type. */
import { describe, expect, it } from 'vitest';
import { encodeBody, isJsonMediaType } from '../../runtime/request-body.js';

describe('encodeBody', () => {
  it('writes JSON media types as JSON text, a string included', () => {
    expect(encodeBody('application/json', { a: [1] })).toBe('{"a":[1]}');
    expect(encodeBody('application/merge-patch+json', 'text')).toBe('"text"');
  });

  it('form-encodes x-www-form-urlencoded bodies, repeating array keys and writing objects as JSON', () => {
    expect(encodeBody('application/x-www-form-urlencoded', { q: 'a b', tag: ['x', 'y'], skip: undefined, o: { k: 1 } })).toBe(
      'q=a+b&tag=x&tag=y&o=%7B%22k%22%3A1%7D',
    );
  });

  it('builds FormData for multipart/form-data, keeping Blob parts as they are', async () => {
    const file = new Blob(['bytes'], { type: 'image/png' });
    const form = encodeBody('multipart/form-data', { file, caption: 'hi', n: 2, meta: { a: 1 }, tags: ['x', 'y'] });
    expect(form).toBeInstanceOf(FormData);
    const parts = form as FormData;
    expect(await (parts.get('file') as Blob).text()).toBe('bytes');
    expect([parts.get('caption'), parts.get('n'), parts.get('meta'), parts.getAll('tags')]).toEqual(['hi', '2', '{"a":1}', ['x', 'y']]);
  });

  it('sends a string or a Blob as is for any other media type, and JSON text for anything else', () => {
    const blob = new Blob(['raw']);
    expect(encodeBody('text/plain; charset=utf-8', 'say "hi"')).toBe('say "hi"');
    expect(encodeBody('application/octet-stream', blob)).toBe(blob);
    expect(encodeBody('text/plain', 42)).toBe('42');
  });
});

describe('isJsonMediaType', () => {
  it('knows application/json and +json, with parameters, and nothing else', () => {
    expect(['application/json', 'application/json; charset=utf-8', 'application/problem+json'].map(isJsonMediaType)).toEqual([true, true, true]);
    expect(['text/plain', 'application/jsonl', 'multipart/form-data'].map(isJsonMediaType)).toEqual([false, false, false]);
  });
});

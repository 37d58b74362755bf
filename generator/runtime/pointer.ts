/**
 * Reading a value at a JSON pointer (RFC 6901), as used by `retrySafety.items` and the pagination
 * descriptor (`/meta/pageCount`, `/payload`).
 */

/** Value at `pointer` inside `document` (`''` is the document itself), or undefined when absent. */
export function getPointer(document: unknown, pointer: string): unknown {
  if (pointer === '' || pointer === '#') return document;
  const tokens = pointer.replace(/^#/, '').split('/').slice(1);
  let current: unknown = document;
  for (const raw of tokens) {
    if (current === null || typeof current !== 'object') return undefined;
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}

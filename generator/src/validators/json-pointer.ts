/**
 * JSON pointer (RFC 6901) helpers for schema locations, in the URI-fragment form (`#/a/b`) used by
 * `schemaPath` and diagnostics.
 */
import { escapePointerToken } from '../diagnostics.js';

/** Appends reference tokens to a URI-fragment pointer: `child('#/a', 'b/c', 0)` → `#/a/b~1c/0`. */
export function childPointer(pointer: string, ...tokens: readonly (string | number)[]): string {
  let out = pointer;
  for (const t of tokens) out += `/${escapePointerToken(String(t))}`;
  return out;
}

/**
 * Splits a URI-fragment pointer (`#/a/b~1c`, percent-encoding allowed per RFC 6901 §6) into its
 * unescaped tokens. Returns undefined when `fragment` is not a pointer (e.g. an `$anchor` name).
 */
export function pointerTokens(fragment: string): string[] | undefined {
  const raw = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (raw === '') return [];
  if (!raw.startsWith('/')) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    decoded = raw;
  }
  return decoded
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Reads the node at `tokens` below `root`; undefined when any step is missing. */
export function getAt(root: unknown, tokens: readonly string[]): unknown {
  let node: unknown = root;
  for (const t of tokens) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(t)) return undefined;
      node = node[Number(t)];
    } else if (typeof node === 'object' && node !== null && Object.hasOwn(node, t)) {
      node = (node as Record<string, unknown>)[t];
    } else {
      return undefined;
    }
  }
  return node;
}

/**
 * The canonical base URL of each API in cassettes. Recordings are rewritten onto it so cassettes do
 * not depend on (or reveal) the server they were recorded from; `.invalid` (RFC 2606) guarantees
 * that a replayed cassette can never reach a real host.
 */
import type { ApiName } from '../core/types.js';

export const CANONICAL_BASE: Readonly<Record<ApiName, string>> = {
  payquicker: 'https://payquicker.cassette.invalid/api/v2',
  abconnect: 'https://abconnect.cassette.invalid/api',
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `text` with every mention of `originalBase` replaced by the canonical base of `api`: the absolute
 * URL, and the base's path where it starts a path-absolute reference (`"/payquicker/api/v2/payments/…"`).
 */
export function rebase(text: string, originalBase: string, api: ApiName): string {
  const canonical = CANONICAL_BASE[api];
  const original = originalBase.replace(/\/+$/, '');
  if (original === '' || original === canonical) return text;
  let result = text.split(original).join(canonical);
  const originalPath = new URL(original).pathname.replace(/\/+$/, '');
  const canonicalPath = new URL(canonical).pathname;
  if (originalPath !== '' && originalPath !== canonicalPath) {
    const pathStart = new RegExp(`(^|["'\\s(=])${escapeRegExp(originalPath)}(?=[/?#"']|$)`, 'g');
    result = result.replace(pathStart, `$1${canonicalPath}`);
  }
  return result;
}

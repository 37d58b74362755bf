/**
 * Checks that must pass before Redocly walks a spec, because its resolver and walker recurse and
 * would crash (exit 70) instead of reporting: a pure `$ref` cycle (`Self: {$ref: '#/…/Self'}`,
 * or A → B → A with no schema in between).
 */
import type { BaseResolver } from '@redocly/openapi-core';
import type { Diagnostic } from '../diagnostics.js';
import { RefFollower, RefLoop, type RefTarget } from './ref-follower.js';
import type { DocumentSet } from './referenced-documents.js';

/**
 * One `ref-cycle` error per pure `$ref` cycle of `set`, at the first `$ref` of the loop, naming
 * every step. `nameOf` gives the name a message uses for an absolute path.
 */
export function refLimitProblems(set: DocumentSet, resolver: BaseResolver, nameOf: (file: string) => string): Diagnostic[] {
  const follower = new RefFollower(set, resolver);
  const problems: Diagnostic[] = [];
  const reported = new Set<string>();
  const where = (t: RefTarget): string => (t.file === set.root ? t.pointer : `${nameOf(t.file)}${t.pointer}`);
  for (const { file, pointer, ref } of set.refs) {
    try {
      follower.follow(file, pointer, ref);
    } catch (error) {
      if (!(error instanceof RefLoop)) throw error;
      const loop = error.trail.map(where);
      const key = [...loop.slice(1)].sort().join(' ');
      if (reported.has(key)) continue;
      reported.add(key);
      const [first] = error.trail as [RefTarget];
      problems.push({
        code: 'ref-cycle',
        severity: 'error',
        file: nameOf(first.file),
        pointer: first.pointer,
        message: `$ref cycle with no schema in between: ${loop.join(' → ')} (make one of them a schema)`,
      });
    }
  }
  return problems;
}

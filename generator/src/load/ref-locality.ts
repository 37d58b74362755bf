/**
 * Local `$ref`s that leave the spec's folder: allowed (a shared components file one level up is
 * common), but each one is a warning naming its JSON pointer and the file it reads, because a
 * document from elsewhere should not read files outside the folder it was given in.
 */
import path from 'node:path';
import type { BaseResolver } from '@redocly/openapi-core';
import type { Diagnostic } from '../diagnostics.js';
import { splitRef, type DocumentSet } from './referenced-documents.js';
import { isRemoteRef } from './spec-resolver.js';

/**
 * One `ref-outside-spec-folder` warning per local `$ref` of `set` whose target file is not under
 * the root document's folder. `nameOf` gives the name a message uses for an absolute path.
 */
export function refsLeavingFolder(set: DocumentSet, resolver: BaseResolver, nameOf: (file: string) => string): Diagnostic[] {
  const folder = path.dirname(set.root);
  const warnings: Diagnostic[] = [];
  for (const { file, pointer, ref } of set.refs) {
    const { uri } = splitRef(ref);
    if (uri === null) continue;
    const target = resolver.resolveExternalRef(file, uri);
    const relative = path.relative(folder, target);
    const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
    if (isRemoteRef(target) || !outside) continue;
    warnings.push({
      code: 'ref-outside-spec-folder',
      severity: 'warning',
      file: nameOf(file),
      pointer,
      message: `$ref ${JSON.stringify(ref)} reads ${JSON.stringify(nameOf(target))}, outside the spec's folder ${JSON.stringify(nameOf(folder) || '.')}`,
    });
  }
  return warnings;
}

/**
 * What `generate` and `lint` check before Redocly walks a spec: every local document its `$ref`s
 * reach is loaded (no remote one, unless allowed by the resolver), the limits of `ref-limits.ts`
 * hold, and local `$ref`s leaving the spec's folder are listed as warnings.
 */
import path from 'node:path';
import type { BaseResolver, Document } from '@redocly/openapi-core';
import { UserError, type Diagnostic } from '../diagnostics.js';
import { lineOfPointer } from './problem-location.js';
import { refLimitProblems } from './ref-limits.js';
import { refsLeavingFolder } from './ref-locality.js';
import { loadReferencedDocuments } from './referenced-documents.js';
import { isRemoteRef } from './spec-resolver.js';

/**
 * Checks the spec `file` (as the user named it) whose root document `root` the `resolver` has
 * loaded, and returns its warnings (with their line where they are in `file`).
 * @throws {UserError} with a located diagnostic per `$ref` cycle, overlong chain or too deep nesting.
 */
export async function preflight(file: string, root: Document, resolver: BaseResolver): Promise<Diagnostic[]> {
  const absolutePath = root.source.absoluteRef;
  const nameOf = (f: string): string => (f === absolutePath ? file : isRemoteRef(f) ? f : path.relative(process.cwd(), f));
  const locate = (found: Diagnostic[]): Diagnostic[] => {
    for (const d of found) {
      const line = d.file === file ? lineOfPointer(root.source, d.pointer) : undefined;
      if (line !== undefined) d.line = line;
    }
    return found;
  };
  const documents = await loadReferencedDocuments(resolver, absolutePath, root.parsed);
  const limits = locate(refLimitProblems(documents, resolver, nameOf));
  if (limits.length > 0) throw new UserError(`cannot load ${file}: its $refs loop, chain or nest beyond what can be read safely`, limits);
  return locate(refsLeavingFolder(documents, resolver, nameOf));
}

/**
 * `diff(options)`: the programmatic form of `api-contracts diff <base> <revision>`: the changes
 * between two versions of a spec judged from an existing client's side, or with `vendor` where our
 * slice disagrees with the vendor's full document (rules.ts). The command prints what this returns.
 */
import type { DiffResult } from './diff-result.js';

/** The two sides, each a file path, `git:<ref>:<path>` or an `http(s)` URL (fetched only when given). */
export interface DiffSides {
  readonly base: string;
  readonly revision: string;
  /** The base is the vendor's full document: only the operations the revision covers are compared, and marked deviations are silenced. */
  readonly vendor?: boolean;
}

/**
 * Loads both sides and compares them.
 * @throws {UserError} naming the side that cannot be read, fetched, parsed or validated as OpenAPI 3.x.
 */
export async function diff(sides: DiffSides): Promise<DiffResult> {
  // Loaded here, not at start-up: the loader pulls in Redocly.
  const { loadSide } = await import('./load-side.js');
  const { diffDocuments } = await import('./diff-documents.js');
  const { suggestedBump } = await import('./rules.js');
  const vendor = sides.vendor === true;
  const [base, revision] = await Promise.all([loadSide(sides.base), loadSide(sides.revision)]);
  const outcome = diffDocuments(base.spec.document, revision.spec.document, { vendor });
  return {
    base: base.label,
    revision: revision.label,
    changes: outcome.changes,
    operations: outcome.operations,
    bump: suggestedBump(outcome.changes),
    ...(vendor ? { silenced: outcome.silenced } : {}),
  };
}

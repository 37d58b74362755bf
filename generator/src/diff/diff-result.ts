/**
 * The outcome of one `api-contracts diff` run, as every report renders it.
 */
import type { OperationRef } from './diff-documents.js';
import type { Change, SemverBump } from './rules.js';

/** What the reports show: both sides as the user named them, the changes and the suggested bump. */
export interface DiffResult {
  /** The base side: a file, `git:<ref>:<path>` or, with `--vendor`, the vendor document. */
  readonly base: string;
  /** The revision side. */
  readonly revision: string;
  readonly changes: readonly Change[];
  /** The revision's operations (one JUnit test case each). */
  readonly operations: readonly OperationRef[];
  readonly bump: SemverBump;
  /** With `--vendor`: disagreements left out because our spec marks them as deliberate. */
  readonly silenced?: number;
}

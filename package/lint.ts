/**
 * `lint(files, options)`: the programmatic form of `api-contracts lint`, with Redocly's
 * recommended rules made stricter (generator/src/load/lint-rules.ts).
 */
import type { Diagnostic } from '../generator/src/diagnostics.js';

/** How `$ref`s may be read. */
export interface LintOptions {
  /** Fetch `http(s)` `$ref`s (default: report each as an unresolved `$ref`; only local files are read). */
  readonly allowRemoteRefs?: boolean;
}

/**
 * Lints each OpenAPI document of `files` (paths) and returns its problems, by file, errors first,
 * each with file, line and JSON pointer. A document that cannot be read or parsed gives a
 * `parse-error` diagnostic rather than throwing; any error thrown is a bug.
 */
export async function lint(files: readonly string[], options: LintOptions = {}): Promise<Record<string, Diagnostic[]>> {
  const { lintSpec } = await import('../generator/src/load/lint-spec.js');
  const result: Record<string, Diagnostic[]> = {};
  for (const file of files) result[file] = await lintSpec(file, { allowRemoteRefs: options.allowRemoteRefs === true });
  return result;
}

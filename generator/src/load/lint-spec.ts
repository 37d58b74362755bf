/**
 * `api-contracts lint`: lints OpenAPI documents with Redocly's rules (see {@link LINT_RULES}).
 */
import path from 'node:path';
import { createConfig, lint } from '@redocly/openapi-core';
import type { Diagnostic } from '../diagnostics.js';
import { LINT_EXTENDS, LINT_RULES } from './lint-rules.js';
import { diagnosticFromProblem, parseErrorDiagnostic } from './problem-location.js';

/**
 * Lints one document and returns its problems, errors first, each with file, line and pointer.
 * A document that cannot be parsed yields one `parse-error` diagnostic rather than throwing.
 */
export async function lintSpec(file: string): Promise<Diagnostic[]> {
  const config = await createConfig({ extends: [...LINT_EXTENDS], rules: LINT_RULES });
  try {
    const problems = await lint({ ref: path.resolve(file), config });
    const diagnostics = problems.map((p) => diagnosticFromProblem(p, file));
    return diagnostics.sort((a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0));
  } catch (error) {
    return [parseErrorDiagnostic(file, error)];
  }
}

function rank(d: Diagnostic): number {
  return d.severity === 'error' ? 0 : 1;
}

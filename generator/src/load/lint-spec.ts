/**
 * `api-contracts lint`: lints OpenAPI documents with Redocly's rules (see {@link LINT_RULES}).
 */
import path from 'node:path';
import { createConfig, lint } from '@redocly/openapi-core';
import type { Diagnostic } from '../diagnostics.js';
import { LINT_EXTENDS, LINT_RULES } from './lint-rules.js';
import { diagnosticFromProblem, parseErrorDiagnostic } from './problem-location.js';
import { SpecResolver, type SpecResolverOptions } from './spec-resolver.js';

/**
 * Lints one document and returns its problems, errors first, each with file, line and pointer.
 * A document that cannot be parsed yields one `parse-error` diagnostic rather than throwing. An
 * `http(s)` `$ref` is not fetched (a `no-unresolved-refs` error) unless `options.allowRemoteRefs`.
 */
export async function lintSpec(file: string, options: SpecResolverOptions = {}): Promise<Diagnostic[]> {
  const config = await createConfig({ extends: [...LINT_EXTENDS], rules: LINT_RULES });
  try {
    const problems = await lint({ ref: path.resolve(file), config, externalRefResolver: new SpecResolver(options) });
    const diagnostics = problems.map((p) => diagnosticFromProblem(p, file));
    return diagnostics.sort((a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0));
  } catch (error) {
    return [parseErrorDiagnostic(file, error)];
  }
}

function rank(d: Diagnostic): number {
  return d.severity === 'error' ? 0 : 1;
}

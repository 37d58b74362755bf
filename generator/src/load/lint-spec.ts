/**
 * `api-contracts lint`: lints OpenAPI documents with Redocly's rules (see {@link LINT_RULES}).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createConfig, lint } from '@redocly/openapi-core';
import { parse } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { LINT_EXTENDS, LINT_RULES } from './lint-rules.js';
import { diagnosticFromProblem, parseErrorDiagnostic } from './problem-location.js';
import { provenanceProblems } from './provenance.js';

/**
 * Lints one document and returns its problems, errors first, each with file, line and pointer.
 * A document that cannot be parsed yields one `parse-error` diagnostic rather than throwing.
 * Malformed provenance markers (spec/README.md) are `provenance-marker` errors.
 */
export async function lintSpec(file: string): Promise<Diagnostic[]> {
  const config = await createConfig({ extends: [...LINT_EXTENDS], rules: LINT_RULES });
  try {
    const problems = await lint({ ref: path.resolve(file), config });
    const diagnostics = problems.map((p) => diagnosticFromProblem(p, file));
    if (!diagnostics.some((d) => d.code === 'parse-error')) diagnostics.push(...(await markerDiagnostics(file)));
    return diagnostics.sort((a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0));
  } catch (error) {
    return [parseErrorDiagnostic(file, error)];
  }
}

async function markerDiagnostics(file: string): Promise<Diagnostic[]> {
  const document: unknown = parse(await readFile(file, 'utf8'));
  if (typeof document !== 'object' || document === null) return [];
  return provenanceProblems(document as Record<string, unknown>).map((p) => ({
    code: 'provenance-marker',
    severity: 'error',
    file,
    pointer: p.pointer,
    message: p.message,
  }));
}

function rank(d: Diagnostic): number {
  return d.severity === 'error' ? 0 : 1;
}

/**
 * `api-contracts lint`: lints OpenAPI documents with Redocly's rules (see {@link LINT_RULES}).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createConfig, lint } from '@redocly/openapi-core';
import { parse } from 'yaml';
import { UserError, type Diagnostic } from '../diagnostics.js';
import { LINT_EXTENDS, LINT_RULES } from './lint-rules.js';
import { preflight } from './preflight.js';
import { diagnosticFromProblem, parseErrorDiagnostic } from './problem-location.js';
import { provenanceProblems } from './provenance.js';
import { isRedoclyFalsePositive } from './redocly-false-positives.js';
import { SpecResolver, type SpecResolverOptions } from './spec-resolver.js';
import { tolerateDefect } from './tolerated-defects.js';

/**
 * Lints one document and returns its problems, errors first, each with file, line and pointer.
 * A document that cannot be parsed yields one `parse-error` diagnostic rather than throwing. An
 * `http(s)` `$ref` is not fetched (a `no-unresolved-refs` error) unless `options.allowRemoteRefs`;
 * a `$ref` cycle, an overlong chain or too deep nesting is one located error (see `preflight.ts`).
 * Malformed provenance markers (spec/README.md) are `provenance-marker` errors. Valid OpenAPI that
 * Redocly reports (see `redocly-false-positives.ts`) is not reported; a defect `generate` tolerates
 * (see `tolerated-defects.ts`) is the same warning, with the same pointer and assumption.
 */
export async function lintSpec(file: string, options: SpecResolverOptions = {}): Promise<Diagnostic[]> {
  const config = await createConfig({ extends: [...LINT_EXTENDS], rules: LINT_RULES });
  const resolver = new SpecResolver(options);
  try {
    const root = await resolver.resolveDocument(null, path.resolve(file), true);
    if (root instanceof Error) throw root;
    const warnings = await preflight(file, root, resolver);
    const problems = await lint({ ref: path.resolve(file), config, externalRefResolver: resolver });
    const version = /^3\.1\./.test(String((root.parsed as { openapi?: unknown } | null)?.openapi)) ? '3.1' : '3.0';
    const findings = problems
      .map((p) => diagnosticFromProblem(p, file))
      .filter((d) => !isRedoclyFalsePositive(d, root.parsed, version))
      .map((d) => tolerateDefect(d, version));
    const diagnostics = [...warnings, ...findings];
    if (!diagnostics.some((d) => d.code === 'parse-error')) diagnostics.push(...(await markerDiagnostics(file)));
    return diagnostics.sort((a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0));
  } catch (error) {
    return error instanceof UserError ? error.diagnostics : [parseErrorDiagnostic(file, error)];
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

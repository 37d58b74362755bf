/**
 * Diagnostics are data: every problem found while loading, linting or generating is collected as a
 * {@link Diagnostic} and printed once at the end, so a user sees all problems of a run together.
 *
 * User mistakes (a bad spec, a bad flag) are {@link UserError}s and exit with code 2; anything else
 * that escapes is an internal bug and is reported as such.
 */
import { hiddenEscaped } from './source-text.js';

/** How bad a problem is: `error` stops generation, `warning` is reported and work goes on. */
export type Severity = 'error' | 'warning';

/** One problem, located by file and JSON pointer. */
export interface Diagnostic {
  /** Stable machine-readable code, e.g. `yaml-syntax`, `unresolved-ref`, `missing-path-parameter`. */
  code: string;
  severity: Severity;
  /** File the problem is in (as the user named it, or relative to the working directory). */
  file: string;
  /** JSON pointer (RFC 6901) of the offending node, as a URI fragment: `#/paths/~1jobs/get`. `#` is the root. */
  pointer: string;
  /** 1-based line in `file`, where known. */
  line?: number;
  /** What is wrong and, where there is one, the remedy or what was assumed. */
  message: string;
}

/** A problem caused by the user's input (spec, config, flags). The CLI exits with code 2. */
export class UserError extends Error {
  override readonly name = 'UserError';
  /** The problems behind this error; at least one. */
  readonly diagnostics: Diagnostic[];

  constructor(message: string, diagnostics: Diagnostic[] = []) {
    super(message);
    this.diagnostics = diagnostics;
  }
}

/** Escapes one JSON pointer reference token (RFC 6901 §3: `~` → `~0`, `/` → `~1`). */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Builds a URI-fragment JSON pointer from reference tokens: `['paths', '/jobs']` → `#/paths/~1jobs`. */
export function pointerOf(tokens: readonly (string | number)[]): string {
  return tokens.length === 0 ? '#' : `#/${tokens.map((t) => escapePointerToken(String(t))).join('/')}`;
}

/**
 * Formats one diagnostic as `file:line pointer severity [code] message` for terminals and CI logs,
 * on one line: line breaks, controls (ANSI escapes) and bidi characters that document text brings
 * into the pointer or the message are shown as `\uXXXX`.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}`;
  return hiddenEscaped(`${where} ${d.pointer} ${d.severity} [${d.code}] ${d.message}`, true);
}

/** True when any diagnostic in the list is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/**
 * Turns Redocly problems into our diagnostics, and finds the line of a JSON pointer in a source
 * file, so every message can say `file:line #/pointer`.
 */
import path from 'node:path';
import { YamlParseError, getLineColLocation, type NormalizedProblem, type Source } from '@redocly/openapi-core';
import type { Diagnostic } from '../diagnostics.js';
import { YamlDocumentError } from './yaml-document.js';

/**
 * Converts one Redocly problem: the rule id becomes the code, `warn` becomes `warning`, and the
 * file is the problem's own source (relative to the working directory) or `file`.
 */
export function diagnosticFromProblem(problem: NormalizedProblem, file: string): Diagnostic {
  const location = problem.location[0];
  const diagnostic: Diagnostic = {
    code: problem.ruleId,
    severity: problem.severity === 'error' ? 'error' : 'warning',
    file: location ? path.relative(process.cwd(), location.source.absoluteRef) || file : file,
    pointer: location?.pointer ?? '#',
    message: problem.message + (problem.suggest.length > 0 ? ` (did you mean: ${problem.suggest.join(', ')}?)` : ''),
  };
  if (location) {
    const line = safeLine(() => getLineColLocation(location).start.line);
    if (line !== undefined) diagnostic.line = line;
  }
  return diagnostic;
}

/** 1-based line of `pointer` in `source`, or undefined when the pointer is not in that file. */
export function lineOfPointer(source: Source, pointer: string): number | undefined {
  return safeLine(() => getLineColLocation({ source, pointer, reportOnKey: false }).start.line);
}

function safeLine(read: () => number): number | undefined {
  try {
    const line = read();
    return Number.isInteger(line) && line > 0 ? line : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The diagnostic of a document that could not be parsed: for YAML and JSON syntax errors, the
 * parser's reason and its 1-based line (and, for an alias bomb, the alias's pointer); otherwise
 * the error's message.
 */
export function parseErrorDiagnostic(file: string, error: unknown): Diagnostic {
  const raw = error instanceof Error ? error.message : String(error);
  const diagnostic: Diagnostic = {
    code: 'parse-error',
    severity: 'error',
    file,
    pointer: '#',
    message: raw.replace(/ in "[^"]*" \(\d+:\d+\)$/, ''),
  };
  if (error instanceof YamlParseError && Number.isInteger(error.line)) diagnostic.line = error.line;
  if (error instanceof YamlDocumentError) {
    diagnostic.pointer = error.pointer;
    if (error.line !== undefined) diagnostic.line = error.line;
  }
  return diagnostic;
}

/**
 * Type-checks TypeScript files with the compiler API under the strictest settings generated code
 * promises (`strict`, `noUncheckedIndexedAccess`, `exactOptionalPropertyTypes`), the way a
 * consumer's `tsc --noEmit` would. Test helper.
 */
import path from 'node:path';
import ts from 'typescript';
import { ROOT } from './run-cli.js';

/** Compiler options of a strict consumer project (Node ≥ 20, ESM). */
export const STRICT_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2023.d.ts'],
  types: ['node'],
  typeRoots: [path.join(ROOT, 'node_modules/@types')],
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  noUnusedLocals: true,
  noEmit: true,
  skipLibCheck: true,
};

/** Compiles `files`; returns each error as `file:line message` (empty when clean). */
export function typecheck(files: readonly string[], options: ts.CompilerOptions = STRICT_OPTIONS): string[] {
  const program = ts.createProgram({ rootNames: [...files], options });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return message;
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName}:${line + 1} ${message}`;
  });
}

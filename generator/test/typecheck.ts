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

/**
 * The consumer projects generated code must compile in (issue 14 item 5): a Node project
 * (`nodenext`, `@types/node`), a browser or bundler project (`lib: dom`, `types: []`, so no
 * Node-only API such as a timer's `unref` may be assumed), and a project that only erases types
 * (`isolatedModules`, `verbatimModuleSyntax`, `erasableSyntaxOnly`): all under the strict options.
 */
export const CONSUMER_CONFIGS: Readonly<Record<'node' | 'browser' | 'erasable syntax only', ts.CompilerOptions>> = {
  node: STRICT_OPTIONS,
  browser: {
    ...STRICT_OPTIONS,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
  },
  'erasable syntax only': { ...STRICT_OPTIONS, isolatedModules: true, verbatimModuleSyntax: true, erasableSyntaxOnly: true },
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

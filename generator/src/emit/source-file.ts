/**
 * ts-morph plumbing shared by the emitters: a module's statements, as ts-morph `*Structure`
 * objects (or raw text), printed by ts-morph's structure printer straight to text. No source file
 * is created, so the TypeScript compiler never parses what we are about to write out.
 */
import { printStructure, StructureKind, type StatementStructures } from './ts-morph.js';
import { breakParameters, INDENT } from './layout.js';
import { breakTypeLine } from './type-layout.js';

/**
 * Prints `statements` as the text of a TypeScript module in the layout of layout.ts (2-space
 * indent, single-quoted module specifiers, `\n` newlines, long parameter and argument lists one
 * item per line, long type annotations as type-layout.ts lays them out). Raw-text statements are written as they are, at column 0.
 */
export function printStatements(statements: readonly (string | StatementStructures)[]): string {
  const text = printStructure({ kind: StructureKind.SourceFile, statements: [...statements] }, PRINT_OPTIONS);
  return text
    .split('\n')
    .map((line) => {
      const typed = breakTypeLine(line);
      return typed === line ? breakParameters(line) : typed;
    })
    .join('\n');
}

const PRINT_OPTIONS = { indentNumberOfSpaces: INDENT.length, useSingleQuote: true };

/** The doc comment `/** text *\/` (one ` * ` line per line of `text` when it has several), with no line break after it. */
export function docComment(text: string): string {
  return printStructure({ kind: StructureKind.JSDoc, description: text }, PRINT_OPTIONS).trimEnd();
}

/**
 * ts-morph plumbing shared by the emitters: a module's statements, as ts-morph `*Structure`
 * objects (or raw text), printed by ts-morph's structure printer straight to text. No source file
 * is created, so the TypeScript compiler never parses what we are about to write out.
 */
import { printStructure, StructureKind, type StatementStructures } from './ts-morph.js';

/** Prints `statements` as the text of a TypeScript module (4-space indent, `\n` newlines). */
export function printStatements(statements: readonly (string | StatementStructures)[]): string {
  return printStructure({ kind: StructureKind.SourceFile, statements: [...statements] });
}

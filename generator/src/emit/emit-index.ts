/**
 * `index.gen.ts`: the public surface of one generated API — types, validators, the client
 * classes, and the runtime's error classes and validation types.
 */
import { StructureKind, type StatementStructures } from './ts-morph.js';
import { RUNTIME_EXPORTS } from '../ir/reserved-names.js';
import { printStatements } from './source-file.js';
import { namedImport } from './layout.js';

/** Emits the index module (unformatted source, no header). */
export function emitIndex(): string {
  const statements: (string | StatementStructures)[] = [
    ...['./types.gen.js', './validators.gen.js', './client.gen.js'].map(
      (moduleSpecifier): StatementStructures => ({ kind: StructureKind.ExportDeclaration, moduleSpecifier }),
    ),
    namedImport('export', [...RUNTIME_EXPORTS.values, ...RUNTIME_EXPORTS.types.map((t) => `type ${t}`)], './runtime/index.js'),
  ];
  return printStatements(statements);
}

/**
 * The parts of ts-morph the emitters use, loaded with `require`: ts-morph is a CommonJS package,
 * and importing it as an ES module makes Node scan its 2 MB entry twice more (module-format
 * detection and export-name lexing), about 130 ms of the client worker's start.
 */
import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

const tsMorph = createRequire(import.meta.url)('ts-morph') as typeof TsMorph;

export const { printStructure, Scope, StructureKind, VariableDeclarationKind } = tsMorph;
export type { ClassDeclarationStructure, MethodDeclarationStructure, StatementStructures } from 'ts-morph';

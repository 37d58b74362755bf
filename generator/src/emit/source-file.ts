/**
 * ts-morph plumbing shared by the emitters: one in-memory project, declarations added as
 * `*Structure` objects in batches, text read once (the ts-morph performance guide's advice).
 */
import { Project, type StatementStructures } from 'ts-morph';

let project: Project | undefined;
let counter = 0;

function sharedProject(): Project {
  project ??= new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  return project;
}

/** Prints `statements` as the text of a TypeScript module. */
export function printStatements(statements: readonly (string | StatementStructures)[]): string {
  const file = sharedProject().createSourceFile(`/emit-${counter++}.ts`, '', { overwrite: true });
  file.addStatements([...statements]);
  const text = file.getFullText();
  file.delete();
  return text;
}

/**
 * The one reader of `spec/<api>.yaml` for the contract suite: parsed once per process and shared
 * by the scenarios (request examples), the target guards (production servers) and the drift
 * checker (response schemas), so a run never parses the same spec twice. The packaged specs are
 * found from the package root, not the working directory; the drift checker may be given a
 * repo's own copy instead (`drift --spec FILE`), read here too.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { UserError } from '../../generator/src/diagnostics.js';
import { fromPackageRoot } from '../../generator/src/package-root.js';
import type { ApiName } from './types.js';

/** Absolute path of the packaged `spec/<api>.yaml`. */
export function specPath(api: ApiName): string {
  return fromPackageRoot(`spec/${api}.yaml`);
}

/** Parsed documents by absolute file path. */
const documents = new Map<string, Record<string, unknown>>();

/**
 * The parsed OpenAPI document of `api`, from `file` (default the packaged spec); plain data,
 * callers must not modify it.
 * @throws {UserError} naming the file when it cannot be read or parsed, or is not a YAML or JSON object.
 */
export function specDocument(api: ApiName, file: string = specPath(api)): Record<string, unknown> {
  let document = documents.get(file);
  if (document === undefined) {
    let parsed: unknown;
    try {
      parsed = parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new UserError(`cannot read the spec ${file}: ${(error as Error).message}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new UserError(`the spec ${file} is not an OpenAPI document (a YAML or JSON object)`);
    document = parsed as Record<string, unknown>;
    documents.set(file, document);
  }
  return document;
}

/**
 * The one reader of `spec/<api>.yaml` for the contract suite: parsed once per process and shared
 * by the scenarios (request examples), the target guards (production servers) and the drift
 * checker (response schemas), so a run never parses the same spec twice.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { UserError } from '../../generator/src/diagnostics.js';
import { fromPackageRoot } from '../../generator/src/package-root.js';
import type { ApiName } from './types.js';

/** Absolute path of `spec/<api>.yaml`. */
export function specPath(api: ApiName): string {
  return fromPackageRoot(`spec/${api}.yaml`);
}

const documents = new Map<ApiName, Record<string, unknown>>();

/**
 * The parsed OpenAPI document of `api` (plain data; callers must not modify it).
 * @throws {UserError} naming the file when it cannot be read or parsed.
 */
export function specDocument(api: ApiName): Record<string, unknown> {
  let document = documents.get(api);
  if (document === undefined) {
    const file = specPath(api);
    try {
      document = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new UserError(`cannot read the spec ${file}: ${(error as Error).message}`);
    }
    documents.set(api, document);
  }
  return document;
}

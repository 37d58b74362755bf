/**
 * Test helper: reads the JSON Schema Test Suite (`../shared/conformance/`, absent from a user's
 * clone): its test groups per dialect directory, in file order.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the suite's `tests/` folder is; tests that need it skip when it is absent. */
export const SUITE_ROOT = '/work/shared/conformance/json-schema-test-suite/tests';

/** One test group: a schema and the instances it must accept (`valid`) or refuse. */
export interface Group {
  description: string;
  schema: unknown;
  tests: { description: string; data: unknown; valid: boolean }[];
}

/** The dialect directories run, and the OpenAPI dialect each is read as. */
export const DIALECTS = [
  { dir: 'draft2020-12', dialect: 'openapi-3.1', openapi: '3.1.0' },
  { dir: 'draft4', dialect: 'openapi-3.0', openapi: '3.0.3' },
] as const;

/** The suite's files of `dir` (relative to it), the required ones first, then `optional/`. */
export function suiteFiles(dir: string): string[] {
  const list = (sub: string): string[] =>
    existsSync(join(SUITE_ROOT, dir, sub))
      ? readdirSync(join(SUITE_ROOT, dir, sub))
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => (sub === '' ? f : `${sub}/${f}`))
      : [];
  return [...list(''), ...list('optional'), ...list('optional/format')];
}

/** The test groups of one suite file. */
export function suiteGroups(dir: string, file: string): Group[] {
  return JSON.parse(readFileSync(join(SUITE_ROOT, dir, file), 'utf8')) as Group[];
}

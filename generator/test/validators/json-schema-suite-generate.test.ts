/**
 * The JSON Schema Test Suite through the real path (issue 15 item 6): each test group's schema is a
 * component schema of an OpenAPI document (3.1 for draft2020-12, 3.0 for draft4), the document is
 * generated in-process like `api-contracts generate` does, and the generated `validators.gen.ts`
 * is imported and must judge every test as the suite says. Unlike the compiler-level run
 * (`json-schema-test-suite.test.ts`), the loader's refusals count here: a refused group fails
 * unless `LOADER_SKIPPED` in `suite-skips.ts` lists it with the reason.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSuite, type SuiteCase, type SuiteRun } from './suite-document.js';
import { DIALECTS, SUITE_ROOT, suiteFiles, suiteGroups } from './suite-files.js';
import { LOADER_SKIPPED, loaderSkipFor, skipFor } from './suite-skips.js';

const present = existsSync(SUITE_ROOT);
if (!present) console.log(`JSON Schema Test Suite (generate path) skipped: ${SUITE_ROOT} is absent (not part of a user's clone)`);

const runs: SuiteRun[] = [];
afterAll(() => Promise.all(runs.map((r) => rm(r.dir, { recursive: true, force: true }))));

describe.skipIf(!present)('JSON Schema Test Suite through generate', () => {
  for (const { dir, openapi } of DIALECTS) {
    describe(dir, () => {
      const files = present ? suiteFiles(dir) : [];
      const cases: SuiteCase[] = [];
      for (const file of files) {
        for (const group of suiteGroups(dir, file)) {
          if (group.tests.every((t) => skipFor(dir, file, group.description, t.description) !== undefined)) continue;
          if (loaderSkipFor(dir, file, group.description)?.crash === true) continue;
          cases.push({ file, group, name: `Case${cases.length + 1}` });
        }
      }
      let run: SuiteRun;
      beforeAll(async () => {
        run = await generateSuite(cases, openapi);
        runs.push(run);
      }, 180_000);

      for (const file of files) {
        const inFile = cases.filter((c) => c.file === file);
        if (inFile.length === 0) continue;
        it(file, () => {
          const failures: string[] = [];
          for (const { group, name } of inFile) {
            const refusal = run.refused.get(name);
            if (refusal !== undefined) {
              if (loaderSkipFor(dir, file, group.description) === undefined) failures.push(`${group.description}: refused (${refusal})`);
              continue;
            }
            if (loaderSkipFor(dir, file, group.description)?.group !== undefined) failures.push(`${group.description}: generates now, drop its skip`);
            const v = run.validators.get(name);
            if (v === undefined) throw new Error(`internal: no validators for ${name}`);
            for (const t of group.tests) {
              if (skipFor(dir, file, group.description, t.description) !== undefined) continue;
              let asserted = true;
              try {
                v.assert(t.data);
              } catch {
                asserted = false;
              }
              const result = v.validate(t.data);
              if (result.valid !== t.valid || v.is(t.data) !== t.valid || asserted !== t.valid) {
                failures.push(`${group.description} :: ${t.description}: expected ${t.valid ? 'valid' : 'invalid'}`);
              }
            }
          }
          expect(failures).toEqual([]);
        });
      }

      it('generates most groups and refuses only the groups the loader skip list names', () => {
        expect(run.validators.size + run.refused.size).toBe(cases.length);
        expect(run.validators.size).toBeGreaterThan(cases.length / 2);
        const listed = LOADER_SKIPPED.filter((s) => s.dir === dir && s.crash !== true);
        const unused = listed.filter((s) => !cases.some((c) => run.refused.has(c.name) && loaderSkipFor(dir, c.file, c.group.description) === s));
        expect(unused.map((s) => `${s.file} :: ${s.group ?? '*'}`)).toEqual([]);
      });
    });
  }
});

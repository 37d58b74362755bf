/**
 * Runs the JSON Schema Test Suite against the compiled validators: draft2020-12 as OpenAPI 3.1,
 * draft4 as OpenAPI 3.0 (boolean exclusive bounds, `id`, siblings of `$ref` ignored). Each case's
 * schema is compiled as its own document (pointer `#`); `validate`, `is` and `assert` must agree
 * with the expected result, and compilation must report no error diagnostic.
 * Skips are listed with reasons in `suite-skips.ts`.
 */
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSchema } from './load-validators.js';
import { DIALECTS, SUITE_ROOT, suiteFiles, suiteGroups } from './suite-files.js';
import { SKIPPED, skipFor } from './suite-skips.js';

const present = existsSync(SUITE_ROOT);
if (!present) console.log(`JSON Schema Test Suite skipped: ${SUITE_ROOT} is absent (it is not part of a user's clone)`);

const counts = new Map<string, { passed: number; total: number; skipped: number }>();

describe.skipIf(!present)('JSON Schema Test Suite', () => {
  for (const { dir, dialect } of DIALECTS) {
    const tally = { passed: 0, total: 0, skipped: 0 };
    counts.set(dir, tally);
    describe(dir, () => {
      for (const file of present ? suiteFiles(dir) : []) {
        const groups = suiteGroups(dir, file);
        for (const group of groups) {
          const cases = group.tests.filter((t) => skipFor(dir, file, group.description, t.description) === undefined);
          tally.skipped += group.tests.length - cases.length;
          if (cases.length === 0) continue;
          it(`${file} :: ${group.description}`, () => {
            const v = loadSchema(group.schema, dialect);
            expect(v.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
            const failures: string[] = [];
            for (const c of cases) {
              const result = v.validate(c.data);
              let asserted = true;
              try {
                v.assert(c.data);
              } catch {
                asserted = false;
              }
              if (result.valid !== c.valid || v.is(c.data) !== c.valid || asserted !== c.valid) failures.push(c.description);
              if (!result.valid && result.errors.length === 0) failures.push(`${c.description} (no errors reported)`);
            }
            tally.total += cases.length;
            tally.passed += cases.length - new Set(failures.map((f) => f.replace(/ \(no errors reported\)$/, ''))).size;
            expect(failures).toEqual([]);
          });
        }
      }
    });
  }

  afterAll(() => {
    for (const [dir, c] of counts) console.log(`${dir}: ${c.passed}/${c.total} passed (${c.skipped} cases skipped)`);
    const rows = SKIPPED.map((s) => `  ${s.dir}/${s.file}${s.group ? ` :: ${s.group}` : ''}${s.test ? ` :: *${s.test}*` : ''} — ${s.reason}`);
    console.log(`SKIPPED:\n${rows.join('\n')}`);
  });
});

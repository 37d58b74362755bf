/**
 * Runs the JSON Schema Test Suite against the compiled validators: draft2020-12 as OpenAPI 3.1,
 * draft4 as OpenAPI 3.0 (boolean exclusive bounds, `id`, siblings of `$ref` ignored). Each case's
 * schema is compiled as its own document (pointer `#`); `validate`, `is` and `assert` must agree
 * with the expected result, and compilation must report no error diagnostic.
 * Skips are listed with reasons in `suite-skips.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSchema } from './load-validators.js';
import { SKIPPED, skipFor } from './suite-skips.js';

const ROOT = '/work/shared/conformance/json-schema-test-suite/tests';
const present = existsSync(ROOT);
if (!present) console.log(`JSON Schema Test Suite skipped: ${ROOT} is absent (it is not part of a user's clone)`);

interface Group {
  description: string;
  schema: unknown;
  tests: { description: string; data: unknown; valid: boolean }[];
}

const DIALECTS = [
  { dir: 'draft2020-12', dialect: 'openapi-3.1' },
  { dir: 'draft4', dialect: 'openapi-3.0' },
] as const;

function suiteFiles(dir: string): string[] {
  const list = (sub: string): string[] =>
    existsSync(join(ROOT, dir, sub))
      ? readdirSync(join(ROOT, dir, sub))
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => (sub === '' ? f : `${sub}/${f}`))
      : [];
  return [...list(''), ...list('optional'), ...list('optional/format')];
}

const counts = new Map<string, { passed: number; total: number; skipped: number }>();

describe.skipIf(!present)('JSON Schema Test Suite', () => {
  for (const { dir, dialect } of DIALECTS) {
    const tally = { passed: 0, total: 0, skipped: 0 };
    counts.set(dir, tally);
    describe(dir, () => {
      for (const file of present ? suiteFiles(dir) : []) {
        const groups = JSON.parse(readFileSync(join(ROOT, dir, file), 'utf8')) as Group[];
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

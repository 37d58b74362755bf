/**
 * Real documents have defects users cannot fix. The vendor's full ABConnect document (257 paths,
 * 330 schemas, no operationIds, 14 path template variables without a path parameter (two declared as query
 * parameters), a self-referencing
 * `JToken`) must generate with one warning per defect and compile under strict settings.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../run-cli.js';
import { typecheck } from '../typecheck.js';
import { generateInto } from './generate-into.js';

const VENDOR = path.join(ROOT, '../shared/reference/abconnect/acportal-swagger.json');
const present = existsSync(VENDOR);
if (!present) console.log('skipped: the vendor ABConnect document (../shared/reference) is not in this checkout');

describe.skipIf(!present)('the vendor ABConnect document', () => {
  it('generates with one warning per defect and type-checks strictly', async () => {
    const result = await generateInto(VENDOR, 'acportal');
    const byCode = (code: string) => result.diagnostics.filter((d) => d.code === code);
    expect(byCode('missing-path-parameter')).toHaveLength(14);
    for (const d of byCode('missing-path-parameter')) {
      expect(d.severity).toBe('warning');
      expect(d.pointer).toMatch(/^#\/paths\/~1api~1/);
    }
    // Two of them declare {historyAmount} as a query parameter: it is taken as the path parameter.
    const misplaced = byCode('missing-path-parameter').filter((d) => /assumed the query parameter "historyAmount" is it/.test(d.message));
    expect(misplaced.map((d) => d.pointer)).toEqual([
      '#/paths/~1api~1v2~1job~1{jobDisplayId}~1tracking~1{historyAmount}/get/parameters/1',
      '#/paths/~1api~1v3~1job~1{jobDisplayId}~1tracking~1{historyAmount}/get/parameters/1',
    ]);
    expect(byCode('missing-path-parameter').filter((d) => /assumed a required string parameter/.test(d.message))).toHaveLength(12);
    expect(byCode('self-referencing-schema').map((d) => d.pointer)).toEqual(['#/components/schemas/JToken/items']);
    expect(byCode('missing-operation-id').length).toBe(294);
    expect(result.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    const files = result.files.filter((f) => f.path.endsWith('.ts')).map((f) => path.join(result.out, f.path));
    expect(typecheck(files)).toEqual([]);
  }, 180_000);
});

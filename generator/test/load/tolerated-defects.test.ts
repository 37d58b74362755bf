/**
 * Defects every other tool tolerates (issue 15 item 2) load with a warning that names the file,
 * the JSON pointer and the assumption made, instead of Redocly's `struct` error.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UserError, hasErrors } from '../../src/diagnostics.js';
import { loadSpec } from '../../src/load/load-spec.js';

const FEATURES = fileURLToPath(new URL('../fixtures/features/', import.meta.url));

async function warningsOf(name: string): Promise<{ file: string; diagnostics: Awaited<ReturnType<typeof loadSpec>>['diagnostics'] }> {
  const file = path.join(FEATURES, `${name}.yaml`);
  const spec = await loadSpec(file);
  expect(hasErrors(spec.diagnostics)).toBe(false);
  return { file: path.relative(process.cwd(), file), diagnostics: spec.diagnostics };
}

describe('tolerated defects', () => {
  it('nullable in 3.1 is read as 3.0 did', async () => {
    const { file, diagnostics } = await warningsOf('nullable-31');
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'nullable-in-3.1',
        severity: 'warning',
        file,
        pointer: '#/components/schemas/Thing/properties/note/nullable',
        message: expect.stringContaining('read as 3.0 did: `nullable: true` admits null besides the schema\'s type'),
      }),
    ]);
  });

  it('boolean exclusive bounds in 3.1 are read as 3.0 did', async () => {
    const { file, diagnostics } = await warningsOf('exclusive-bounds-boolean-31');
    const count = '#/components/schemas/Thing/properties/count';
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'boolean-exclusive-bound-in-3.1',
        severity: 'warning',
        file,
        pointer: `${count}/exclusiveMinimum`,
        message: expect.stringContaining('read as 3.0 did: true makes minimum exclusive'),
      }),
      expect.objectContaining({
        code: 'boolean-exclusive-bound-in-3.1',
        pointer: `${count}/exclusiveMaximum`,
        message: expect.stringContaining('true makes maximum exclusive'),
      }),
    ]);
  });

  it('the content of an x- extension is accepted as written', async () => {
    const { file, diagnostics } = await warningsOf('extension-content');
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'extension-content',
        severity: 'warning',
        file,
        pointer: '#/paths/~1things/get/x-codeSamples/0/lang',
        message: expect.stringContaining('Extensions are free-form: x-codeSamples is accepted as written'),
      }),
    ]);
  });

  it('a property named x-… is a schema, not an extension: its structural error still refuses', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tolerated-defects-'));
    try {
      const file = path.join(dir, 'spec.yaml');
      await writeFile(
        file,
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n      properties:\n        x-count: {type: integer, minimum: low}\n",
      );
      const error = await loadSpec(file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).diagnostics).toEqual([
        expect.objectContaining({ code: 'struct', severity: 'error', pointer: '#/components/schemas/A/properties/x-count/minimum' }),
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Schema defects every other tool tolerates (issue 15 item 2) generate, with a warning naming the
 * file, the JSON pointer and the assumption; the generated validators apply that assumption.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateInto } from './generate-into.js';

const FEATURES = fileURLToPath(new URL('../fixtures/features/', import.meta.url));
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

type Validate = (x: unknown) => boolean;

async function generated(name: string): Promise<{ file: string; diagnostics: unknown[]; validators: Record<string, unknown> }> {
  const spec = path.join(FEATURES, `${name}.yaml`);
  const result = await generateInto(spec, name);
  dirs.push(result.dir);
  const validators = (await import(pathToFileURL(path.join(result.out, 'validators.gen.ts')).href)) as Record<string, unknown>;
  return { file: path.relative(process.cwd(), spec), diagnostics: result.diagnostics, validators };
}

function validatorOf(validators: Record<string, unknown>, schema: string): Validate {
  const fn = validators[`is${schema}`];
  if (typeof fn !== 'function') throw new Error(`no is${schema} in ${Object.keys(validators).join(', ')}`);
  return fn as Validate;
}

describe('enum values that contradict type', () => {
  it('are kept and the type is widened to admit them, with a warning per enum', async () => {
    const { file, diagnostics, validators } = await generated('enum-contradicts-type');
    const props = '#/components/schemas/Thing/properties';
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'enum-contradicts-type',
        severity: 'warning',
        file,
        pointer: `${props}/level/enum`,
        message: 'enum value "three" is not of type integer; kept, and the type is widened to admit string',
      }),
      expect.objectContaining({
        code: 'enum-contradicts-type',
        pointer: `${props}/kind/enum`,
        message: 'enum values 5, true are not of type string; kept, and the type is widened to admit number, boolean',
      }),
    ]);
    const isThing = validatorOf(validators, 'Thing');
    expect([isThing({ level: 'three' }), isThing({ level: 2 }), isThing({ kind: true }), isThing({ kind: 5 })]).toEqual([true, true, true, true]);
    expect([isThing({ level: 'two' }), isThing({ level: 3 }), isThing({ kind: false }), isThing({ kind: '5' })]).toEqual([false, false, false, false]);
  });
});

describe('required names that no properties in reach define', () => {
  it('warn once per name and mean "must be present, any value"', async () => {
    const { file, diagnostics, validators } = await generated('required-without-properties');
    const assumption = expect.stringContaining('assumed: must be present, any value');
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'required-without-property', severity: 'warning', file, pointer: '#/components/schemas/Thing/required/1', message: assumption }),
      expect.objectContaining({ code: 'required-without-property', severity: 'warning', file, pointer: '#/components/schemas/Piece/allOf/1/required/2', message: assumption }),
    ]);
    const isThing = validatorOf(validators, 'Thing');
    expect([isThing({ id: 'a', name: 'n', ghost: 1 }), isThing({ id: 'a', name: 'n', ghost: null }), isThing({ id: 'a', name: 'n' })]).toEqual([true, true, false]);
    const isPiece = validatorOf(validators, 'Piece');
    expect([isPiece({ id: 'a', name: 'n', shade: [] }), isPiece({ id: 'a', name: 'n' })]).toEqual([true, false]);
  });

  it('required by an allOf owner whose member may be null still admit null, as the types do', async () => {
    const { validators } = await generated('required-without-properties');
    const isOther = validatorOf(validators, 'Other');
    expect([isOther(null), isOther({ id: 'a' }), isOther({})]).toEqual([true, true, false]);
  });
});

/**
 * Valid OpenAPI that Redocly's rules used to refuse (issue 15 item 1) generates without errors,
 * and the generated validators read each construct as the specification says.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateInto } from './generate-into.js';

const FEATURES = fileURLToPath(new URL('../fixtures/features/', import.meta.url));
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

type Validate = (x: unknown) => boolean;

async function generated(name: string): Promise<{ diagnostics: unknown[]; types: string; validate: (schema: string) => Validate }> {
  const result = await generateInto(path.join(FEATURES, `${name}.yaml`), name);
  dirs.push(result.dir);
  const validators = (await import(pathToFileURL(path.join(result.out, 'validators.gen.ts')).href)) as Record<string, unknown>;
  const validate = (schema: string): Validate => {
    const fn = validators[`is${schema}`];
    if (typeof fn !== 'function') throw new Error(`no is${schema} in ${Object.keys(validators).join(', ')}`);
    return fn as Validate;
  };
  return { diagnostics: result.diagnostics, types: await readFile(path.join(result.out, 'types.gen.ts'), 'utf8'), validate };
}

describe('discriminator mapping values that are schema names (OAS 3.1 §4.8.25)', () => {
  it('generate without diagnostics and select the named schema, in types and validators alike', async () => {
    const { diagnostics, types, validate } = await generated('discriminator-mapping-names');
    expect(diagnostics).toEqual([]);
    expect([types.includes("kind: 'cat';"), types.includes("kind: 'Cat';")]).toEqual([true, false]);
    const isPet = validate('Pet');
    expect([isPet({ kind: 'cat', meows: true }), isPet({ kind: 'dog', barks: true })]).toEqual([true, true]);
    expect([isPet({ kind: 'cat', barks: true }), isPet({ kind: 'dog', meows: true }), isPet({ kind: 'cow' })]).toEqual([false, false, false]);
  });
});

describe('a $ref whose JSON pointer ends in an empty-string key (RFC 6901)', () => {
  it('generates without diagnostics and resolves to the property named ""', async () => {
    const { diagnostics, validate } = await generated('pointer-empty-key');
    expect(diagnostics).toEqual([]);
    const isA = validate('A');
    expect([isA({ '': 'ok' }), isA({ '': 'x' }), isA({ '': 3 })]).toEqual([true, false, false]);
    const isB = validate('B');
    expect([isB({ blank: 'ok' }), isB({ blank: 'x' }), isB({})]).toEqual([true, false, true]);
  });
});

describe('boolean schemas in 3.1 (JSON Schema 2020-12 §4.3.2)', () => {
  it('generate without diagnostics: true admits any value, false none', async () => {
    const { diagnostics, validate } = await generated('boolean-schemas');
    expect(diagnostics).toEqual([]);
    const values = [null, 0, 'x', {}, []];
    expect(values.map(validate('Anything'))).toEqual([true, true, true, true, true]);
    expect(values.map(validate('Nothing'))).toEqual([false, false, false, false, false]);
    expect(values.map(validate('NotAnything'))).toEqual([false, false, false, false, false]);
    expect(values.map(validate('EitherOr'))).toEqual([true, true, true, true, true]);
    const isHolder = validate('Holder');
    expect([isHolder({ any: 1, free: 'x', either: null }), isHolder({ never: 1 }), isHolder({ banned: null })]).toEqual([true, false, false]);
    expect([isHolder({ defs: { x: 'anything' } }), isHolder({ defs: { y: null } }), isHolder({ defs: 1 })]).toEqual([true, false, false]);
  });
});

/**
 * Issue 15 item 3: schema nesting of 300 levels and very wide objects give a validators module that
 * type-checks under strict settings (no TS2563 "too large for control-flow analysis"), grows in
 * proportion to the document (a nested `anyOf` used to be compiled once per enclosing level), and
 * still accepts and refuses correctly. Deep and large checks are split into named functions.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ValidationResult } from '../../runtime/validation.js';
import { generateInto } from '../generate/generate-into.js';
import { typecheck } from '../typecheck.js';
import { DEEP_LEVELS, deepDocument, deepValue, leafPath, leafSchemaPath } from './deep-document.js';
import { loadValidators } from './load-validators.js';
import { emitValidators } from '../../src/validators/emit-validators.js';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** Lines of the longest top-level function of a module (from `function` to its closing brace). */
function longestFunction(code: string): number {
  let longest = 0;
  let start = -1;
  code.split('\n').forEach((line, i) => {
    if (/^(export )?function /.test(line)) start = i;
    else if (line === '}' && start >= 0) {
      longest = Math.max(longest, i - start + 1);
      start = -1;
    }
  });
  return longest;
}

describe(`a document nesting ${DEEP_LEVELS} schema levels (through $refs, within the loader's limits)`, () => {
  it('generates a validators module that type-checks strictly, with no function over 300 lines', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'deep-nesting-'));
    dirs.push(dir);
    const spec = path.join(dir, 'deep.json');
    await writeFile(spec, JSON.stringify(deepDocument(), null, 2));
    const result = await generateInto(spec, 'deep');
    dirs.push(result.dir);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const file = path.join(result.out, 'validators.gen.ts');
    const code = await readFile(file, 'utf8');
    expect(longestFunction(code)).toBeLessThanOrEqual(300);
    // Linear in the document: a few kilobytes per schema level, not the megabytes of quadratic inlining.
    expect(code.length).toBeLessThan(DEEP_LEVELS * 2000);
    expect(typecheck([file])).toEqual([]);

    const validators = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const validate = validators['validateLevel0'] as (x: unknown) => ValidationResult;
    const is = validators['isLevel0'] as (x: unknown) => boolean;
    expect([is(deepValue('ok')), validate(deepValue('ok')).valid]).toEqual([true, true]);
    expect(is(deepValue('x'))).toBe(false);
    const refused = validate(deepValue('x'));
    expect(refused.valid).toBe(false);
    // Deepest first: the leaf's error, then what each enclosing anyOf adds (cut at maxErrors).
    expect(refused.valid ? undefined : refused.errors[0]).toMatchObject({ instancePath: leafPath(), keyword: 'minLength', schemaPath: leafSchemaPath() });
  });
});

describe('inline nesting and width within one component', () => {
  const anyOfChain = (levels: number): unknown => {
    let schema: unknown = { type: 'string', minLength: 2 };
    for (let i = 0; i < levels; i++) schema = { anyOf: [{ type: 'object', required: ['in'], properties: { in: schema } }, { type: 'integer', minimum: i }] };
    return schema;
  };
  const chainCode = (levels: number): string => {
    const schema = anyOfChain(levels);
    const target = { name: 'Chain', schema, pointer: '#', direction: 'neutral' as const, typeExpression: 'unknown' };
    return emitValidators({ document: schema, dialect: 'openapi-3.1', file: 'chain.yaml', runtimeImport: './r.js', targets: [target] }).code;
  };
  const wide = { type: 'object', required: ['p0', 'p2999'], properties: Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`p${i}`, { type: 'string', minLength: 1 }])) };
  const document = { openapi: '3.1.0', components: { schemas: { Chain: anyOfChain(45), Wide: wide } } };
  const targets = (['Chain', 'Wide'] as const).map((name) => ({
    name,
    schema: document.components.schemas[name],
    pointer: `#/components/schemas/${name}`,
    direction: 'neutral' as const,
    typeExpression: 'unknown',
  }));
  const loaded = loadValidators({ document, dialect: 'openapi-3.1', targets });

  it('are split into functions of at most 300 lines, the module linear in the schema size', async () => {
    expect(longestFunction(loaded.code)).toBeLessThanOrEqual(300);
    // Three times the levels, about three times the code (inlining each anyOf per level made it nine).
    expect(chainCode(45).length / chainCode(15).length).toBeLessThan(4);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'deep-inline-'));
    dirs.push(dir);
    const runtime = path.resolve(import.meta.dirname, '../../runtime/validation.js');
    const file = path.join(dir, 'validators.gen.ts');
    await writeFile(file, loaded.code.replace('"./runtime/validation.js"', JSON.stringify(runtime)));
    await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    expect(typecheck([file])).toEqual([]);
  });

  it('accept and refuse as the schema says, errors naming the deep location', () => {
    const chain = loaded.validators['Chain'];
    const wideV = loaded.validators['Wide'];
    if (chain === undefined || wideV === undefined) throw new Error('validators missing');
    let ok: unknown = 'ok';
    let bad: unknown = 'x';
    for (let i = 0; i < 45; i++) {
      ok = { in: ok };
      bad = { in: bad };
    }
    expect([chain.is(ok), chain.is(bad), chain.is(50), chain.is(7)]).toEqual([true, false, true, false]);
    const errors = chain.validate(bad);
    expect(errors.valid).toBe(false);
    expect(errors.valid ? [] : errors.errors.map((e) => e.keyword)).toContain('minLength');
    const full = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`p${i}`, 'v']));
    expect(wideV.is(full)).toBe(true);
    expect(wideV.is({ ...full, p1500: '' })).toBe(false);
    expect(wideV.validate({ ...full, p1500: '', p2999: 5 })).toMatchObject({
      valid: false,
      errors: [
        { instancePath: '/p1500', schemaPath: '#/components/schemas/Wide/properties/p1500/minLength', keyword: 'minLength' },
        { instancePath: '/p2999', schemaPath: '#/components/schemas/Wide/properties/p2999/type', keyword: 'type' },
      ],
    });
    expect(wideV.validate({ p0: 'v' })).toMatchObject({ valid: false, errors: [{ keyword: 'required', params: { missingProperty: 'p2999' } }] });
  });
});

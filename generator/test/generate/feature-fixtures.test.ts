/**
 * Single-feature fixture specs (`generator/test/fixtures/features/`), as Hey API tests its
 * generator: every generated file (but the copied runtime) is snapshotted, and the whole output
 * type-checks under `strict`, `noUncheckedIndexedAccess` and `exactOptionalPropertyTypes`, in the
 * Node and in the browser consumer configuration (one program per configuration over all fixtures).
 */
import { readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONSUMER_CONFIGS, typecheck } from '../typecheck.js';
import { FIXTURE_USAGE } from './fixture-usage.js';
import { generateInto } from './generate-into.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/features/', import.meta.url));
const names = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

const outputs: string[] = [];

describe.each(names)('fixture %s', (name) => {
  it('generates files matching the snapshots', async () => {
    const result = await generateInto(path.join(FIXTURES, `${name}.yaml`), name.replace(/[^a-z0-9]+/g, '-'));
    outputs.push(...result.files.map((f) => path.join(result.out, f.path)).filter((f) => f.endsWith('.ts')));
    const usage = FIXTURE_USAGE[name];
    if (usage !== undefined) {
      await writeFile(path.join(result.out, 'usage.ts'), usage);
      outputs.push(path.join(result.out, 'usage.ts'));
    }
    for (const file of result.files.filter((f) => !f.path.startsWith('runtime/'))) {
      await expect(file.contents).toMatchFileSnapshot(`./__snapshots__/${name}/${file.path}`);
    }
    expect(result.files.map((f) => f.path)).toEqual(expect.arrayContaining(['client.gen.ts', 'index.gen.ts', 'types.gen.ts', 'validators.gen.ts', 'runtime/index.ts']));
  });
});

describe('all fixture outputs type-check strictly', () => {
  it.each(['node', 'browser'] as const)('in the %s configuration', (config) => {
    expect(outputs.length).toBeGreaterThan(names.length * 4);
    expect(typecheck(outputs, CONSUMER_CONFIGS[config])).toEqual([]);
  }, 240_000); // one program over every fixture's output and runtime copy
});

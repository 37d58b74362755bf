/**
 * Only the valid constructs of issue 15 item 1 lose Redocly's finding: the same shapes where
 * OpenAPI does not allow them are still refused, located.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostics.js';
import { lintSpec } from '../../src/load/lint-spec.js';
import { loadSpec } from '../../src/load/load-spec.js';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function refusal(version: string, schemas: string): Promise<{ code: string; pointer: string }[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'false-positives-'));
  dirs.push(dir);
  const file = path.join(dir, 'openapi.yaml');
  const paths = "paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        '200':\n          description: ok\n";
  await writeFile(file, `openapi: ${version}\ninfo: { title: T, version: '1' }\n${paths}components:\n  schemas:\n${schemas}`);
  const error = await loadSpec(file).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return (error as UserError).diagnostics.filter((d) => d.severity === 'error').map(({ code, pointer }) => ({ code, pointer }));
}

describe('constructs OpenAPI does not allow are still refused', () => {
  it('a discriminator mapping name that names no schema', async () => {
    const schemas = '    Pet:\n      oneOf: [{ $ref: "#/components/schemas/Cat" }]\n      discriminator: { propertyName: kind, mapping: { cat: Kat } }\n    Cat: { type: object }\n';
    expect(await refusal('3.1.0', schemas)).toEqual([{ code: 'no-unresolved-refs', pointer: '#/components/schemas/Pet/discriminator/mapping/cat' }]);
  });

  it('a boolean schema in 3.0', async () => {
    expect(await refusal('3.0.3', '    Anything: true\n')).toEqual([{ code: 'struct', pointer: '#/components/schemas/Anything' }]);
  });

  it('a misspelt keyword in a schema whose properties have no empty name', async () => {
    expect(await refusal('3.1.0', '    A:\n      type: object\n      propertys: { a: { type: string } }\n')).toEqual([
      { code: 'struct', pointer: '#/components/schemas/A/propertys' },
    ]);
  });
});

describe('api-contracts lint', () => {
  it.each(['discriminator-mapping-names', 'boolean-schemas', 'pointer-empty-key'])('reports no error for the valid constructs of %s', async (name) => {
    const file = fileURLToPath(new URL(`../fixtures/features/${name}.yaml`, import.meta.url));
    const findings = (await lintSpec(file)).filter((d) => ['struct', 'no-unresolved-refs'].includes(d.code));
    expect(findings).toEqual([]);
  });
});

/**
 * A local `$ref` that leaves the spec's folder is read, with a `ref-outside-spec-folder` warning
 * naming its JSON pointer and the file it reads; one that stays inside gives no warning.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/load/load-spec.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ref-locality-'));
  await mkdir(path.join(dir, 'api/parts'), { recursive: true });
  await writeFile(path.join(dir, 'shared.yaml'), 'Outside: {type: string}\n');
  await writeFile(path.join(dir, 'api/parts/inside.yaml'), 'Inside: {type: integer}\n');
  await writeFile(
    path.join(dir, 'api/spec.yaml'),
    [
      "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:",
      "    A: {$ref: '../shared.yaml#/Outside'}",
      "    B: {$ref: 'parts/inside.yaml#/Inside'}\n",
    ].join('\n'),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('local $refs leaving the spec folder', () => {
  it('are read, with one warning naming the pointer and the target', async () => {
    const spec = await loadSpec(path.join(dir, 'api/spec.yaml'));
    const warnings = spec.diagnostics.filter((d) => d.code === 'ref-outside-spec-folder');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', pointer: '#/components/schemas/A' });
    expect(warnings[0]?.message).toContain('"../shared.yaml#/Outside"');
    expect(warnings[0]?.message).toContain(path.relative(process.cwd(), path.join(dir, 'shared.yaml')));
    expect(JSON.stringify(spec.document)).toContain('"Outside"');
  });
});

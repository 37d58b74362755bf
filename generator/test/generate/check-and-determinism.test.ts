/**
 * Determinism and staleness: two runs give the same bytes; `generate --check` passes on the
 * committed `generated/` tree, and names the stale, missing and extra files (exit 1) when the
 * tree differs from what the specs produce, writing nothing.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateApi } from '../../src/generate/generate-api.js';
import { ROOT, runCli } from '../run-cli.js';

const PAYQUICKER = {
  name: 'payquicker',
  spec: path.join(ROOT, 'spec/payquicker.yaml'),
  output: path.join(ROOT, 'generated/payquicker'),
  clientName: 'PayQuickerClient',
  envPrefix: 'PAYQUICKER',
};

describe('determinism', () => {
  it('generates identical bytes twice in a row', async () => {
    const first = await generateApi(PAYQUICKER);
    const second = await generateApi(PAYQUICKER);
    expect(second.files.map((f) => f.path)).toEqual(first.files.map((f) => f.path));
    second.files.forEach((f, i) => expect(f.contents).toBe(first.files[i]?.contents));
  });
});

describe('generate --check', () => {
  it('passes on the committed generated/ tree', async () => {
    const result = await runCli(['generate', '--check']);
    expect(result.stdout).toContain('generated code is up to date (2 APIs)');
    expect(result.code).toBe(0);
  });

  it('names stale, missing and extra files, exits 1 and writes nothing', async () => {
    const project = await mkdtemp(path.join(os.tmpdir(), 'api-contracts-check-'));
    await cp(path.join(ROOT, 'spec'), path.join(project, 'spec'), { recursive: true });
    await cp(path.join(ROOT, 'generated'), path.join(project, 'generated'), { recursive: true });
    await cp(path.join(ROOT, 'api-contracts.config.json'), path.join(project, 'api-contracts.config.json'));
    const client = path.join(project, 'generated/payquicker/client.gen.ts');
    await writeFile(client, `${await readFile(client, 'utf8')}\n// edited by hand\n`);
    await rm(path.join(project, 'generated/abconnect/index.gen.ts'));
    await writeFile(path.join(project, 'generated/abconnect/notes.ts'), 'export {};\n');
    const result = await runCli(['generate', '--check'], project);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('stale: generated/payquicker/client.gen.ts');
    expect(result.stdout).toContain('missing: generated/abconnect/index.gen.ts');
    expect(result.stdout).toContain('not generated (remove it): generated/abconnect/notes.ts');
    expect(await readFile(client, 'utf8')).toMatch(/edited by hand/);
  });
});

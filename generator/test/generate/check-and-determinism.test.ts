/**
 * Determinism and staleness: two runs give the same bytes; `generate --check` passes on the
 * committed `generated/` tree, and names the stale, missing and extra files (exit 1) when the
 * tree differs from what the specs produce, writing nothing. The bytes do not depend on the
 * working directory: the `Source:` header names the spec relative to the config file's folder (or,
 * for `--spec/--out`, to the spec's own folder).
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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

/** A project holding only payquicker's spec, committed output and a config naming just it. */
async function payquickerProject(): Promise<string> {
  const project = await mkdtemp(path.join(os.tmpdir(), 'api-contracts-cwd-'));
  await cp(path.join(ROOT, 'spec/payquicker.yaml'), path.join(project, 'spec/payquicker.yaml'));
  await cp(path.join(ROOT, 'generated/payquicker'), path.join(project, 'generated/payquicker'), { recursive: true });
  const config = JSON.parse(await readFile(path.join(ROOT, 'api-contracts.config.json'), 'utf8')) as { apis: { name: string }[] };
  const apis = config.apis.filter((a) => a.name === 'payquicker');
  await writeFile(path.join(project, 'api-contracts.config.json'), JSON.stringify({ apis }));
  await mkdir(path.join(project, 'sub'));
  return project;
}

describe('output independent of the working directory', () => {
  it('generate --check from a subfolder, with --config, says up to date', async () => {
    const project = await payquickerProject();
    const result = await runCli(['generate', '--check', '--config', '../api-contracts.config.json'], path.join(project, 'sub'));
    expect(result.stdout).toContain('generated code is up to date (1 APIs)');
    expect(result.code).toBe(0);
  });

  it('--spec/--out names the spec relative to its own folder, from any working directory', async () => {
    const project = await payquickerProject();
    const fromRoot = await runCli(['generate', '--spec', 'spec/payquicker.yaml', '--out', 'out-a', '--quiet'], project);
    const fromSub = await runCli(['generate', '--spec', '../spec/payquicker.yaml', '--out', '../out-b', '--quiet'], path.join(project, 'sub'));
    expect([fromRoot.code, fromSub.code]).toEqual([0, 0]);
    const a = await readFile(path.join(project, 'out-a/types.gen.ts'), 'utf8');
    const b = await readFile(path.join(project, 'out-b/types.gen.ts'), 'utf8');
    expect(a.split('\n')[1]).toMatch(/^\/\/ Source: payquicker\.yaml \(sha256:/);
    expect(b).toBe(a);
  });
});

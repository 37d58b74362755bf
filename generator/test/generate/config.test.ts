/**
 * The config file: JSON or TypeScript, defaults applied, and bad entries reported with the file
 * and the JSON pointer of each bad field.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { UserError } from '../../src/diagnostics.js';

async function project(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'api-contracts-config-'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

describe('loadConfig', () => {
  it('reads a JSON config and applies defaults', async () => {
    const dir = await project({ 'api-contracts.config.json': '{ "apis": [{ "name": "pet-store", "spec": "openapi.yaml" }] }' });
    const config = await loadConfig(undefined, dir);
    expect(config.apis).toEqual([
      {
        name: 'pet-store',
        spec: path.join(dir, 'openapi.yaml'),
        output: path.join(dir, 'generated/pet-store'),
        clientName: 'PetStoreClient',
        envPrefix: 'PET_STORE',
        sourceBase: dir,
      },
    ]);
  });

  it('reads a TypeScript config', async () => {
    const dir = await project({
      'api-contracts.config.ts': 'export default { apis: [{ name: "shop", spec: "shop.json", clientName: "ShopApi" }] };\n',
    });
    const config = await loadConfig(undefined, dir);
    expect(config.apis[0]?.clientName).toBe('ShopApi');
    expect(config.file).toBe(path.join(dir, 'api-contracts.config.ts'));
  });

  it('reports each bad field with the file and its JSON pointer', async () => {
    const dir = await project({
      'api-contracts.config.json': '{ "apis": [{ "name": "Bad Name", "spec": "" }, { "name": "ok", "spec": "a.yaml" }, { "name": "ok", "spec": "b.yaml" }] }',
    });
    const error = await loadConfig(undefined, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const problems = (error as UserError).diagnostics.map((d) => `${path.basename(d.file)} ${d.pointer}`);
    expect(problems).toEqual([
      'api-contracts.config.json #/apis/0/name',
      'api-contracts.config.json #/apis/0/spec',
      'api-contracts.config.json #/apis/2/name',
    ]);
  });

  it('refuses outputs that overlap, since each is replaced as a whole', async () => {
    const dir = await project({
      'api-contracts.config.json': JSON.stringify({
        apis: [
          { name: 'a', spec: 'a.yaml', output: 'generated' },
          { name: 'b', spec: 'b.yaml', output: 'generated/b' },
          { name: 'c', spec: 'c.yaml', output: 'out/c' },
          { name: 'd', spec: 'd.yaml', output: 'out/c/' },
          { name: 'e', spec: 'e.yaml', output: 'generated-e' },
        ],
      }),
    });
    const error = await loadConfig(undefined, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const problems = (error as UserError).diagnostics.map((d) => `${d.pointer} ${d.message}`);
    expect(problems).toEqual([
      expect.stringMatching(/^#\/apis\/1\/output lies in or is the output of #\/apis\/0;/),
      expect.stringMatching(/^#\/apis\/2\/output lies in or is the output of #\/apis\/3;/),
      expect.stringMatching(/^#\/apis\/3\/output lies in or is the output of #\/apis\/2;/),
    ]);
  });

  it('keys targets by the names of apis[], so a config of its own API loads', async () => {
    const apis = [{ name: 'pet-store', spec: 'openapi.yaml' }];
    const targets = { staging: { 'pet-store': { baseUrl: 'https://pets.example.test/v1' }, fixturesFile: 'staging.json' } };
    const dir = await project({ 'api-contracts.config.json': JSON.stringify({ apis, targets }) });
    const config = await loadConfig(undefined, dir);
    expect(config.targets).toEqual({ staging: { servers: { 'pet-store': { baseUrl: 'https://pets.example.test/v1' } }, fixturesFile: 'staging.json' } });
  });

  it('refuses a target entry that names no API of apis[], with its JSON pointer', async () => {
    const apis = [{ name: 'pet-store', spec: 'openapi.yaml' }];
    const targets = { staging: { 'pet-store': { baseUrl: 'https://pets.example.test/v1' }, payquicker: { baseUrl: 'https://pq.example.test' } }, empty: {} };
    const dir = await project({ 'api-contracts.config.json': JSON.stringify({ apis, targets }) });
    const error = await loadConfig(undefined, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).diagnostics.map((d) => `${d.pointer} ${d.message}`)).toEqual([
      '#/targets/staging/payquicker unknown API; use a name of #/apis: pet-store',
      '#/targets/empty names no API; add a server { baseUrl } for one of: pet-store',
    ]);
  });

  it('says what to do when there is no config file', async () => {
    const dir = await project({});
    await expect(loadConfig(undefined, dir)).rejects.toThrow(/--spec <file> --out <dir>/);
  });
});

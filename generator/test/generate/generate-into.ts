/**
 * Runs the generator pipeline in-process on one spec and writes the tree to a temporary folder
 * (with a `package.json` marking it ESM, as a consumer's project would be). Test helper.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateApi, type GeneratedApi } from '../../src/generate/generate-api.js';
import { writeTree } from '../../src/generate/write-tree.js';
import { pascalCase, screamingSnakeCase } from '../../src/ir/naming.js';
import { ROOT } from '../run-cli.js';

/** The generated tree of `spec` (its `Source:` header relative to the repository root), written under a fresh temporary folder (`dir/<name>`). */
export async function generateInto(spec: string, name: string): Promise<GeneratedApi & { dir: string; out: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'api-contracts-test-'));
  await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  const out = path.join(dir, name);
  const result = await generateApi({
    name,
    spec: path.resolve(spec),
    output: out,
    clientName: `${pascalCase(name)}Client`,
    envPrefix: screamingSnakeCase(name),
    sourceBase: ROOT, // headers name the spec from the repository root, wherever vitest runs
  });
  await writeTree(out, result.files);
  return { ...result, dir, out };
}

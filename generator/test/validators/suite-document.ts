/**
 * Test helper: runs JSON Schema Test Suite groups through the real generation path. Every group's
 * schema becomes a component schema (`Case1`, `Case2`, …) of one OpenAPI document per dialect,
 * `generateApi` generates it in-process, the tree is written to a temporary folder and its
 * `validators.gen.ts` imported. A group whose schema the loader refuses is taken out (the refusal
 * names its JSON pointer) and the rest generated again, so one refusal does not hide the others.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ValidateOptions, ValidationResult } from '../../runtime/validation.js';
import { UserError } from '../../src/diagnostics.js';
import { generateApi } from '../../src/generate/generate-api.js';
import { writeTree } from '../../src/generate/write-tree.js';
import { forEachSubschema, isSchemaObject } from '../../src/validators/subschemas.js';
import type { Group } from './suite-files.js';

/** The three exported functions of one case. */
export interface CaseValidators {
  validate: (value: unknown, options?: ValidateOptions) => ValidationResult;
  is: (value: unknown) => boolean;
  assert: (value: unknown) => void;
}

/** One group placed in the document. */
export interface SuiteCase {
  file: string;
  group: Group;
  name: string;
}

/** What generating the groups gave: the validators of each case, or the loader's refusal. */
export interface SuiteRun {
  dir: string;
  validators: Map<string, CaseValidators>;
  refused: Map<string, string>;
}

const BASE = '#/components/schemas/';
/** Generation rounds: each takes out the groups the previous refusal named. */
const MAX_ROUNDS = 8;

/**
 * The group's schema as a component at `#/components/schemas/<name>`: a `$ref` to `#…` meant the
 * schema's own root, so it is rewritten to the component's pointer, except inside a subschema
 * with an `$id` of its own (there `#` is that resource) and when the root has an `$id` (then the
 * validators resolve `#` against it, as JSON Schema says).
 */
export function asComponent(schema: unknown, name: string, dialect: 'openapi-3.0' | 'openapi-3.1'): unknown {
  const copy = structuredClone(schema);
  if (!isSchemaObject(copy) || copy['$id'] !== undefined || copy['id'] !== undefined) return copy;
  const rewrite = (node: unknown, root: boolean): void => {
    if (!isSchemaObject(node)) return;
    if (!root && (typeof node['$id'] === 'string' || (dialect === 'openapi-3.0' && typeof node['id'] === 'string'))) return;
    const ref = node['$ref'];
    if (typeof ref === 'string' && ref.startsWith('#')) node['$ref'] = `${BASE}${name}${ref.slice(1)}`;
    forEachSubschema(node, dialect, (child) => rewrite(child, false));
  };
  rewrite(copy, true);
  return copy;
}

/**
 * Generates one document holding every case of `cases` for OpenAPI `openapi` and imports its
 * validators. A refused case is recorded with the refusal's message; a refusal that names no case
 * is rethrown.
 */
export async function generateSuite(cases: readonly SuiteCase[], openapi: '3.0.3' | '3.1.0'): Promise<SuiteRun> {
  const dialect = openapi === '3.0.3' ? 'openapi-3.0' : 'openapi-3.1';
  const dir = await mkdtemp(path.join(os.tmpdir(), 'suite-generate-'));
  await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  const refused = new Map<string, string>();
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const kept = cases.filter((c) => !refused.has(c.name));
    const schemas = Object.fromEntries(kept.map((c) => [c.name, asComponent(c.group.schema, c.name, dialect)]));
    const spec = path.join(dir, `suite-${round}.json`);
    await writeFile(spec, JSON.stringify({ openapi, info: { title: 'Suite', version: '1.0.0' }, paths: {}, components: { schemas } }));
    const out = path.join(dir, `out-${round}`);
    try {
      const result = await generateApi({ name: 'suite', spec, output: out, clientName: 'SuiteClient', envPrefix: 'SUITE', sourceBase: dir });
      await writeTree(out, result.files);
      const module = (await import(pathToFileURL(path.join(out, 'validators.gen.ts')).href)) as Record<string, unknown>;
      const validators = new Map(kept.map((c) => [c.name, exportsOf(module, c.name)]));
      return { dir, validators, refused };
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      const named = error.diagnostics.flatMap((d) => {
        const name = caseOf(d.pointer);
        return name === undefined ? [] : [[name, `${d.code ?? 'error'}: ${d.message}`] as const];
      });
      if (named.length === 0) throw error;
      for (const [name, message] of named) if (!refused.has(name)) refused.set(name, message);
    }
  }
  throw new Error(`still refused after ${MAX_ROUNDS} rounds: ${[...refused.keys()].join(', ')}`);
}

function caseOf(pointer: string | undefined): string | undefined {
  return pointer?.startsWith(BASE) ? pointer.slice(BASE.length).split('/')[0] : undefined;
}

function exportsOf(module: Record<string, unknown>, name: string): CaseValidators {
  const pick = <T>(prefix: string): T => {
    const fn = module[`${prefix}${name}`];
    if (typeof fn !== 'function') throw new Error(`validators.gen.ts exports no ${prefix}${name}`);
    return fn as T;
  };
  return { validate: pick('validate'), is: pick('is'), assert: pick('assert') };
}

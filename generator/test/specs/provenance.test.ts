/**
 * Provenance of spec/*.yaml (convention in spec/README.md): every operation, response, schema,
 * security scheme and constraint is vendor-sourced or marked as ours, the markers never reach
 * generated code, and what is marked vendor-sourced agrees with the vendor material in
 * ../shared/reference (checked only where that folder is beside the checkout).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { generateApi } from '../../src/generate/generate-api.js';
import { isVendorSource, provenanceNodes, provenanceProblems, type ProvenanceNode } from '../../src/load/provenance.js';

type Json = Record<string, unknown>;
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const REFERENCE = path.join(ROOT, '../shared/reference');
const SPECS = ['payquicker', 'abconnect'] as const;
const load = (name: string): Json => parse(readFileSync(path.join(ROOT, `spec/${name}.yaml`), 'utf8')) as Json;

/** The node at a `#/…` JSON pointer of `doc`. */
function at(doc: Json, pointer: string): Json {
  let node: unknown = doc;
  for (const token of pointer.slice(2).split('/')) node = (node as Json)[token.replaceAll('~1', '/').replaceAll('~0', '~')];
  return node as Json;
}

describe.each(SPECS)('spec/%s.yaml provenance', (name) => {
  const doc = load(name);
  const nodes = provenanceNodes(doc);

  it('has no node that is neither vendor-sourced nor marked', () => {
    const unsourced = nodes.filter((n) => n.source === undefined).map((n) => `${n.kind} ${n.pointer}`);
    expect(unsourced).toEqual([]);
    expect(nodes.length).toBeGreaterThan(40);
  });

  it('has only well-formed markers', () => {
    expect(provenanceProblems(doc)).toEqual([]);
  });
});

describe('provenance markers and generated code', () => {
  /** `doc` without any `x-api-contracts-source`, `-why` or `-ours`. */
  function stripMarkers(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(stripMarkers);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !/^x-api-contracts-(source|why|ours)$/.test(k))
        .map(([k, v]) => [k, stripMarkers(v)]),
    );
  }

  it('generates the same code with and without the markers, but for the source hash', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'provenance-'));
    const generate = async (file: string): Promise<Map<string, string>> => {
      const api = await generateApi({ name: 'payquicker', spec: file, output: path.join(dir, 'out'), clientName: 'PayQuickerClient', envPrefix: 'PAYQUICKER' });
      return new Map(api.files.map((f) => [f.path, f.contents.replace(/^\/\/ Source: .*$/m, '')]));
    };
    const stripped = path.join(dir, 'payquicker.yaml');
    await writeFile(stripped, stringify(stripMarkers(load('payquicker'))));
    const marked = await generate(path.join(ROOT, 'spec/payquicker.yaml'));
    const plain = await generate(stripped);
    expect([...marked.keys()]).toEqual([...plain.keys()]);
    for (const [file, text] of marked) {
      expect(text, file).toBe(plain.get(file));
      expect(text, file).not.toContain('x-api-contracts-source');
    }
  });
});

const haveReference = existsSync(REFERENCE);
if (!haveReference) console.info(`vendor provenance check skipped: ${REFERENCE} is absent (no ../shared beside this checkout)`);

const vendorNodes = (doc: Json, kind: ProvenanceNode['kind']): ProvenanceNode[] =>
  provenanceNodes(doc).filter((n) => n.kind === kind && isVendorSource(n.source));
const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const kebab = (name: string): string => snake(name).replace(/^_/, '').replaceAll('_', '-');

/** The vendor docs' wording of a constraint (doc/models/*.md, doc/controllers/jobs.md). */
function constraintText(keyword: string, value: unknown): string | undefined {
  switch (keyword) {
    case 'minLength':
      return `*Minimum Length*: \`${String(value)}\``;
    case 'maxLength':
      return `*Maximum Length*: \`${String(value)}\``;
    case 'pattern':
      return `*Pattern*: \`${String(value).replaceAll('|', '\\|')}\``;
    case 'minItems':
      return `*Minimum Items*: \`${String(value)}\``;
    case 'maxItems':
      return `*Maximum Items*: \`${String(value)}\``;
    case 'uniqueItems':
      return '*Unique Items Required*';
    case 'minimum':
      return `\`>= ${String(value)}\``;
    case 'maximum':
      return `\`<= ${String(value)}\``;
    default:
      return undefined;
  }
}

/** Rows of the vendor's field tables in `text`, keyed by the field name in backticks. */
function rowsOf(text: string): Map<string, string> {
  return new Map([...text.matchAll(/^\| `([^`]+)` \|.*$/gm)].map((m) => [m[1] ?? '', m[0]]));
}

describe.skipIf(!haveReference)('PayQuicker vendor-sourced nodes against ../shared/reference/payquicker', () => {
  const doc = load('payquicker');
  const docs = path.join(REFERENCE, 'payquicker/doc');
  const facts = haveReference ? readFileSync(path.join(REFERENCE, 'payquicker/FACTS.md'), 'utf8') : '';
  const jobs = haveReference ? readFileSync(path.join(docs, 'controllers/jobs.md'), 'utf8') : '';
  const MODEL_FILE: Record<string, string> = { ApiErrorResult: 'api-error-result-exception', OAuthProviderError: 'o-auth-provider-exception', OAuthToken: 'o-auth-token' };

  it('finds every vendor-sourced operation in the Jobs controller or the token facts', () => {
    for (const node of vendorNodes(doc, 'operation')) {
      const id = String(at(doc, node.pointer)['operationId']);
      if (id === 'requestToken') expect(facts).toContain('POST {base}/auth/connect/token');
      else expect(jobs, id).toContain(`def ${snake(id)}(`);
    }
  });

  it('finds the status of every vendor-sourced response in the vendor docs', () => {
    const documented = new Set(['200', 'default', ...[...jobs.matchAll(/^\| (\d{3}) \|/gm)].map((m) => m[1])]);
    for (const node of vendorNodes(doc, 'response').filter((n) => n.pointer.startsWith('#/paths/'))) {
      const status = node.pointer.split('/').at(-1) ?? '';
      if (node.pointer.includes('auth~1connect~1token')) {
        expect(facts).toContain('Token errors: 400 and 401 with `OAuthProviderException` body');
        expect(['200', '400', '401'], node.pointer).toContain(status);
      } else expect(documented.has(status), node.pointer).toBe(true);
    }
  });

  it("matches every vendor-sourced model's fields, Required tags and constraints", () => {
    for (const node of vendorNodes(doc, 'schema')) {
      const name = node.pointer.split('/').at(-1) ?? '';
      const schema = at(doc, node.pointer);
      const file = path.join(docs, 'models', `${MODEL_FILE[name] ?? kebab(name)}.md`);
      if (!existsSync(file)) {
        expect(['OAuthTokenRequest', 'PaymentJob'], `${name}: no model doc`).toContain(name);
        continue;
      }
      const text = readFileSync(file, 'utf8');
      const rows = rowsOf(text);
      for (const value of (schema['enum'] ?? []) as unknown[]) expect(`${text}\n${facts}`, `${name} ${String(value)}`).toContain(String(value));
      const properties = (schema['properties'] ?? {}) as Record<string, Json | boolean>;
      const required = new Set((schema['required'] ?? []) as string[]);
      for (const [prop, sub] of Object.entries(properties)) {
        const row = rows.get(snake(prop)) ?? rows.get(prop);
        expect(row, `${name}.${prop}: no row in ${path.basename(file)}`).toBeDefined();
        expect(row?.includes('| Required |'), `${name}.${prop} Required`).toBe(required.has(prop));
        if (typeof sub !== 'object' || (sub['x-api-contracts-source'] !== undefined && !isVendorSource(sub['x-api-contracts-source'] as never))) continue;
        const ours = new Set((sub['x-api-contracts-ours'] ?? []) as string[]);
        for (const [keyword, value] of Object.entries(sub)) {
          const wording = ours.has(keyword) ? undefined : constraintText(keyword, value);
          if (wording !== undefined) expect(row, `${name}.${prop} ${keyword}`).toContain(wording);
        }
      }
    }
  });

  it("matches every vendor-sourced parameter's Required tag and constraints", () => {
    for (const [key, param] of Object.entries(at(doc, '#/components/parameters') as Record<string, Json>)) {
      const schema = param['schema'] as Json;
      if (param['name'] === 'X-MyPayQuicker-Version') {
        expect(facts).toContain('`X-MyPayQuicker-Version`: date-based API version, required on every call');
        expect(schema['x-api-contracts-ours'], 'the pattern is ours').toContain('pattern');
        continue;
      }
      const row = rowsOf(jobs).get(snake(String(param['name']).replace(/-(\w)/g, (_m, c: string) => c.toUpperCase())));
      expect(row, key).toBeDefined();
      expect(row?.includes('Required'), `${key} required`).toBe(param['required'] === true);
      for (const [keyword, value] of Object.entries(schema)) {
        const wording = constraintText(keyword, value);
        if (wording !== undefined) expect(row, `${key} ${keyword}`).toContain(wording);
      }
    }
  });
});

describe.skipIf(!haveReference)('ABConnect vendor-sourced nodes against ../shared/reference/abconnect', () => {
  const doc = load('abconnect');
  const vendor = haveReference
    ? (JSON.parse(readFileSync(path.join(REFERENCE, 'abconnect/acportal-swagger.json'), 'utf8')) as Json)
    : {};
  const vendorPaths = (vendor['paths'] ?? {}) as Record<string, Record<string, Json>>;
  const vendorSchemas = ((vendor['components'] as Json | undefined)?.['schemas'] ?? {}) as Record<string, Json>;

  it('finds every vendor-openapi operation, its vendor-sourced statuses and no stricter request body', () => {
    const operations = vendorNodes(doc, 'operation').filter((n) => n.source === 'vendor-openapi');
    expect(operations).toHaveLength(10);
    for (const node of operations) {
      const [, , rawPath, method] = node.pointer.split('/');
      const route = (rawPath ?? '').replaceAll('~1', '/');
      const theirs = vendorPaths[route]?.[method ?? ''];
      expect(theirs, node.pointer).toBeDefined();
      const ours = at(doc, node.pointer);
      const statuses = Object.keys((theirs?.['responses'] ?? {}) as Json);
      for (const response of vendorNodes(doc, 'response').filter((r) => r.pointer.startsWith(`${node.pointer}/responses/`))) {
        expect(statuses, response.pointer).toContain(response.pointer.split('/').at(-1));
      }
      const body = ours['requestBody'] as Json | undefined;
      if (body?.['required'] === true) expect((theirs?.['requestBody'] as Json | undefined)?.['required'], node.pointer).toBe(true);
    }
  });

  it("matches every vendor-openapi schema's properties, closedness and enum", () => {
    for (const node of vendorNodes(doc, 'schema').filter((n) => n.source === 'vendor-openapi')) {
      const name = node.pointer.split('/').at(-1) ?? '';
      const ours = at(doc, node.pointer);
      const theirs = vendorSchemas[name];
      expect(theirs, name).toBeDefined();
      expect(Object.keys((ours['properties'] ?? {}) as Json), name).toEqual(Object.keys((theirs?.['properties'] ?? {}) as Json));
      expect(ours['additionalProperties'] === false, `${name} additionalProperties`).toBe(theirs?.['additionalProperties'] === false);
      expect(ours['enum'], `${name} enum`).toEqual(theirs?.['enum']);
      expect(ours['required'], `${name} required`).toEqual(theirs?.['required']);
    }
  });
});

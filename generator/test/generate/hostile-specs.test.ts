/**
 * Hostile documents (issue 12 items 3 and 5): each is written into a temporary folder and given to
 * the real CLI, which must exit 2 with a message naming the file and the JSON pointer, write
 * nothing, never reach exit 70 and, for a remote `$ref`, send no request at all.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useRecordingListener } from '../recording-listener.js';
import { runCli } from '../run-cli.js';

/** Records every request: a remote `$ref` must not reach it (it answers 404 when allowed to). */
const listener = useRecordingListener();
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'api-contracts-hostile-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const HEAD = "openapi: 3.1.0\ninfo: {title: hostile, version: '1'}\n";
/** One operation whose 200 response body is `schema` (a YAML flow value). */
const operation = (schema: string): string =>
  `${HEAD}paths:\n  /t:\n    get:\n      operationId: getT\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: ${schema}\n`;
const SCHEMA_POINTER = '#/paths/~1t/get/responses/200/content/application~1json/schema';

/** "Billion laughs": nine levels of nine aliases, 9^9 strings once expanded, from 0.6 KB of YAML. */
const ALIAS_BOMB = [
  'x-laughs:',
  '  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  ...Array.from({ length: 9 }, (_, i) => `  l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`),
  '',
].join('\n');

/** `count` component schemas S0…S<count>, S<i> being `entry(i)` (a YAML flow value) and the last a string. */
const schemas = (count: number, entry: (i: number) => string): string =>
  `${operation("{$ref: '#/components/schemas/S0'}")}components:\n  schemas:\n${Array.from({ length: count }, (_, i) => `    S${i}: ${entry(i)}\n`).join('')}    S${count}: {type: string}\n`;

/** A JSON document whose response schema nests `depth` object schemas. */
function nestedObjects(depth: number): string {
  const schema = `${'{"type":"object","properties":{"p":'.repeat(depth)}{"type":"string"}${'}}'.repeat(depth)}`;
  return `{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{"/t":{"get":{"operationId":"getT","responses":{"200":{"description":"ok","content":{"application/json":{"schema":${schema}}}}}}}}}`;
}

interface HostileCase {
  name: string;
  /** The files to write, by path relative to the temporary folder; the first one is the spec. */
  files: () => Record<string, string>;
  extraArgs?: string[];
  /** The diagnostic code and JSON pointer of the located message. */
  code: string;
  pointer: string;
  text: RegExp;
  /** The requests the listener must have received. */
  requests?: string[];
}

const CASES: HostileCase[] = [
  {
    name: 'remote $ref',
    files: () => ({ 'spec.yaml': operation(`{$ref: '${listener.origin}/evil.yaml#/Thing'}`) }),
    code: 'no-unresolved-refs',
    pointer: SCHEMA_POINTER,
    text: /remote \$ref http:\/\/127\.0\.0\.1:\d+\/evil\.yaml is not fetched: .*--allow-remote-refs/,
  },
  {
    name: 'remote $ref in a referenced local file',
    files: () => ({
      'spec.yaml': operation("{$ref: 'schemas.yaml#/Thing'}"),
      'schemas.yaml': `Thing:\n  type: object\n  properties:\n    evil: {$ref: '${listener.origin}/evil.yaml#/Evil'}\n`,
    }),
    code: 'no-unresolved-refs',
    pointer: '#/Thing/properties/evil',
    text: /remote \$ref .* is not fetched/,
  },
  {
    name: 'remote $ref with --allow-remote-refs (fetched: the listener answers 404)',
    files: () => ({ 'spec.yaml': operation(`{$ref: '${listener.origin}/evil.yaml#/Thing'}`) }),
    extraArgs: ['--allow-remote-refs'],
    code: 'no-unresolved-refs',
    pointer: SCHEMA_POINTER,
    text: /Failed to load http:\/\/127\.0\.0\.1:\d+\/evil\.yaml: 404/,
    requests: ['GET /evil.yaml'],
  },
  {
    name: 'YAML alias bomb',
    files: () => ({ 'spec.yaml': `${HEAD}paths: {}\n${ALIAS_BOMB}` }),
    code: 'parse-error',
    pointer: '#/x-laughs/l2/0',
    text: /Excessive alias count .* \(here \*l1\)/,
  },
  {
    name: 'YAML alias bomb in a referenced file',
    files: () => ({ 'spec.yaml': operation("{$ref: 'laughs.yaml#/Thing'}"), 'laughs.yaml': `Thing: {type: string}\n${ALIAS_BOMB}` }),
    code: 'no-unresolved-refs',
    pointer: SCHEMA_POINTER,
    text: /Excessive alias count/,
  },
  {
    name: 'pure $ref cycle to itself',
    files: () => ({ 'spec.yaml': `${operation("{$ref: '#/components/schemas/Self'}")}components:\n  schemas:\n    Self: {$ref: '#/components/schemas/Self'}\n` }),
    code: 'ref-cycle',
    pointer: '#/components/schemas/Self',
    text: /\$ref cycle with no schema in between: #\/components\/schemas\/Self → #\/components\/schemas\/Self/,
  },
  {
    name: 'pure $ref cycle A → B → A',
    files: () => ({
      'spec.yaml': `${operation("{$ref: '#/components/schemas/A'}")}components:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n`,
    }),
    code: 'ref-cycle',
    pointer: '#/components/schemas/A',
    text: /#\/components\/schemas\/A → #\/components\/schemas\/B → #\/components\/schemas\/A/,
  },
  {
    name: 'pure $ref cycle through a pointer into a $ref',
    files: () => ({ 'spec.yaml': `${operation("{$ref: '#/components/schemas/A/items'}")}components:\n  schemas:\n    A: {$ref: '#/components/schemas/A/items'}\n` }),
    code: 'ref-cycle',
    pointer: '#/components/schemas/A',
    text: /\$ref cycle/,
  },
  {
    name: 'pure $ref cycle across files',
    files: () => ({
      'spec.yaml': operation("{$ref: 'a.yaml#/A'}"),
      'a.yaml': "A: {$ref: 'b.yaml#/B'}\n",
      'b.yaml': "B: {$ref: 'a.yaml#/A'}\n",
    }),
    code: 'ref-cycle',
    pointer: '#/A',
    text: /a\.yaml#\/A → .*b\.yaml#\/B → .*a\.yaml#\/A/,
  },
  {
    name: '$ref chain of 600',
    files: () => ({ 'spec.yaml': schemas(600, (i) => `{$ref: '#/components/schemas/S${i + 1}'}`) }),
    code: 'ref-chain-too-long',
    pointer: SCHEMA_POINTER,
    text: /\$ref chain longer than 100 hops: .* → #\/components\/schemas\/S0 → /,
  },
  {
    name: 'objects nested 500 deep (JSON)',
    files: () => ({ 'spec.json': nestedObjects(500) }),
    code: 'nesting-too-deep',
    pointer: `${SCHEMA_POINTER}${'/properties/p'.repeat(46)}/properties`,
    text: /nest deeper than 100 levels/,
  },
  {
    name: 'arrays nested 500 deep (YAML)',
    files: () => ({ 'spec.yaml': `${HEAD}paths: {}\nx-deep: ${'['.repeat(500)}x${']'.repeat(500)}\n` }),
    code: 'nesting-too-deep',
    pointer: `#/x-deep${'/0'.repeat(100)}`,
    text: /nest deeper than 100 levels/,
  },
  {
    name: 'schemas nested 600 deep through $refs',
    files: () => ({ 'spec.yaml': schemas(600, (i) => `{type: object, properties: {p: {$ref: '#/components/schemas/S${i + 1}'}}}`) }),
    code: 'nesting-too-deep',
    pointer: '#/components/schemas/S330/properties/p',
    text: /nest deeper than 1000 levels here counting the levels entered through \$refs/,
  },
];

/** Writes the files of `hostile` under `folder` and returns the spec's path relative to it. */
async function writeCase(folder: string, hostile: HostileCase): Promise<string> {
  const written = hostile.files();
  for (const [file, contents] of Object.entries(written)) {
    await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
    await writeFile(path.join(folder, file), contents);
  }
  return Object.keys(written)[0] ?? '';
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each(CASES)('generate --spec <$name>', ({ name, files, extraArgs = [], code, pointer, text, requests: expected }) => {
  it('exits 2 with a located message, writes nothing and fetches nothing', async () => {
    const folder = path.join(dir, name.replace(/\W+/g, '-'));
    const spec = await writeCase(folder, { name, files, code, pointer, text });
    const out = path.join(folder, 'out');
    const result = await runCli(['generate', '--spec', spec, '--out', out, ...extraArgs], folder);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(result.code).toBe(2);
    const located = result.stderr.split('\n').filter((l) => l.includes(` error [${code}] `));
    expect(located.length).toBeGreaterThanOrEqual(1);
    expect(located[0]).toMatch(new RegExp(`^[\\w./-]+\\.(yaml|json)(:\\d+)? ${escapeRegExp(pointer)} error`));
    expect(located[0]).toMatch(text);
    expect(existsSync(out)).toBe(false);
    expect(listener.requests).toEqual(expected ?? []);
  });
});

describe('lint on the single-file hostile documents', () => {
  it('exits 2 with each located message and fetches nothing', async () => {
    const folder = path.join(dir, 'lint');
    const single = CASES.filter((c) => Object.keys(c.files()).length === 1 && c.extraArgs === undefined);
    const specs: string[] = [];
    for (const [i, hostile] of single.entries()) {
      const spec = await writeCase(path.join(folder, String(i)), hostile);
      specs.push(path.join(String(i), spec));
    }
    const result = await runCli(['lint', ...specs], folder);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(result.code).toBe(2);
    for (const [i, hostile] of single.entries()) {
      const where = new RegExp(`^${escapeRegExp(specs[i] ?? '')}(:\\d+)? ${escapeRegExp(hostile.pointer)} error \\[${hostile.code}\\] `, 'm');
      expect(result.stdout, hostile.name).toMatch(where);
    }
    expect(listener.requests).toEqual([]);
  });
});

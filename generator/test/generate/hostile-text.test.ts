/**
 * Issue 12 item 1: document text reaches generated code escaped for its context. A document
 * whose every text field tries to break out (hostile-document.ts) is generated under and over
 * 64 KB (where prettier used to stop formatting); the output must type-check, import without running anything (no canary
 * file, no global), keep every string exactly, and read the same in its doc comments.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../run-cli.js';
import { typecheck } from '../typecheck.js';
import { docComments } from './doc-comments.js';
import { generateInto } from './generate-into.js';
import { CANARY, hostileDocument, PATTERN, payload, type HostileTexts } from './hostile-document.js';

/** Fields whose text the generated doc comments carry (ours, and openapi-typescript's). */
const DOCUMENTED = [
  'info.title',
  'info.version',
  'tag description',
  'schema title',
  'schema description',
  'property description',
  'examples',
  'example',
  'default',
  'format',
  'path 0',
  'operationId 0',
  'summary 0',
  'description 0',
  'parameter description 0',
  'request body description',
  'response description 0',
];

/** What the child process that imports the output reports. */
interface ImportReport {
  pwned: unknown;
  operationIds: string[];
  paths: string[];
  parameterNames: string[][];
  valid: boolean;
  invalid: boolean;
}

/** tsx's loader, for `node --import` in a folder without node_modules. */
const TSX = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

/**
 * Imports `index` (a generated index.gen.ts) in a fresh Node process through tsx, as a consumer's
 * code would, in `cwd` (where a payload would write its canary).
 */
function importInChild(index: string, texts: HostileTexts, cwd: string): Promise<ImportReport> {
  const script = `
    const m = await import(${JSON.stringify(pathToFileURL(index).href)});
    const descriptors = Object.values(m.operationDescriptors);
    const isThing = m[Object.keys(m).find((k) => k.startsWith('isThing'))];
    const thing = (name) => ({ [${JSON.stringify(texts.get('property name'))}]: name, kind: 'plain', fixed: ${JSON.stringify(texts.get('const'))} });
    console.log(JSON.stringify({
      pwned: '__pwned' in globalThis,
      operationIds: descriptors.map((d) => d.operationId),
      paths: descriptors.map((d) => d.path),
      parameterNames: descriptors.map((d) => d.parameters.map((p) => p.name)),
      valid: isThing(thing("*/\`\${}'\\\\\\u2028")),
      invalid: isThing(thing('abc')),
    }));`;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', TSX, '--input-type=module', '-e', script], { cwd }, (error, stdout, stderr) => {
      if (error) reject(new Error(`import failed: ${stderr}`));
      else resolve(JSON.parse(stdout) as ImportReport);
    });
  });
}

/** Comparable text: line breaks as `\n`, without spaces around them (trailing ones, the indentation of continued comment lines). */
function normalized(text: string): string {
  return text.trim().replace(/\r\n?/g, '\n').replace(/[ \t]*\n[ \t]*/g, '\n');
}

describe.each([
  ['one operation: every module under 64 KB', 1],
  ['40 operations: every module over 64 KB', 40],
])('generating from a hostile document with %s', (_, operations) => {
  it('writes code that type-checks, runs nothing on import, and keeps every text', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'api-contracts-hostile-'));
    const canary = path.join(dir, CANARY);
    const texts: HostileTexts = new Map();
    const document = hostileDocument(operations, texts);
    // The spec's file name is in every module's `// Source:` line comment.
    const spec = path.join(dir, `hostile \u2028${payload()};\u2029${payload()};\n${payload()};.json`);
    await writeFile(spec, JSON.stringify(document, null, 2));
    const result = await generateInto(spec, 'hostile');

    const modules = result.files.filter((f) => f.path.endsWith('.gen.ts') && f.path !== 'index.gen.ts');
    expect(modules.map((f) => f.path).sort()).toEqual(['client.gen.ts', 'types.gen.ts', 'validators.gen.ts']);
    for (const file of modules) expect(file.contents.length > 64 * 1024, file.path).toBe(operations > 1);

    const sources = result.files.filter((f) => f.path.endsWith('.ts')).map((f) => path.join(result.out, f.path));
    expect(typecheck(sources)).toEqual([]);

    const report = await importInChild(path.join(result.out, 'index.gen.ts'), texts, dir);
    expect(report.pwned).toBe(false);
    expect(existsSync(canary)).toBe(false);
    const paths = Object.keys(document['paths'] as object);
    expect(report.paths).toEqual(paths);
    expect(report.operationIds).toEqual(paths.map((_, i) => texts.get(`operationId ${i}`)));
    expect(report.parameterNames[0]).toEqual(expect.arrayContaining([texts.get('query parameter 0'), texts.get('header parameter 0'), 'code']));
    expect(report).toMatchObject({ valid: true, invalid: false });
    expect(new RegExp(PATTERN, 'u').test("*/`${}'")).toBe(true);

    const comments = result.files.filter((f) => f.path.endsWith('.gen.ts')).flatMap((f) => docComments(f.contents).map(normalized));
    for (const field of DOCUMENTED) {
      const text = normalized(texts.get(field) ?? '');
      expect(comments.some((c) => c.includes(text)), `doc comment with the ${field}`).toBe(true);
    }
    for (const file of modules) {
      const source = ts.createSourceFile(file.path, file.contents, ts.ScriptTarget.Latest, true);
      const forged: string[] = [];
      const visit = (node: ts.Node): void => {
        for (const tag of ts.getJSDocTags(node)) if (tag.tagName.text === 'deprecated') forged.push(tag.getText());
        ts.forEachChild(node, visit);
      };
      visit(source);
      expect(forged, `${file.path}: @deprecated tags from document text`).toEqual([]);
      expect(file.contents, `${file.path}: raw hidden characters`).not.toMatch(/(?![\t\n])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u);
    }
  }, 600_000);
});

/** Breaks a hostile document in one way the IR builder or the loader reports. */
const BREAKAGES: [string, string, (document: Record<string, unknown>) => void][] = [
  ['a duplicate operationId', '[duplicate-operation-id]', (document) => {
    const [first, second] = Object.values(document['paths'] as Record<string, { get: Record<string, unknown> }>);
    second!.get['operationId'] = first!.get['operationId'];
  }],
  ['a $ref to a missing schema', '[no-unresolved-refs]', (document) => {
    (document['components'] as Record<string, unknown>)['schemas'] = {};
  }],
];

describe.each(BREAKAGES)('a hostile document with %s', (_, code, breakIt) => {
  it('exits 2 naming the file and the JSON pointer, writes nothing, runs nothing', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'api-contracts-hostile-'));
    const canary = path.join(dir, CANARY);
    const document = hostileDocument(2);
    breakIt(document);
    await writeFile(path.join(dir, 'hostile.json'), JSON.stringify(document, null, 2));
    const result = await runCli(['generate', '--spec', 'hostile.json', '--out', 'out'], dir);
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.filter((l) => !/^(generating hostile from hostile\.json…|hostile\.json:\d+ #\/.* (error|warning) \[[a-z-]+\] .*|error: .*)$/.test(l))).toEqual([]);
    expect(result.stderr, 'raw controls or bidi characters in the output').not.toMatch(/(?![\t\n])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u);
    expect(result.stderr).toMatch(new RegExp(`hostile\\.json:\\d+ #/paths/~1things~1[01]~1.* error ${code.replace(/[[\]]/g, '\\$&')}`, 's'));
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
    expect(existsSync(canary)).toBe(false);
  }, 120_000);
});

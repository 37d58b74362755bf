/**
 * One-way layering: the generic generator (`generator/src`: load → IR → emit, generate, lint,
 * diff) imports nothing from the contract suite (`contract-tests/`); the suite may import the
 * generator, and `package/` composes both. Imports are read by TypeScript's own pre-processor
 * (static imports, re-exports and `import()` calls), so a path in a comment or a string does not count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

/** The module specifiers `text` imports, re-exports or loads with `import()`. */
function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** `from`'s relative imports that resolve into `folder` (absolute), as `file: specifier` lines. */
function importsInto(files: readonly string[], folder: string): string[] {
  return files.flatMap((file) =>
    importsOf(readFileSync(file, 'utf8'))
      .filter((specifier) => specifier.startsWith('.'))
      .filter((specifier) => !path.relative(folder, path.resolve(path.dirname(file), specifier)).startsWith('..'))
      .map((specifier) => `${path.relative(ROOT, file)}: ${specifier}`),
  );
}

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|mts|mjs|js)$/.test(file))
    .map((file) => path.join(folder, file));
}

describe('layering', () => {
  it('reads static imports, re-exports and import() calls, not comments or strings', () => {
    const text = [
      "// import '../../contract-tests/in-a-comment.js';",
      "const s = 'from \"../../contract-tests/in-a-string.js\"';",
      "import { a } from '../../contract-tests/static.js';",
      "export * from '../../contract-tests/re-export.js';",
      "const m = await import('../../contract-tests/dynamic.js');",
    ].join('\n');
    expect(importsOf(text)).toEqual(['../../contract-tests/static.js', '../../contract-tests/re-export.js', '../../contract-tests/dynamic.js']);
  });

  it('generator/src imports nothing from contract-tests', () => {
    const files = sourcesUnder(path.join(ROOT, 'generator/src'));
    expect(files.length).toBeGreaterThan(50);
    expect(importsInto(files, path.join(ROOT, 'contract-tests'))).toEqual([]);
  });

  it('generator/src imports nothing from package/, the place that composes both layers', () => {
    expect(importsInto(sourcesUnder(path.join(ROOT, 'generator/src')), path.join(ROOT, 'package'))).toEqual([]);
  });
});

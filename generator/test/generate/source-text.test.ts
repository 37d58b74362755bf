/**
 * The escaping helpers of source-text.ts, each in the context it is for: the escaped text is
 * parsed or run as TypeScript/JavaScript and must neither end its context early nor change the text.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { docComment, docText, lineCommentText, propertyName, safeIdentifier, stringLiteral } from '../../src/source-text.js';
import { decodeDocText, docCommentBody, docComments } from './doc-comments.js';

/** Texts that each try to leave a context, plus every hidden character class. */
const HOSTILE = [
  'plain text',
  '*/ globalThis.pwned = 1; /*',
  "' + (globalThis.pwned = 1) + '",
  '" + (globalThis.pwned = 1) + "',
  '` + (globalThis.pwned = 1) + `${(globalThis.pwned = 1)}',
  'back\\slash \\u0041 \\n \\*/ \\\\',
  'line\u2028globalThis.pwned = 1;\u2029globalThis.pwned = 1;',
  'line\nglobalThis.pwned = 1; //\r\nglobalThis.pwned = 1;\rx',
  'first\n@deprecated forged\n  @throws {Error} forged',
  '@param forged',
  'NUL \0 bell \x07 del \x7F c1 \x85 bidi \u202E\u2066 zwsp \u200B bom \uFEFF tag \u{E0041} lone \uD800 pair 😀',
  '*',
  '/',
  '**/',
  '',
  '\\',
  'end \\',
  '\\\\d \\*/ \\\n@x \\\0 \\\u2028 \\u{41} \\@ C:\\dir',
];

/** The TypeScript tokens of `source`, comments included. */
function tokens(source: string): { kind: ts.SyntaxKind; text: string }[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, source);
  const out: { kind: ts.SyntaxKind; text: string }[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind !== ts.SyntaxKind.WhitespaceTrivia && kind !== ts.SyntaxKind.NewLineTrivia) out.push({ kind, text: scanner.getTokenText() });
  }
  return out;
}

/** Runs `source` as a function body with a fresh `globalThis.pwned`; returns its result and whether anything was set. */
function run(source: string): { result: unknown; pwned: boolean } {
  const g = globalThis as { pwned?: unknown };
  delete g.pwned;
  const result = (new Function(source) as () => unknown)();
  const pwned = g.pwned !== undefined;
  delete g.pwned;
  return { result, pwned };
}

const RAW_HIDDEN = /(?![\t\n])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

describe('docText and docComment', () => {
  it.each(HOSTILE)('keep %j inside one doc comment that reads back the same', (text) => {
    const comment = docComment(text).join('\n');
    const source = `${comment}\nexport const x = 1;`;
    expect(tokens(source).map((t) => t.kind)).toEqual([
      ts.SyntaxKind.MultiLineCommentTrivia,
      ts.SyntaxKind.ExportKeyword,
      ts.SyntaxKind.ConstKeyword,
      ts.SyntaxKind.Identifier,
      ts.SyntaxKind.EqualsToken,
      ts.SyntaxKind.NumericLiteral,
      ts.SyntaxKind.SemicolonToken,
    ]);
    expect(docComments(source)).toEqual([text.trim().replace(/\r\n?/g, '\n')]);
    expect(comment).not.toMatch(RAW_HIDDEN);
  });

  it('forges no JSDoc tag from a line that starts with @', () => {
    const comment = docComment('summary\n@deprecated forged\n  @throws {Error}').join('\n');
    const [tag] = ts.createSourceFile('x.ts', `${comment}\nfunction f() {}`, ts.ScriptTarget.Latest, true).statements.map((s) => ts.getJSDocTags(s));
    expect(tag).toEqual([]);
    expect(decodeDocText(docCommentBody(comment))).toBe('summary\n@deprecated forged\n  @throws {Error}');
  });

  it('keeps ordinary text as it is, backslashes that read as no escape included', () => {
    expect(docText('  Lists the jobs (`GET /jobs`), 20 per page.  ')).toBe('Lists the jobs (`GET /jobs`), 20 per page.');
    expect(docText('Matches `^\\d+$` under C:\\dir.')).toBe('Matches `^\\d+$` under C:\\dir.');
  });
});

describe('lineCommentText', () => {
  it.each(HOSTILE)('keeps %j on the comment line', (text) => {
    const { result, pwned } = run(`// ${lineCommentText(text)}\nreturn 42;`);
    expect(result).toBe(42);
    expect(pwned).toBe(false);
    expect(decodeDocText(lineCommentText(text))).toBe(text);
    expect(lineCommentText(text)).not.toMatch(/[\n\r\u2028\u2029]/);
  });
});

describe('stringLiteral', () => {
  it.each(HOSTILE)('writes %j as one literal of exactly that text', (text) => {
    for (const quote of ["'", '"'] as const) {
      const literal = stringLiteral(text, quote);
      expect(tokens(literal)).toEqual([{ kind: ts.SyntaxKind.StringLiteral, text: literal }]);
      expect(run(`return ${literal};`)).toEqual({ result: text, pwned: false });
      expect(literal).not.toMatch(RAW_HIDDEN);
    }
  });

  it('writes what JSON.stringify writes for ordinary text', () => {
    expect(stringLiteral("a 'b' \\ c\n")).toBe(JSON.stringify("a 'b' \\ c\n"));
  });

  it('picks the quote prettier picks: the preferred one unless the text holds more of it than of the other', () => {
    expect(stringLiteral(`it's`, "'")).toBe(`"it's"`);
    expect(stringLiteral(`it's "x"`, "'")).toBe(`'it\\'s "x"'`);
    expect(stringLiteral(`"x"`, '"')).toBe(`'"x"'`);
  });
});

describe('propertyName', () => {
  it.each(HOSTILE)('names the property %j exactly', (text) => {
    expect(run(`return Object.keys({ ${propertyName(text)}: 1 });`)).toEqual({ result: [text], pwned: false });
  });

  it('leaves plain identifiers bare', () => {
    expect(propertyName('jobToken')).toBe('jobToken');
    expect(propertyName('job-token', "'")).toBe("'job-token'");
  });
});

describe('safeIdentifier', () => {
  it.each([...HOSTILE, 'class', '2fa', 'x²', 'naïve', '$ref', 'a\u200Db'])('makes %j a legal binding name', (text) => {
    const id = safeIdentifier(text, 'fallback');
    expect(run(`'use strict'; let ${id} = 7; return ${id};`)).toEqual({ result: 7, pwned: false });
  });

  it('keeps legal names and fixes the rest predictably', () => {
    expect(safeIdentifier('jobToken', 'x')).toBe('jobToken');
    expect(safeIdentifier('naïve', 'x')).toBe('naïve');
    expect(safeIdentifier('class', 'x')).toBe('class_');
    expect(safeIdentifier('2fa', 'x')).toBe('_2fa');
    expect(safeIdentifier('X²', 'x')).toBe('X');
    expect(safeIdentifier('', 'fallback')).toBe('fallback');
  });
});

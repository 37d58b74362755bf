/**
 * Reads doc comments back out of generated source, the way an editor shows them: every
 * `/** … *\/` comment found by the TypeScript scanner (so text inside string literals is never
 * mistaken for one), with the ` * ` line prefixes removed and the escapes of `docText`
 * (source-text.ts) decoded. Test helper.
 */
import ts from 'typescript';

/**
 * The text of one doc comment's body as written by `docText`, decoded back to the document's
 * text: `\\`, `\/`, `\@`, `\uXXXX` and `\u{XXXXX}` are escapes, any other backslash is itself.
 */
export function decodeDocText(body: string): string {
  return body.replace(/\\(?:u\{([0-9A-F]+)\}|u([0-9A-F]{4})|([\\/@]))/g, (_, astral?: string, bmp?: string, char?: string) =>
    char ?? String.fromCodePoint(parseInt(astral ?? bmp ?? '', 16)),
  );
}

/** The raw text (prefixes stripped, escapes kept) of the doc comment `comment` (`/** … *\/`). */
export function docCommentBody(comment: string): string {
  return comment
    .slice(3, -2)
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim();
}

/** Every doc comment of `source`, decoded, in source order. */
export function docComments(source: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, source);
  const found: string[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    const text = scanner.getTokenText();
    if (kind === ts.SyntaxKind.MultiLineCommentTrivia && text.startsWith('/**')) found.push(decodeDocText(docCommentBody(text)));
  }
  return found;
}

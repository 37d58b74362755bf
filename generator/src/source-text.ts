/**
 * Document text (any string from a spec: names, paths, descriptions, enum values, patterns…) as
 * it may appear in generated TypeScript, one helper per context it lands in. A spec is untrusted
 * input (issue 12): no text may end its context early (`*\/` in a doc comment, a quote in a string
 * literal, a line terminator in a line comment), forge a JSDoc tag, or hide characters (NUL,
 * bidi controls, zero-width marks) from a reviewer.
 *
 * The generated code holds no template literals and no regular-expression literals made from
 * document text: a `pattern` is written as a {@link stringLiteral} passed to `new RegExp`.
 */

/**
 * Characters never written raw into generated source: C0 and C1 controls (but tab and line feed,
 * which each context handles itself), format characters (bidi controls, zero-width marks,
 * U+FEFF), U+2028/U+2029 (line terminators to ECMAScript, ECMA-262 §12.3) and lone surrogates.
 */
const HIDDEN = /(?![\t\n])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/** `\uXXXX` for a BMP code point, `\u{XXXXX}` beyond it: both read the same in strings and docs. */
function unicodeEscape(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase();
  return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}

/**
 * A backslash that would read as the start of one of our escapes (`\\`, `\/`, `\@`, `\uXXXX`):
 * before a backslash, `/`, `@`, `u`, a line feed or a hidden character (which becomes `\uXXXX`).
 * Only these are doubled, so `C:\dir` or `\d+` in a description stay as written.
 */
const ESCAPE_LIKE_BACKSLASH = /\\(?=[\\/@u\n]|[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}])/gu;

/**
 * Text for the body of a `/** … *\/` doc comment (TSDoc escapes, reversible): `*\/` becomes `*\/`
 * with the slash escaped, a `@` that starts a line becomes `\@` (it would start a JSDoc tag),
 * hidden characters become `\uXXXX`, and a backslash that would read as such an escape becomes
 * `\\`. Any other backslash is itself. Line breaks (`\r\n`, `\r` normalised to `\n`) stay line
 * breaks; the text is trimmed. The caller (ts-morph's `docs`, or {@link docComment}) adds the
 * ` * ` line prefixes.
 */
export function docText(text: string): string {
  return text
    .trim()
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(ESCAPE_LIKE_BACKSLASH, '\\\\')
    .replace(/\*\//g, '*\\/')
    .replace(HIDDEN, unicodeEscape)
    .replace(/^([ \t]*)@/gm, '$1\\@');
}

/** The lines of a whole `/** … *\/` doc comment holding `text` ({@link docText}), without indentation. */
export function docComment(text: string): string[] {
  return ['/**', ...docText(text).split('\n').map((line) => ` * ${line}`.trimEnd()), ' */'];
}

/**
 * Text for a `//` line comment: {@link docText}'s escapes, and every line terminator (`\n`, `\r`,
 * U+2028, U+2029) as `\uXXXX`, so the comment cannot end before the line does.
 */
export function lineCommentText(text: string): string {
  return text.replace(ESCAPE_LIKE_BACKSLASH, '\\\\').replace(/\n/g, unicodeEscape).replace(HIDDEN, unicodeEscape);
}

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/**
 * A string literal holding `text` exactly, in `preferred` quotes unless `text` holds more of those
 * than of the other quote (then in the other: prettier's choice, so the output is prettier-stable):
 * backslashes, the enclosing quote, line terminators and hidden characters are escaped, so it is
 * valid on one line and shows every character (a lone surrogate is kept as its escape, not
 * replaced when the file is written).
 */
export function stringLiteral(text: string, preferred: "'" | '"' = '"'): string {
  const quote = enclosingQuote(text, preferred);
  const body = text.replace(/[\\\n\r\t\b\f'"]|(?![\t\n])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu, (char) => {
    if (char === quote) return `\\${quote}`;
    if (char === "'" || char === '"') return char;
    return ESCAPES[char] ?? unicodeEscape(char);
  });
  return `${quote}${body}${quote}`;
}

/** `preferred`, or the other quote when `content` (a literal's text, raw or escaped) holds more `preferred` than other quotes: prettier's rule (`getPreferredQuote`). */
export function enclosingQuote(content: string, preferred: "'" | '"'): "'" | '"' {
  const other = preferred === "'" ? '"' : "'";
  return content.split(preferred).length > content.split(other).length ? other : preferred;
}

/**
 * `source` with every hidden character written as `\uXXXX`: for source whose string literals and
 * comments another printer wrote (openapi-typescript's `JSON.stringify`-quoted literal types keep
 * U+2028/U+2029 and bidi controls raw). The escape means the same character in a string literal,
 * and is {@link docText}'s escape in a comment. With `lineFeeds`, `\n` too (text for one line of
 * a log: a diagnostic quoting document text stays one line and sends no control sequence).
 */
export function hiddenEscaped(source: string, lineFeeds = false): string {
  return (lineFeeds ? source.replace(/\n/g, unicodeEscape) : source).replace(HIDDEN, unicodeEscape);
}

/** ASCII identifier names: written bare as property names; anything else is quoted. */
const PLAIN_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A property name (object literal key, interface or class member) for `name`: bare when a plain identifier, else a {@link stringLiteral}. */
export function propertyName(name: string, quote: "'" | '"' = '"'): string {
  return PLAIN_NAME.test(name) ? name : stringLiteral(name, quote);
}

/** Words that cannot be used as identifiers (ECMAScript reserved words, strict mode, TS types). */
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'as implements interface let package private protected public static yield await any boolean number string ' +
    'symbol object unknown never undefined type keyof declare module namespace require readonly infer is asserts ' +
    'arguments eval constructor prototype'
  ).split(' '),
);

/** True for a word that cannot name a binding (see {@link safeIdentifier}). */
export function isReservedWord(word: string): boolean {
  return RESERVED.has(word);
}

/**
 * Makes `candidate` a legal identifier (ECMA-262 §12.7): characters that cannot continue an
 * identifier are dropped (`²`, punctuation), then it is never empty (`fallback`), never starts
 * with a digit (`_` prefix) and is never reserved (`_` suffix).
 */
export function safeIdentifier(candidate: string, fallback: string): string {
  let id = candidate.replace(/[^\p{ID_Continue}$]/gu, '');
  if (id.length === 0) id = fallback;
  if (!/^[\p{ID_Start}$_]/u.test(id)) id = `_${id}`;
  if (RESERVED.has(id)) id = `${id}_`;
  return id;
}

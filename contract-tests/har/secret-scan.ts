/**
 * The pre-write scan: finds anything in a cassette's text that still looks like a secret after
 * scrubbing. Used by `record` and `import-har` before they write (they refuse to write when it
 * finds anything) and by the committed-cassette test. It reports:
 * - a value under a secret name (secret-names.ts) that is not a scrubbing placeholder (those
 *   contain `*`), in headers, query and fragment parameters, form fields (urlencoded and
 *   multipart) and JSON members at any depth, numbers included; card and account numbers with more
 *   than their last four characters visible;
 * - any string (or number) that looks like a credential whatever its name (secret-values.ts): a
 *   JWT, a bearer token, Basic credentials, a long random token, a card number passing Luhn.
 * Findings name the place (a JSON pointer, and the entry index) and the reason, never the value.
 */
import { isIdentifierName, secretKindOf, type NamePlace, type SecretKind } from './secret-names.js';
import { credentialIn } from './secret-values.js';
import { SCRUBBED, urlParameters } from './scrub.js';

/** One suspicious value: where (a JSON pointer into the HAR document, or into a body within it), why, and in which entry. */
export interface SecretFinding {
  pointer: string;
  reason: string;
  /** Index of the HAR entry (`#/log/entries/<entry>/…`), when the value is inside one. */
  entry?: number;
}

/** Deeper than this (JSON nesting, bodies inside bodies) is reported instead of scanned. */
const MAX_DEPTH = 200;

/** Where HAR keeps name/value pairs, and what kind of name each holds. */
const PAIR_PLACES: Readonly<Record<string, NamePlace>> = { headers: 'header', cookies: 'header', queryString: 'url', params: 'form' };

/** A form body: `name=value` pairs joined by `&` (not a URL, whose parameters are read by urlParameters). */
const FORM = /^[^\s=&?#/]+=[^\s&#]*(?:&[^\s=&?#/]+=[^\s&#]*)*$/;
/** A multipart field: its name and the first line of its content (bounded, so hostile text cannot make it slow). */
const MULTIPART_FIELD = /content-disposition:[^\r\n]{0,200}?\bname="([^"\r\n]{0,200})"[^\r\n]{0,200}(?:\r?\n[^\r\n]{1,200}){0,10}\r?\n\r?\n([^\r\n]*)/gi;

interface Context {
  findings: SecretFinding[];
}

function pointerTo(pointer: string, key: string): string {
  return `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** `***scrubbed***`, alone or after an authentication scheme (scrub.ts). */
function isPlaceholder(value: string): boolean {
  return value === SCRUBBED || (value.endsWith(` ${SCRUBBED}`) && /^[A-Za-z][A-Za-z0-9_-]*$/.test(value.slice(0, -SCRUBBED.length - 1)));
}

/** `********` and at most the last four characters (scrub.ts, maskAccountNumber). */
function isMasked(value: string): boolean {
  return /^\*{8}[0-9A-Za-z]{0,4}$/.test(value);
}

function report(context: Context, pointer: string, reason: string): void {
  const entry = /^#\/log\/entries\/(\d+)(?:\/|$| )/.exec(pointer)?.[1];
  context.findings.push({ pointer, reason, ...(entry === undefined ? {} : { entry: Number(entry) }) });
}

/** `name` as it may appear in a finding: a name that itself looks like a credential is not shown. */
function shown(name: string): string {
  return credentialIn(name, { randomTokens: true }) === undefined ? name : '(a name that looks like a credential)';
}

/** A value found under a secret name: it must be a placeholder (or masked, for numbers). */
function checkNamed(value: string, kind: SecretKind, name: string, pointer: string, context: Context): void {
  if (kind === 'secret' && !isPlaceholder(value)) report(context, pointer, `secret ${shown(name)} not scrubbed`);
  if (kind === 'number' && !isMasked(value)) report(context, pointer, `card or account number ${shown(name)} not masked`);
}

function checkName(name: string, value: unknown, place: NamePlace, pointer: string, context: Context): void {
  const kind = secretKindOf(name, place);
  if (kind !== undefined && (typeof value === 'string' || typeof value === 'number')) checkNamed(String(value), kind, name, pointer, context);
}

function scanText(text: string, pointer: string, depth: number, context: Context, identifier: boolean): void {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let body: unknown;
    try {
      body = JSON.parse(trimmed);
    } catch {
      body = undefined; // Not JSON after all: scanned as text below.
    }
    if (body !== undefined) return scanValue(body, `${pointer} (body)#`, depth + 1, context, { identifier: false });
  }
  const credential = credentialIn(text, { randomTokens: !identifier });
  if (credential !== undefined) report(context, pointer, `looks like a ${credential}`);
  for (const [name, value] of urlParameters(text)) checkName(name, value, 'url', pointer, context);
  if (FORM.test(text)) for (const [name, value] of new URLSearchParams(text)) checkName(name, value, 'form', pointer, context);
  for (const match of text.matchAll(MULTIPART_FIELD)) checkName(match[1] ?? '', match[2] ?? '', 'form', pointer, context);
}

interface Under {
  /** Below a secret name: every string and number must be a placeholder. */
  kind?: SecretKind;
  name?: string;
  /** Below an identifier name (secret-names.ts): random-looking values are expected. */
  identifier: boolean;
}

function scanValue(value: unknown, pointer: string, depth: number, context: Context, under: Under): void {
  if (depth > MAX_DEPTH) return report(context, pointer, `nested more than ${MAX_DEPTH} levels deep to scan`);
  if (typeof value === 'number') value = String(value);
  if (typeof value === 'string') {
    if (under.kind !== undefined) checkNamed(value, under.kind, under.name ?? '', pointer, context);
    return scanText(value, pointer, depth, context, under.identifier);
  }
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) return value.forEach((item, i) => scanValue(item, pointerTo(pointer, String(i)), depth + 1, context, under));
  for (const [key, field] of Object.entries(value)) {
    const secretKey = shown(key) !== key;
    if (secretKey) report(context, pointer, 'a member name looks like a credential');
    const child = pointerTo(pointer, secretKey ? '(hidden)' : key);
    const pairs = PAIR_PLACES[key];
    if (pairs !== undefined && Array.isArray(field)) {
      scanPairs(field, child, pairs, depth + 1, context);
      continue;
    }
    const kind = under.kind ?? secretKindOf(key, 'json');
    scanValue(field, child, depth + 1, context, { ...(kind === undefined ? {} : { kind, name: under.name ?? key }), identifier: isIdentifierName(key, 'json') });
  }
}

/** HAR name/value pairs (headers, cookies, queryString, postData.params): the name says what the value is. */
function scanPairs(list: unknown[], pointer: string, place: NamePlace, depth: number, context: Context): void {
  list.forEach((pair, i) => {
    const item = pointerTo(pointer, String(i));
    if (typeof pair !== 'object' || pair === null || typeof (pair as { name?: unknown }).name !== 'string') {
      return scanValue(pair, item, depth + 1, context, { identifier: false });
    }
    const { name, value } = pair as { name: string; value?: unknown };
    const kind = secretKindOf(name, place);
    scanValue(value, pointerTo(item, 'value'), depth + 1, context, { ...(kind === undefined ? {} : { kind, name }), identifier: isIdentifierName(name, place) });
  });
}

/**
 * Every suspicious value in HAR text `text` (the parsed document, and JSON, form and URL text
 * inside it), as located findings (see the module comment). Text that is not JSON is scanned as text.
 */
export function findSecrets(text: string): SecretFinding[] {
  const context: Context = { findings: [] };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    scanText(text, '#', 0, context, false);
    return context.findings;
  }
  scanValue(document, '#', 0, context, { identifier: false });
  return context.findings;
}

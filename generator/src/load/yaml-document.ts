/**
 * Reads YAML documents with the `yaml` library, with a bound on alias expansion: a 1 KB document of
 * nested aliases ("billion laughs") would otherwise expand to gigabytes once walked.
 *
 * The data are those of the parser Redocly uses (YAML 1.2 core schema, no timestamps, with merge
 * keys `<<` and the `!!binary`, `!!omap`, `!!pairs` and `!!set` tags), see
 * https://eemeli.org/yaml/#options.
 */
import { isAlias, isCollection, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { pointerOf } from '../diagnostics.js';

/**
 * At most this many expansions per anchor, weighted by the aliases inside it (the `yaml` option
 * `maxAliasCount`, https://eemeli.org/yaml/#tojs-options): a plain anchor may be used 1,000 times,
 * while nested aliases multiplying the document are refused after a few levels.
 */
export const MAX_ALIAS_COUNT = 1000;

/** A YAML document that cannot be read: its reason, and where (1-based line, JSON pointer) when known. */
export class YamlDocumentError extends Error {
  override readonly name = 'YamlDocumentError';

  constructor(
    message: string,
    readonly pointer: string,
    readonly line: number | undefined,
  ) {
    super(message);
  }
}

/**
 * Parses one YAML document into plain data.
 * @throws {YamlDocumentError} on a syntax error (its line), more than one document, or aliases
 *   expanding beyond {@link MAX_ALIAS_COUNT} (the line and pointer of the first alias of an anchor
 *   that holds aliases itself).
 */
export function parseYaml(text: string): unknown {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    schema: 'core',
    merge: true,
    customTags: ['binary', 'omap', 'pairs', 'set'],
    lineCounter,
    prettyErrors: false,
  });
  const [error] = document.errors;
  if (error !== undefined) {
    throw new YamlDocumentError(`${error.message} (YAML ${error.code})`, '#', lineCounter.linePos(error.pos[0]).line);
  }
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
  } catch (cause) {
    if (!(cause instanceof ReferenceError)) throw cause;
    const alias = amplifyingAlias(document);
    throw new YamlDocumentError(
      `${cause.message}: aliases expand to more than ${MAX_ALIAS_COUNT} copies of an anchor${alias ? ` (here *${alias.name})` : ''}`,
      alias?.pointer ?? '#',
      alias === undefined ? undefined : lineCounter.linePos(alias.offset).line,
    );
  }
}

/** The first alias whose anchor holds aliases itself (the start of a multiplication), else the first alias. */
function amplifyingAlias(document: Document): { name: string; pointer: string; offset: number } | undefined {
  const nested = new Set<string>();
  let first: { name: string; pointer: string; offset: number } | undefined;
  let found: typeof first;
  visit(document, {
    Node(_key, node, path) {
      if (!isAlias(node)) {
        if (node.anchor !== undefined && isCollection(node) && containsAlias(node)) nested.add(node.anchor);
        return undefined;
      }
      const here = { name: node.source, pointer: pointerOf(tokensOf([...path, node])), offset: node.range?.[0] ?? 0 };
      first ??= here;
      if (nested.has(node.source)) {
        found = here;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found ?? first;
}

function containsAlias(node: Node): boolean {
  let contains = false;
  visit(node, {
    Alias() {
      contains = true;
      return visit.BREAK;
    },
  });
  return contains;
}

/** The JSON pointer tokens of the last node of a `visit` path (ancestors, then the node). */
function tokensOf(path: readonly unknown[]): string[] {
  const tokens: string[] = [];
  for (let i = 0; i < path.length - 1; i++) {
    const parent = path[i];
    const child = path[i + 1];
    if (isPair(parent)) {
      if (child === parent.value) tokens.push(isScalar(parent.key) ? String(parent.key.value) : String(parent.key));
    } else if (isCollection(parent) && !isPair(child)) {
      tokens.push(String(parent.items.indexOf(child as never)));
    }
  }
  return tokens;
}

/**
 * Loads the root document and every document its `$ref`s reach (through the resolver, whose
 * cache Redocly's lint and bundle then reuse), and lists every `$ref` with its JSON pointer, so the
 * checks that must run before Redocly walks the documents (limits, locality) can name each one.
 */
import { isRef, type BaseResolver } from '@redocly/openapi-core';
import { childPointer } from '../ir/json-pointer.js';

/** One `$ref` of a loaded document. */
export interface FoundRef {
  /** Absolute path of the document holding the `$ref`. */
  file: string;
  /** JSON pointer of the object holding the `$ref` (`#/components/schemas/A`). */
  pointer: string;
  /** The `$ref` value as written. */
  ref: string;
}

/** The documents of one spec, by absolute path, root first, and their `$ref`s in document order. */
export interface DocumentSet {
  root: string;
  documents: Map<string, unknown>;
  refs: FoundRef[];
}

/**
 * Loads `root` (already parsed: `parsed`) and every document reached through `$ref`s (a remote
 * one only where the resolver allows it). A document that cannot be loaded or is refused is
 * skipped: Redocly's `no-unresolved-refs` rule reports it at the `$ref`'s pointer.
 */
export async function loadReferencedDocuments(resolver: BaseResolver, root: string, parsed: unknown): Promise<DocumentSet> {
  const set: DocumentSet = { root, documents: new Map([[root, parsed]]), refs: [] };
  const queue = [root];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const found of refsOf(file, set.documents.get(file))) {
      set.refs.push(found);
      const { uri } = splitRef(found.ref);
      if (uri === null) continue;
      const target = resolver.resolveExternalRef(file, uri);
      if (set.documents.has(target)) continue;
      const document = await resolver.resolveDocument(file, uri).catch(() => undefined);
      if (document === undefined || document instanceof Error) continue;
      set.documents.set(target, document.parsed);
      queue.push(target);
    }
  }
  return set;
}

/** The file part (`null` for a `$ref` within the same document) and the fragment of a `$ref`. */
export function splitRef(ref: string): { uri: string | null; fragment: string } {
  const hash = ref.indexOf('#');
  const uri = hash === -1 ? ref : ref.slice(0, hash);
  return { uri: uri === '' ? null : uri, fragment: hash === -1 ? '' : ref.slice(hash + 1) };
}

/** The `$ref`s of one parsed document, in document order; an object reached twice (a YAML alias) is read once. */
function refsOf(file: string, document: unknown): FoundRef[] {
  interface Frame {
    node: unknown;
    parent?: Frame;
    key?: string;
  }
  const pointerOf = (frame: Frame): string => {
    const keys: string[] = [];
    for (let at: Frame | undefined = frame; at?.key !== undefined; at = at.parent) keys.push(at.key);
    return childPointer('#', ...keys.reverse());
  };
  const refs: FoundRef[] = [];
  const seen = new Set<object>();
  const stack: Frame[] = [{ node: document }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { node } = frame;
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    if (isRef(node)) refs.push({ file, pointer: pointerOf(frame), ref: node.$ref });
    const keys = Object.keys(node);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const value = (node as Record<string, unknown>)[key];
      if (typeof value === 'object' && value !== null) stack.push({ node: value, parent: frame, key });
    }
  }
  return refs;
}

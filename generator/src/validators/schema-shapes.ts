/**
 * Structural identity of the document's JSON nodes, so that an inline subschema written out
 * several times (GitHub's webhook payloads repeat the same `user`, `repository` and
 * `pull_request` objects inline hundreds of times) is compiled into one function that every
 * occurrence calls, instead of being inlined at each.
 *
 * Nodes are hash-consed bottom-up: a node's key is built from its children's ids, so the whole
 * document is numbered in one pass, linear in its size. Two nodes share an id exactly when their
 * JSON is equal, key order included.
 */
import { isSchemaObject } from './subschemas.js';

interface Shape {
  id: number;
  /** Number of JSON values (objects, arrays, primitives) in the subtree. */
  size: number;
}

/**
 * Below this many JSON values a repeated subschema is inlined anyway: a call would cost the fast
 * path more than the few statements it saves.
 */
const MIN_SHARED_SIZE = 24;

export class SchemaShapes {
  private readonly ids = new Map<string, number>();
  private readonly shapes = new WeakMap<object, Shape>();
  private readonly counts = new Map<number, number>();
  /** Nodes being numbered: met again below themselves only in a cyclic object graph. */
  private readonly active = new Set<object>();

  /** Numbers every node of `document` and counts how often each shape occurs in it. */
  constructor(document: unknown) {
    this.visit(document, true);
  }

  /**
   * The shape id of `schema` when it is a schema object that occurs more than once in the
   * document and is large enough to be worth a function of its own; undefined otherwise.
   */
  sharedId(schema: unknown): number | undefined {
    if (!isSchemaObject(schema)) return undefined;
    const shape = this.shapes.get(schema) ?? this.visit(schema, false);
    return shape.size >= MIN_SHARED_SIZE && (this.counts.get(shape.id) ?? 0) > 1 ? shape.id : undefined;
  }

  private visit(node: unknown, count: boolean): Shape {
    if (typeof node !== 'object' || node === null) return { id: this.intern(JSON.stringify(node) ?? 'undefined'), size: 1 };
    let shape = this.shapes.get(node);
    if (this.active.has(node)) return { id: this.intern(`cycle:${this.ids.size}`), size: 1 };
    if (shape === undefined) {
      this.active.add(node);
      let size = 1;
      const parts: string[] = [];
      if (Array.isArray(node)) {
        for (const item of node) {
          const child = this.visit(item, count);
          size += child.size;
          parts.push(String(child.id));
        }
        shape = { id: this.intern(`[${parts.join(',')}]`), size };
      } else {
        for (const [key, value] of Object.entries(node)) {
          const child = this.visit(value, count);
          size += child.size;
          parts.push(`${JSON.stringify(key)}:${child.id}`);
        }
        shape = { id: this.intern(`{${parts.join(',')}}`), size };
      }
      this.shapes.set(node, shape);
      this.active.delete(node);
    } else if (count) this.countSubtree(node);
    if (count) this.counts.set(shape.id, (this.counts.get(shape.id) ?? 0) + 1);
    return shape;
  }

  /** Counts the descendants of a node met a second time (the same object at two places). */
  private countSubtree(node: object): void {
    for (const value of Object.values(node)) {
      if (typeof value !== 'object' || value === null) continue;
      const shape = this.shapes.get(value);
      if (shape !== undefined) this.counts.set(shape.id, (this.counts.get(shape.id) ?? 0) + 1);
      this.countSubtree(value);
    }
  }

  private intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
}

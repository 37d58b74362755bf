/**
 * Follows `$ref`s over the loaded documents of a spec the way Redocly's resolver does (JSON
 * pointer tokens read through any `$ref` met on the way, then through `$ref` to `$ref`), but
 * bounded and with a trail, so a pure `$ref` cycle or an endless chain is a located problem
 * instead of Redocly's unlocated "Self-referencing circular pointer" crash or a stack overflow.
 */
import { isRef, type BaseResolver } from '@redocly/openapi-core';
import { childPointer } from '../ir/json-pointer.js';
import { splitRef, type DocumentSet } from './referenced-documents.js';

/** A node a `$ref` leads to: its document (absolute path), JSON pointer there, and value. */
export interface RefTarget {
  file: string;
  pointer: string;
  node: unknown;
}

/** A `$ref` that leads back to itself with no schema in between; `trail` lists the `$ref`s of the loop. */
export class RefLoop extends Error {
  override readonly name = 'RefLoop';

  constructor(readonly trail: readonly RefTarget[]) {
    super('$ref cycle');
  }
}

/**
 * At most this many `$ref` hops from a `$ref` to the node it finally means (real documents use
 * two or three; Redocly's resolver slows down quadratically and then overflows its stack).
 */
export const MAX_REF_CHAIN = 100;

/** A `$ref` whose chain of `$ref`s is longer than {@link MAX_REF_CHAIN}; `trail` lists its first hops. */
export class RefChainTooLong extends Error {
  override readonly name = 'RefChainTooLong';

  constructor(readonly trail: readonly RefTarget[]) {
    super('$ref chain too long');
  }
}

/** Follows the `$ref`s of one {@link DocumentSet}. */
export class RefFollower {
  constructor(
    private readonly set: DocumentSet,
    private readonly resolver: BaseResolver,
  ) {}

  /**
   * The node that the `$ref` object at `pointer` in `file` finally leads to (never a `$ref`
   * object), or undefined when a step cannot be resolved (Redocly reports that one).
   * @throws {RefLoop} when the `$ref`s lead back to one already on the way.
   * @throws {RefChainTooLong} after {@link MAX_REF_CHAIN} hops.
   */
  follow(file: string, pointer: string, ref: string, trail: RefTarget[] = []): RefTarget | undefined {
    const here = { file, pointer, node: ref };
    const seen = trail.findIndex((t) => t.file === file && t.pointer === pointer);
    if (seen !== -1) throw new RefLoop([...trail.slice(seen), here]);
    trail.push(here);
    if (trail.length > MAX_REF_CHAIN) throw new RefChainTooLong(trail);
    const { uri, fragment } = splitRef(ref);
    const targetFile = uri === null ? file : this.resolver.resolveExternalRef(file, uri);
    if (!this.set.documents.has(targetFile) || (fragment !== '' && !fragment.startsWith('/'))) return undefined;
    let at: RefTarget | undefined = { file: targetFile, pointer: '#', node: this.set.documents.get(targetFile) };
    for (const token of tokensOf(fragment)) {
      if (!hasOwn(at.node, token) && isRef(at.node)) at = this.follow(at.file, at.pointer, at.node.$ref, trail);
      if (at === undefined || !hasOwn(at.node, token)) return undefined;
      at = { file: at.file, pointer: childPointer(at.pointer, token), node: (at.node as Record<string, unknown>)[token] };
    }
    return isRef(at.node) ? this.follow(at.file, at.pointer, at.node.$ref, trail) : at;
  }
}

/** The reference tokens of a fragment (`/a/b~1c` → `a`, `b/c`), empty ones dropped as Redocly does. */
function tokensOf(fragment: string): string[] {
  return fragment
    .split('/')
    .filter((raw) => raw !== '')
    .map((raw) => {
      const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      try {
        return decodeURIComponent(token);
      } catch {
        return token;
      }
    });
}

function hasOwn(node: unknown, token: string): boolean {
  return typeof node === 'object' && node !== null && Object.hasOwn(node, token);
}

/**
 * Whether a schema's validator depends on the direction at all: only a schema that can reach
 * `readOnly: true` (for requests) or `writeOnly: true` (for responses) through its subschemas and
 * `$ref`s compiles differently per direction (see `read-write.ts`). Every other schema shares one
 * direction-neutral unit, so a component used by requests, responses and its own target is emitted
 * once instead of three times.
 */
import type { Dialect } from './dialect.js';
import { ownBase, type RefResolver } from './ref-resolver.js';
import { forEachSubschema, isSchemaObject } from './subschemas.js';

/** The keyword a direction enforces. */
export type ReadWriteKeyword = 'readOnly' | 'writeOnly';

/** What one schema holds without following `$ref`s: the flags it sets and the schemas it references. */
interface LocalFacts {
  flags: Set<ReadWriteKeyword>;
  /** The resolved `$ref` / `$dynamicRef` targets: schema node and its base URI. */
  refs: { schema: unknown; base: string }[];
}

export class ReadWriteReach {
  private readonly facts = new Map<unknown, LocalFacts>();
  private readonly answers = new Map<ReadWriteKeyword, Map<unknown, boolean>>([
    ['readOnly', new Map()],
    ['writeOnly', new Map()],
  ]);

  constructor(
    private readonly resolver: RefResolver,
    private readonly dialect: Dialect,
  ) {}

  /**
   * True when `keyword` (set to `true`) occurs in `schema` (whose base URI is `base`), in one of
   * its subschemas or in a schema reachable from them through `$ref`s. Conservative: a flag that a
   * sibling `$ref` makes ineffective (OpenAPI 3.0) still counts.
   */
  reaches(schema: unknown, base: string, keyword: ReadWriteKeyword): boolean {
    const memo = this.answers.get(keyword);
    const known = memo?.get(schema);
    if (known !== undefined) return known;
    const seen = new Set<unknown>([schema]);
    const queue: { schema: unknown; base: string }[] = [{ schema, base }];
    let found = false;
    for (let i = 0; i < queue.length && !found; i++) {
      const item = queue[i];
      if (item === undefined) break;
      const facts = this.localFacts(item.schema, item.base);
      found = facts.flags.has(keyword);
      for (const ref of facts.refs) {
        if (seen.has(ref.schema)) continue;
        seen.add(ref.schema);
        queue.push(ref);
      }
    }
    memo?.set(schema, found);
    return found;
  }

  private localFacts(schema: unknown, base: string): LocalFacts {
    let facts = this.facts.get(schema);
    if (facts === undefined) {
      facts = { flags: new Set(), refs: [] };
      this.scan(schema, base, facts, true);
      this.facts.set(schema, facts);
    }
    return facts;
  }

  private scan(node: unknown, parentBase: string, facts: LocalFacts, isRoot: boolean): void {
    if (!isSchemaObject(node)) return;
    const base = isRoot ? parentBase : ownBase(node, parentBase, this.dialect);
    if (node['readOnly'] === true) facts.flags.add('readOnly');
    if (node['writeOnly'] === true) facts.flags.add('writeOnly');
    for (const key of ['$ref', '$dynamicRef']) {
      const ref = node[key];
      const target = typeof ref === 'string' ? this.resolver.resolve(ref, base) : undefined;
      if (target !== undefined) facts.refs.push({ schema: target.schema, base: target.base });
    }
    forEachSubschema(node, this.dialect, (child) => this.scan(child, base, facts, false));
  }
}

/**
 * The provenance markers of our specs, the convention of issue 16: a node that does not come from
 * the vendor's own OpenAPI document says where it comes from with `x-api-contracts-source`
 * (`vendor-doc`, `vendor-openapi`, `seed`, `rfc`, `observed` or `assumption`) and, where the source
 * is not the vendor's, why with `x-api-contracts-why`. A marker covers its node and everything
 * below it. `diff --vendor` stays silent about a disagreement reached through a marked node.
 */
import { asNode, nodeAt, type Node } from './spec-nodes.js';

/** The extension naming a node's source. */
export const SOURCE_MARKER = 'x-api-contracts-source';
/** The extension saying why a node deviates from the vendor. */
export const WHY_MARKER = 'x-api-contracts-why';

/**
 * True when `node` is marked as a deliberate deviation: it carries a why, or a source other than
 * `vendor-openapi` (which claims agreement with the very document `--vendor` compares against).
 */
export function marksDeviation(node: Node): boolean {
  const source = node[SOURCE_MARKER];
  return node[WHY_MARKER] !== undefined || (typeof source === 'string' && source !== 'vendor-openapi');
}

/** The pointer itself and its ancestors, nearest first: `#/a/b` → `#/a/b`, `#/a`, `#`. */
function withAncestors(pointer: string): string[] {
  const out = [pointer];
  for (let p = pointer; p.includes('/'); ) {
    p = p.slice(0, p.lastIndexOf('/'));
    out.push(p);
  }
  return out;
}

/** True when any node of `pointers` in `document`, or an ancestor of one, marks a deliberate deviation. */
export function isMarkedDeviation(document: Node, pointers: readonly string[]): boolean {
  const seen = new Set<string>();
  for (const pointer of pointers) {
    for (const p of withAncestors(pointer)) {
      if (seen.has(p)) continue;
      seen.add(p);
      const node = asNode(nodeAt(document, p));
      if (node !== undefined && marksDeviation(node)) return true;
    }
  }
  return false;
}

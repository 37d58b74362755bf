/**
 * What the client classes hold: one class per tag (`JobsClient`, a property of the top-level
 * client) and the untagged operations as methods of the top-level client itself
 * (`client.getOrder()`). Member names keep keywords (`client.class.delete()`, see `memberName`)
 * and are unique within their class; the top-level client's tag properties and methods share one
 * member scope, tag properties claimed first.
 */
import { safeIdentifier } from '../source-text.js';
import { camelCase, IdentifierScope, memberName, pascalCase } from './naming.js';
import type { IrOperation, IrTag } from './types.js';
import { byCodeUnit } from '../code-unit-order.js';

/** The tag classes (sorted by tag name) and the untagged operations (document order). */
export interface ClientMembers {
  tags: IrTag[];
  rootOperations: IrOperation[];
}

/** Names the tag classes (in `scope`, the module scope) and every member; sets each operation's method names. */
export function buildClientMembers(document: Record<string, unknown>, operations: IrOperation[], scope: IdentifierScope): ClientMembers {
  const declared = Array.isArray(document['tags']) ? (document['tags'] as Record<string, unknown>[]) : [];
  const names = [...new Set(operations.flatMap((o) => (o.tag === undefined ? [] : [o.tag])))].sort(byCodeUnit);
  const rootMembers = new IdentifierScope(['constructor']);
  const tags = names.map((name) => {
    const tagOperations = operations.filter((o) => o.tag === name);
    nameMethods(tagOperations, new IdentifierScope(['constructor']));
    const tag: IrTag = {
      name,
      className: scope.claim(`${safeIdentifier(pascalCase(name), 'Default')}Client`),
      property: rootMembers.claim(memberName(camelCase(name), 'tag')),
      operations: tagOperations,
    };
    const description = declared.find((t) => t['name'] === name)?.['description'];
    if (typeof description === 'string') tag.description = description;
    return tag;
  });
  const rootOperations = operations.filter((o) => o.tag === undefined);
  nameMethods(rootOperations, rootMembers);
  return { tags, rootOperations };
}

/** Claims each operation's method name, then the page and item iterators of paginated ones, in `members`. */
function nameMethods(operations: readonly IrOperation[], members: IdentifierScope): void {
  for (const operation of operations) operation.methodName = members.claim(operation.methodName);
  for (const operation of operations.filter((o) => o.pagination)) {
    operation.paginationMethods = {
      pages: members.claim(`${operation.methodName}Pages`),
      all: members.claim(`${operation.methodName}All`),
    };
  }
}

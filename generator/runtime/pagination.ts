/**
 * Walking a page-numbered list operation (OperationDescriptor.pagination): request page 1, 2, … and
 * stop after the page whose number reaches the page count at `pageCountPointer` (PayQuicker sends it
 * as a string in `meta.pageCount`, so it is parsed), at the first empty page, or, when no page count
 * is given, at the first page shorter than the page size. Each page is an ordinary call: the same
 * retry, timeout and abort rules apply.
 */
import { ConfigurationError } from './errors.js';
import type { OperationDescriptor, PaginationDescriptor } from './operation.js';
import type { RequestOptions } from './options.js';
import { getPointer } from './pointer.js';

/** Sends one page request. */
export type PageRequester = (op: OperationDescriptor, params: object, options: RequestOptions) => Promise<unknown>;

/** A page count from a number or a numeric string; undefined when absent or malformed. */
export function parsePageCount(value: unknown): number | undefined {
  const count = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : undefined;
}

function descriptorOf(op: OperationDescriptor): PaginationDescriptor {
  if (op.pagination === undefined) throw new ConfigurationError(`${op.operationId} is not a paginated operation`);
  return op.pagination;
}

/**
 * Async iterator over page bodies, starting at `params[pageKey]` (default 1).
 * @throws ConfigurationError when `op` has no pagination; any error of the page requests.
 */
export async function* pages<T>(
  request: PageRequester,
  op: OperationDescriptor,
  params: object,
  options: RequestOptions,
): AsyncGenerator<T> {
  const paging = descriptorOf(op);
  const given = params as Readonly<Record<string, unknown>>;
  const start = given[paging.pageKey];
  const pageSize = given[paging.pageSizeKey];
  for (let page = typeof start === 'number' ? start : 1; ; page++) {
    const body = await request(op, { ...given, [paging.pageKey]: page }, options);
    yield body as T;
    const items = getPointer(body, paging.itemsPointer);
    const count = Array.isArray(items) ? items.length : 0;
    const pageCount = parsePageCount(getPointer(body, paging.pageCountPointer));
    if (count === 0) return;
    if (pageCount !== undefined ? page >= pageCount : typeof pageSize !== 'number' || count < pageSize) return;
  }
}

/** Async iterator over the items of every page (the array at `itemsPointer`). */
export async function* items<T>(
  request: PageRequester,
  op: OperationDescriptor,
  params: object,
  options: RequestOptions,
): AsyncGenerator<T> {
  const paging = descriptorOf(op);
  for await (const body of pages<unknown>(request, op, params, options)) {
    const list = getPointer(body, paging.itemsPointer);
    if (Array.isArray(list)) yield* list as T[];
  }
}

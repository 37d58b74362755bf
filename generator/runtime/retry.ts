/**
 * Retry policy: which failures are retried, for which operations, and how long to wait.
 *
 * - Retried statuses: 408, 429, 500, 502, 503, 504; also network errors and timeouts.
 * - Retried operations: idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS; RFC 9110 §9.2.2), and a
 *   POST/PATCH only when its `retrySafety` holds for the body (every element of the array at
 *   `retrySafety.items` has a non-empty `retrySafety.property`, which the vendor deduplicates on).
 * - Wait: exponential backoff with full jitter, `random(0, min(maxDelayMs, baseDelayMs * 2 ** attempt))`
 *   milliseconds, attempt counted from 0. A `Retry-After` header (delta seconds or HTTP date, RFC 9110
 *   §10.2.3) replaces the backoff; when it asks for longer than `maxDelayMs` the runtime does not
 *   retry and raises the error, so the caller can schedule the retry (waiting less than the server
 *   asked would only provoke another refusal).
 */
import type { OperationDescriptor } from './operation.js';
import type { RetryOptions } from './options.js';
import { getPointer } from './pointer.js';

/** A retry policy with every default filled in. */
export interface RetryPolicy {
  readonly maxRetries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/** Defaults: 2 retries, 500 ms base, 20 000 ms cap. */
export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 2, baseDelayMs: 500, maxDelayMs: 20_000 };

const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/** Merges per-request over per-client retry options over the defaults; `false` means no retries. */
export function resolveRetryPolicy(
  client: RetryOptions | false | undefined,
  request: RetryOptions | false | undefined,
): RetryPolicy {
  if (request === false || (request === undefined && client === false)) return { ...DEFAULT_RETRY, maxRetries: 0 };
  const base = client === false || client === undefined ? {} : client;
  const merged = { ...DEFAULT_RETRY, ...base, ...(request ?? {}) };
  return {
    maxRetries: Math.max(0, merged.maxRetries),
    baseDelayMs: Math.max(0, merged.baseDelayMs),
    maxDelayMs: Math.max(0, merged.maxDelayMs),
  };
}

/** True for the statuses the runtime retries. */
export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

/**
 * True when sending `op` twice cannot do harm: an idempotent method, or a `retrySafety` that holds
 * for `body` (an empty array or a missing property means unsafe).
 */
export function isRetrySafe(op: OperationDescriptor, body: unknown): boolean {
  if (IDEMPOTENT_METHODS.has(op.method)) return true;
  const safety = op.retrySafety;
  if (safety === undefined) return false;
  const items = getPointer(body, safety.items);
  if (!Array.isArray(items) || items.length === 0) return false;
  return items.every((item: unknown) => {
    if (item === null || typeof item !== 'object') return false;
    const value = (item as Record<string, unknown>)[safety.property];
    return (typeof value === 'string' && value.trim() !== '') || typeof value === 'number';
  });
}

/** Full-jitter backoff for retry number `attempt` (0-based), in milliseconds. `random` returns [0, 1). */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

/**
 * Parses a `Retry-After` value into milliseconds from `nowMs`: delta seconds (`"1"`) or an HTTP date.
 * A date in the past gives 0; an unparseable value gives undefined.
 */
export function parseRetryAfter(value: string | null, nowMs: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/**
 * The wait before retry number `attempt` (0-based) in milliseconds, or `undefined` when the server's
 * `Retry-After` exceeds `maxDelayMs` (no retry then).
 */
export function retryDelay(attempt: number, policy: RetryPolicy, retryAfter: string | null): number | undefined {
  const asked = parseRetryAfter(retryAfter);
  if (asked === undefined) return backoffDelay(attempt, policy);
  return asked <= policy.maxDelayMs ? asked : undefined;
}

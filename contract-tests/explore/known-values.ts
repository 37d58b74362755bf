/**
 * Values explore does not invent: identifiers that must name something on the target. A random
 * `job-token` names no job and draws only not-found answers, a random `sourceToken` no funding
 * account; so these come from the target's fixtures (core/fixtures.ts; the embedded sandbox seeds
 * the spec examples' values) and from what the run itself created. `clientPaymentId` is a fresh
 * UUID for every request sent (the vendor deduplicates payments on it across jobs, so a repeated
 * one, as shrinking repeats requests, would draw a conflict instead of a job): generated cases hold
 * {@link FRESH_ID}, replaced when the request is sent (send-case.ts).
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { FixtureValues } from '../core/fixtures.js';
import type { ApiName } from '../core/types.js';
import type { KnownValues } from './schema-arbitrary.js';

/** Placeholder of a fresh id in a generated case; each request sent gets its own value. */
export const FRESH_ID = '<fresh-id>';

/**
 * Fresh ids for one run: against the embedded sandbox, UUIDs counted from `seed` (the same seed
 * sends the same requests); elsewhere random UUIDs, since a real server keeps ids across runs.
 */
export function freshIds(seed: number, deterministic: boolean): () => string {
  let count = 0;
  const prefix = (Math.abs(Math.trunc(seed)) % 0x1_0000_0000).toString(16).padStart(8, '0');
  return () => (deterministic ? `${prefix}-0000-4000-8000-${(count++).toString(16).padStart(12, '0')}` : randomUUID());
}

/** `value` with every {@link FRESH_ID} string replaced by `next()`, at any depth. */
export function withFreshIds(value: unknown, next: () => string): unknown {
  if (value === FRESH_ID) return next();
  if (Array.isArray(value)) return value.map((item) => withFreshIds(item, next));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, withFreshIds(field, next)]));
}

/** Per API: parameter name → the fixtures it takes values from; body property name → the fixture or `uuid`. */
const IDENTIFIERS: Readonly<Record<ApiName, { parameters: Record<string, readonly string[]>; properties: Record<string, string> }>> = {
  payquicker: {
    parameters: { 'job-token': ['completedJobToken'] },
    properties: { sourceToken: 'sourceToken', destinationToken: 'destinationToken', clientPaymentId: 'uuid' },
  },
  abconnect: { parameters: { jobDisplayId: ['exampleJob', 'freshJob'] }, properties: {} },
};

function fixtureStrings(fixtures: FixtureValues, names: readonly string[]): string[] {
  return names.flatMap((name) => {
    const value = fixtures[name];
    return typeof value === 'string' ? [value] : typeof value === 'number' ? [String(value)] : [];
  });
}

/**
 * The known values of `api` on a target with `fixtures`: for parameter `name`, an arbitrary over its
 * fixture values (undefined when the target has none: the schema's generator is used then); for the
 * body, a {@link KnownValues} keyed by the last token of the pointer.
 */
export function knownValues(api: ApiName, fixtures: FixtureValues): { parameter: (name: string) => fc.Arbitrary<unknown> | undefined; body: KnownValues } {
  const table = IDENTIFIERS[api];
  return {
    parameter: (name) => {
      const values = fixtureStrings(fixtures, table.parameters[name] ?? []);
      return values.length === 0 ? undefined : fc.constantFrom(...values);
    },
    body: (pointer) => {
      const property = pointer.split('/').pop() ?? '';
      const source = table.properties[property];
      if (source === undefined) return undefined;
      if (source === 'uuid') return fc.constant(FRESH_ID);
      const values = fixtureStrings(fixtures, [source]);
      return values.length === 0 ? undefined : fc.constantFrom(...values);
    },
  };
}

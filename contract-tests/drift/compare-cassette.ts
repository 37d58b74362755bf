/**
 * Diffs a live response body against the recorded one of the same operation and status, with the
 * response schema alongside: what a client that was written against the cassette would notice.
 * Spec violations are not judged here (the validators do that); this finds recorded properties
 * that are gone, nullability that changed, and changed values outside the volatile ones.
 */
import { isDeepStrictEqual } from 'node:util';
import { escapePointerToken } from '../../generator/src/diagnostics.js';
import type { Exchange } from '../core/types.js';
import type { Candidate } from './rules.js';
import { allowsNull, itemView, jsonType, propertyView, type SchemaView } from './schema-walk.js';
import { isVolatile, showValue } from './volatile.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `integer` and `number` are one family: 2 and 2.5 are the same kind of value to a client. */
function family(type: string): string {
  return type === 'integer' ? 'number' : type;
}

/** Where the walk is: the JSON pointer, the nearest property name, and the schema view there. */
interface Place {
  readonly pointer: string;
  readonly name: string | undefined;
  readonly view: SchemaView;
}

function compareScalars(recorded: unknown, live: unknown, place: Place): Candidate[] {
  const recordedType = jsonType(recorded);
  const liveType = jsonType(live);
  const expected = showValue(recorded, place.name);
  const actual = showValue(live, place.name);
  if ((recordedType === 'null') !== (liveType === 'null')) {
    // Only where the schema allows null: elsewhere a live null is a type-change the validator reports.
    return allowsNull(place.view) ? [{ rule: 'nullability-changed', pointer: place.pointer, expected, actual }] : [];
  }
  if (family(recordedType) !== family(liveType) || isDeepStrictEqual(recorded, live)) return [];
  if (isVolatile(place.name, place.view)) return [];
  return [{ rule: 'example-changed', pointer: place.pointer, expected, actual }];
}

/**
 * Compares `recorded` with `live` under the schema `view` (the response schema for the root).
 * Arrays are compared item by item over their common length; objects key by key over the
 * recorded keys (new keys are the schema walk's business).
 */
export function compareBodies(doc: unknown, view: SchemaView, recorded: unknown, live: unknown, pointer = '', name?: string): Candidate[] {
  const place: Place = { pointer, name, view };
  if (Array.isArray(recorded) && Array.isArray(live)) {
    const items = itemView(doc, view);
    const common = Math.min(recorded.length, live.length);
    return recorded.slice(0, common).flatMap((item, index) => compareBodies(doc, items, item, live[index], `${pointer}/${index}`, name));
  }
  if (isRecord(recorded) && isRecord(live)) {
    return Object.entries(recorded).flatMap(([key, value]): Candidate[] => {
      const at = `${pointer}/${escapePointerToken(key)}`;
      if (!(key in live)) {
        return [{ rule: 'recorded-property-missing', pointer: at, expected: showValue(value, key), actual: 'absent', valueType: jsonType(value) }];
      }
      return compareBodies(doc, propertyView(doc, view, key), value, live[key], at, key);
    });
  }
  const structured = (value: unknown): boolean => typeof value === 'object' && value !== null;
  // An object or array against a scalar is a type question for the validator; against null, a nullability one.
  if ((structured(recorded) || structured(live)) && recorded !== null && live !== null) return [];
  return compareScalars(recorded, live, place);
}

/** A live exchange and the recorded one it is judged against (undefined when the cassette has none). */
export type AlignedPair = readonly [live: Exchange, recorded: Exchange | undefined];

/**
 * Pairs each live exchange with the recorded exchange of the same operationId and the same
 * occurrence (the 2nd live `retrievePaymentJob` with the 2nd recorded one), so an extra or missing
 * call (a token refresh) shifts nothing else. With identical sequences this is pairing by index.
 */
export function alignExchanges(live: readonly Exchange[], recorded: readonly Exchange[]): AlignedPair[] {
  const seen = new Map<string | undefined, number>();
  return live.map((exchange): AlignedPair => {
    const occurrence = seen.get(exchange.operationId) ?? 0;
    seen.set(exchange.operationId, occurrence + 1);
    const match = recorded.filter((r) => r.operationId === exchange.operationId)[occurrence];
    return [exchange, match];
  });
}

/**
 * The drift rule catalogue, as data: every finding the drift checker reports carries one of these
 * rule ids and its level, and the reports print the rule's explanation. The levels follow oasdiff's
 * split for spec changes (breaking, warning, info), applied here to live answers instead of specs.
 */
import { LEVELS, atOrAbove, summarize, type Level, type LevelSummary } from '../../generator/src/levels.js';
import type { ApiName } from '../core/types.js';

/**
 * How much a finding matters to a client: `breaking` answers would make a generated client fail or
 * misread data; `warning` answers still work but show the server moving away from the spec or the
 * cassettes; `info` is a changed value a client rarely depends on.
 */
export type DriftLevel = Level;
export { LEVELS, atOrAbove, summarize };

/** One rule: its id (kebab-case, stable), level, a short title and what it means for a client. */
export interface DriftRule {
  readonly id: string;
  readonly level: DriftLevel;
  readonly title: string;
  readonly description: string;
}

/** Every rule, breaking first. */
export const RULES = [
  {
    id: 'missing-required-property',
    level: 'breaking',
    title: 'Required property missing',
    description: 'The response lacks a property the schema lists under `required`; typed client code reading it gets `undefined`.',
  },
  {
    id: 'type-change',
    level: 'breaking',
    title: 'Type changed',
    description: 'A value has a JSON type the schema does not allow (a string where an integer is documented, `null` where the schema is not nullable).',
  },
  {
    id: 'undocumented-status',
    level: 'breaking',
    title: 'Undocumented status',
    description: 'The operation answered with an HTTP status its `responses` do not list by code or range, and the cassette did not record it either (`default` documents the body of unexpected statuses, not the statuses).',
  },
  {
    id: 'success-became-error',
    level: 'breaking',
    title: 'Success became an error',
    description: 'The cassette recorded a 2xx answer and the live answer is a documented 4xx or 5xx (an undocumented one is undocumented-status): the call that worked for clients now fails. A 401 or 403 is not reported this way: it makes the scenario inconclusive (credentials refused).',
  },
  {
    id: 'removed-enum-value',
    level: 'breaking',
    title: 'Recorded enum value removed from the spec',
    description: 'The cassette holds a value the schema\'s `enum` no longer lists: clients that branch on it were written against the recorded value.',
  },
  {
    id: 'non-json-body',
    level: 'breaking',
    title: 'Body is not JSON',
    description: 'The spec documents a JSON body for this status, but the body is empty, not JSON, or sent with a non-JSON media type (an HTML proxy page). Reported instead of undocumented-status when both apply.',
  },
  {
    id: 'renamed-property',
    level: 'breaking',
    title: 'Property renamed',
    description: 'A required or recorded property is missing and an undocumented property of the same type appeared in the same object: reported once, at the missing property.',
  },
  {
    id: 'constraint-violation',
    level: 'breaking',
    title: 'Schema constraint violated',
    description: 'A value breaks a schema keyword other than type, required and enum (pattern, length, range, item count, oneOf).',
  },
  {
    id: 'timeout',
    level: 'breaking',
    title: 'No answer in time',
    description: 'The target did not answer within `--timeout-ms`; the scenario stopped there.',
  },
  {
    id: 'scenario-failed',
    level: 'breaking',
    title: 'Scenario failed',
    description: 'The scenario\'s client flow failed and no other finding explains why (for example, an error scenario no longer got its documented error).',
  },
  {
    id: 'request-nonconformant',
    level: 'breaking',
    title: 'Request breaks the spec',
    description: 'A request the client sent (token requests included) breaks the spec: a required parameter or header is missing, a parameter or the request body does not match its schema, or the body has another media type. The server may accept it today; one that enforces the spec will not. Scenarios marked `breaksSpec` are not judged.',
  },
  {
    id: 'server-error',
    level: 'breaking',
    title: 'Server error',
    description: '`explore`: the server answered a generated request with a 5xx status: it failed on input the spec describes (or, for a negative case, could not refuse it cleanly).',
  },
  {
    id: 'valid-request-refused',
    level: 'breaking',
    title: 'Valid request refused',
    description: '`explore`: a request that conforms to the spec got a 4xx the operation does not list (401 and 403 excepted: they make the run inconclusive); a listed 4xx counts as a documented business error. Reported instead of undocumented-status.',
  },
  {
    id: 'created-not-retrieved',
    level: 'breaking',
    title: 'Created resource differs when retrieved',
    description: '`explore`: a resource created by the run, retrieved (or cancelled) by the id its create answer gave, came back with other values than it was created with, or could not be retrieved.',
  },
  {
    id: 'server-laxer-than-spec',
    level: 'warning',
    title: 'Server laxer than the spec',
    description: '`explore --negative`: a request breaking one constraint of the spec (keyword and pointer given) was accepted with a 2xx. Drift in the spec\'s direction: clients that follow the spec are unaffected, but the spec promises a refusal the server does not give.',
  },
  {
    id: 'undocumented-property',
    level: 'warning',
    title: 'Undocumented property',
    description: 'The response carries a property the schema\'s `properties` do not list. The specs leave `additionalProperties` open, so validators accept it; clients ignore it.',
  },
  {
    id: 'new-enum-value',
    level: 'warning',
    title: 'New enum value',
    description: 'A value is not in the schema\'s `enum`: exhaustive switches in client code miss it.',
  },
  {
    id: 'nullability-changed',
    level: 'warning',
    title: 'Nullability changed',
    description: 'A value is `null` live and not in the cassette, or the reverse, and the schema allows both: clients that never saw `null` there may not handle it.',
  },
  {
    id: 'recorded-property-missing',
    level: 'warning',
    title: 'Recorded optional property missing',
    description: 'An optional property present in the cassette is absent from the live response.',
  },
  {
    id: 'status-changed',
    level: 'warning',
    title: 'Status changed',
    description: 'The live status differs from the recorded one; both are documented, so clients handle it, but the server behaves differently than when the cassette was recorded.',
  },
  {
    id: 'example-changed',
    level: 'info',
    title: 'Value changed',
    description: 'A value has the same type as in the cassette but a different value. Volatile values (tokens, ids, references, timestamps, date-time strings) are not compared.',
  },
] as const satisfies readonly DriftRule[];

/** A rule id of {@link RULES}. */
export type RuleId = (typeof RULES)[number]['id'];

const BY_ID: ReadonlyMap<string, DriftRule> = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rule with id `id`. @throws {Error} for an id the catalogue lacks (a programming error). */
export function ruleOf(id: RuleId): DriftRule {
  const rule = BY_ID.get(id);
  if (rule === undefined) throw new Error(`unknown drift rule '${id}'`);
  return rule;
}

/**
 * One finding, as `drift.json` lists it. `pointer` is the JSON pointer (RFC 6901) of the value in the
 * response body (`''` for the whole response: status, media type, timeout), or for
 * `request-nonconformant` of the part of the request (`/header/…`, `/query/…`, `/body/…`); `cassette` is the
 * cassette's path relative to the working directory; `expected` and `actual` are short texts
 * (values as JSON, secrets redacted).
 */
export interface Finding {
  rule: RuleId;
  level: DriftLevel;
  api: ApiName;
  operationId: string;
  cassette: string;
  pointer: string;
  expected: string;
  actual: string;
}

/**
 * A finding before it is tied to an exchange: the rule, the place in the body and the two texts,
 * plus the JSON type of the value concerned (pairs a missing property with a renamed one).
 */
export interface Candidate {
  rule: RuleId;
  pointer: string;
  expected: string;
  actual: string;
  valueType?: string;
}

/** Counts of findings per level. */
export type DriftSummary = LevelSummary;

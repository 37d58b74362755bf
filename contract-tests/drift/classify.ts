/**
 * Classifies one live exchange: checks its status and media type against the spec, validates its
 * body with the operation's generated validator for that status, walks the schema for undocumented
 * properties, diffs the body against the recorded exchange, and turns all of it into findings of
 * the rule catalogue (rules.ts), each reported once.
 */
import { isDeepStrictEqual } from 'node:util';
import type { OperationDescriptor, ValidationError } from '../../generated/payquicker/index.gen.js';
import { escapePointerToken } from '../../generator/src/diagnostics.js';
import type { ApiName, Exchange } from '../core/types.js';
import { compareBodies } from './compare-cassette.js';
import { mergeCandidates } from './merge-candidates.js';
import { ruleOf, type Candidate, type Finding } from './rules.js';
import { jsonType, pointerTokens, typesOf, undocumentedProperties, valueAt, viewAt, viewOf, type SchemaView } from './schema-walk.js';
import { responseSpec, type SpecDocument } from './spec-document.js';
import { showValue } from './volatile.js';

/** What classification needs besides the exchanges. */
export interface ClassifyContext {
  readonly api: ApiName;
  /** Cassette path as reports name it. */
  readonly cassette: string;
  readonly spec: SpecDocument;
  /** The generated operation descriptors of `api`, by operationId. */
  readonly descriptors: Readonly<Record<string, OperationDescriptor>>;
}

type Parsed = { ok: true; value: unknown } | { ok: false };

/** The body as JSON, when it is JSON by media type (if one is given) and by syntax. */
function parseJson(response: Exchange['response']): Parsed {
  const type = response.headers['content-type'];
  if (type !== undefined && !/json/i.test(type)) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(response.body) as unknown };
  } catch {
    return { ok: false };
  }
}

/** The nearest property name of a pointer (array indexes skipped), for redaction and volatility. */
function nameAt(pointer: string): string | undefined {
  return pointerTokens(pointer).filter((t) => !/^\d+$/.test(t)).pop();
}

function describeBody(response: Exchange['response']): string {
  const type = response.headers['content-type'] ?? 'no content-type';
  if (response.body === '') return `empty body (${type})`;
  return `${type}: ${showValue(response.body.slice(0, 60))}`;
}

interface BodyInput {
  readonly doc: unknown;
  readonly view: SchemaView;
  readonly live: unknown;
  /** The recorded body of the same status, when there is one. */
  readonly recorded: Parsed;
}

function fromValidationError(error: ValidationError, input: BodyInput): Candidate[] {
  const value = valueAt(input.live, error.instancePath);
  const shown = showValue(value, nameAt(error.instancePath));
  const { params } = error;
  switch (error.keyword) {
    case 'required': {
      const pointer = `${error.instancePath}/${escapePointerToken(String(params['missingProperty']))}`;
      const recorded = input.recorded.ok ? valueAt(input.recorded.value, pointer) : undefined;
      const schemaTypes = typesOf(viewAt(input.doc, input.view, input.live, pointer));
      const valueType = recorded !== undefined ? jsonType(recorded) : schemaTypes?.length === 1 ? schemaTypes[0] : undefined;
      return [{ rule: 'missing-required-property', pointer, expected: `required property ${showValue(params['missingProperty'])}`, actual: 'absent', ...(valueType === undefined ? {} : { valueType }) }];
    }
    case 'type':
      return [{ rule: 'type-change', pointer: error.instancePath, expected: [params['type']].flat().join(' or '), actual: `${jsonType(value)} ${shown}` }];
    case 'enum':
    case 'const': {
      // A recorded value the enum lacks is reported once, as removed-enum-value, from the cassette.
      if (input.recorded.ok && isDeepStrictEqual(valueAt(input.recorded.value, error.instancePath), value)) return [];
      const allowed = params['allowedValues'] ?? params['allowedValue'];
      return [{ rule: 'new-enum-value', pointer: error.instancePath, expected: `one of ${showValue(allowed)}`, actual: shown }];
    }
    case 'additionalProperties': {
      const pointer = `${error.instancePath}/${escapePointerToken(String(params['additionalProperty']))}`;
      const extra = valueAt(input.live, pointer);
      return [{ rule: 'undocumented-property', pointer, expected: 'absent (not in the schema)', actual: showValue(extra, nameAt(pointer)), valueType: jsonType(extra) }];
    }
    default:
      return [{ rule: 'constraint-violation', pointer: error.instancePath, expected: error.message, actual: shown }];
  }
}

function removedEnumValues(errors: readonly ValidationError[], recorded: unknown): Candidate[] {
  return errors
    .filter((e) => e.keyword === 'enum' || e.keyword === 'const')
    .map((e) => ({
      rule: 'removed-enum-value' as const,
      pointer: e.instancePath,
      expected: `one of ${showValue(e.params['allowedValues'] ?? e.params['allowedValue'])}`,
      actual: `${showValue(valueAt(recorded, e.instancePath), nameAt(e.instancePath))} (recorded)`,
    }));
}

function bodyCandidates(input: BodyInput, validate: OperationDescriptor['responses'][string]['validate']): Candidate[] {
  const liveResult = validate?.(input.live);
  const candidates = liveResult?.valid === false ? liveResult.errors.flatMap((e) => fromValidationError(e, input)) : [];
  for (const extra of undocumentedProperties(input.doc, input.view, input.live)) {
    candidates.push({ rule: 'undocumented-property', pointer: extra.pointer, expected: 'absent (not in the schema)', actual: showValue(extra.value, extra.name), valueType: jsonType(extra.value) });
  }
  if (input.recorded.ok) {
    const recordedResult = validate?.(input.recorded.value);
    if (recordedResult?.valid === false) candidates.push(...removedEnumValues(recordedResult.errors, input.recorded.value));
    candidates.push(...compareBodies(input.doc, input.view, input.recorded.value, input.live));
  }
  return candidates;
}

/**
 * A status counts as documented when the operation lists it (by code or range), or when only
 * `default` covers it and the cassette recorded that same status: `default` describes the body of
 * unexpected statuses, and a recorded one is a status clients were seen to handle. A documented
 * 4xx or 5xx where the cassette recorded a 2xx is `success-became-error` (breaking).
 */
function statusCandidates(live: Exchange, recorded: Exchange | undefined, listed: boolean, keys: readonly string[]): Candidate[] {
  const status = live.response.status;
  const documented = listed || (recorded !== undefined && recorded.response.status === status);
  if (!documented) return [{ rule: 'undocumented-status', pointer: '', expected: `one of ${keys.filter((k) => k !== 'default').join(', ')}`, actual: String(status) }];
  const recordedStatus = recorded?.response.status;
  if (recordedStatus !== undefined && recordedStatus >= 200 && recordedStatus < 300 && status >= 400) {
    return [{ rule: 'success-became-error', pointer: '', expected: String(recordedStatus), actual: String(status) }];
  }
  if (recorded !== undefined && recorded.response.status !== status) {
    return [{ rule: 'status-changed', pointer: '', expected: String(recorded.response.status), actual: String(status) }];
  }
  return [];
}

/**
 * Every finding about `live` (an exchange of `ctx.api`), judged against the spec and against
 * `recorded`, the cassette's exchange aligned with it (same operationId), if any. Exchanges that
 * matched no operation give none.
 */
export function classifyExchange(ctx: ClassifyContext, live: Exchange, recorded: Exchange | undefined): Finding[] {
  const operationId = live.operationId;
  if (operationId === undefined) return [];
  const response = responseSpec(ctx.spec, operationId, live.response.status);
  let candidates = statusCandidates(live, recorded, response.documented, response.keys);
  const parsed = parseJson(live.response);
  if (response.json && !parsed.ok) {
    // One finding for the whole answer: a proxy's HTML page under an unlisted status is one fault.
    candidates = [{ rule: 'non-json-body', pointer: '', expected: `application/json (status ${response.key ?? live.response.status})`, actual: describeBody(live.response) }];
  } else if (parsed.ok && response.schema !== undefined) {
    const sameStatus = recorded !== undefined && recorded.response.status === live.response.status;
    const input: BodyInput = {
      doc: ctx.spec.doc,
      view: viewOf(ctx.spec.doc, response.schema),
      live: parsed.value,
      recorded: sameStatus ? parseJson(recorded.response) : { ok: false },
    };
    const validate = response.key === undefined ? undefined : ctx.descriptors[operationId]?.responses[response.key]?.validate;
    candidates.push(...bodyCandidates(input, validate));
  }
  return mergeCandidates(candidates).map((c) => ({
    rule: c.rule,
    level: ruleOf(c.rule).level,
    api: ctx.api,
    operationId,
    cassette: ctx.cassette,
    pointer: c.pointer,
    expected: c.expected,
    actual: c.actual,
  }));
}

/**
 * The catalogue of `api-contracts diff` rules, as data: every change the diff reports carries one of
 * these stable rule ids and its level. Levels are judged from the side of an existing client, in
 * the oasdiff tradition (oasdiff docs/BREAKING-CHANGES.md, docs/CHECKS.md: `error`, `warn`, `info`
 * become `breaking`, `warning`, `info`, the levels of `drift`): a request may not start refusing
 * what an old client sends, a response may not start sending what an old client cannot read.
 *
 * Schema-level rules exist once per scope (`request-parameter-…`, `request-body-…`,
 * `response-body-…`), with the level of the direction the scope belongs to.
 */
import { LEVELS, atOrAbove, summarize, type Level, type LevelSummary } from '../levels.js';

/** How much a change matters to an existing client: breaks it, should be known, or is harmless. */
export type DiffLevel = Level;
export { LEVELS, atOrAbove, summarize };

/** One rule: its id (kebab-case, stable), level, and what it means for a client. */
export interface DiffRule {
  readonly id: string;
  readonly level: DiffLevel;
  readonly description: string;
  /** True for additions (a new operation, parameter or property): they ask for a minor version. */
  readonly addition?: boolean;
}

/** What a schema comparison can find, before its scope (parameter, request body, response body) names the rule. */
export type SchemaKind =
  | 'type-changed'
  | 'enum-value-removed'
  | 'enum-value-added'
  | 'narrowed'
  | 'widened'
  | 'property-removed'
  | 'property-became-optional'
  | 'property-became-required'
  | 'new-required-property'
  | 'new-optional-property'
  | 'additional-properties-closed';

/** Where a schema sits: its scope decides the rule id prefix and the direction (request or response). */
export type SchemaScope = 'request-parameter' | 'request-body' | 'response-body';

/** The two directions, judged differently: a request must keep accepting, a response must keep being readable. */
export type Direction = 'request' | 'response';

interface SchemaKindRule {
  readonly request: DiffLevel;
  readonly response: DiffLevel;
  readonly description: string;
  readonly addition?: boolean;
}

/** Every schema kind with its level per direction. */
const SCHEMA_KINDS: Readonly<Record<SchemaKind, SchemaKindRule>> = {
  'type-changed': {
    request: 'breaking',
    response: 'breaking',
    description: 'The JSON type or `format` changed so that old clients send values the server refuses (request) or receive values they cannot read (response).',
  },
  'enum-value-removed': {
    request: 'breaking',
    response: 'info',
    description: 'An `enum` lost a value: clients sending it are refused (request); a response value clients handle is no longer sent (response).',
  },
  'enum-value-added': {
    request: 'info',
    response: 'warning',
    description: 'An `enum` gained a value: harmless in a request; in a response, exhaustive `switch` statements and strict validators of old clients break.',
  },
  narrowed: {
    request: 'breaking',
    response: 'info',
    description: 'A constraint was tightened (`maxLength`, `maximum`, `maxItems` lowered, `minLength`, `minimum`, `minItems` raised, `pattern` added or changed, an `enum` added): values old clients send may be refused (request); harmless in a response.',
  },
  widened: {
    request: 'info',
    response: 'warning',
    description: 'A constraint was loosened or removed (or `null` or another type is now allowed): harmless in a request; in a response, old clients and their validators may get values they do not expect.',
  },
  'property-removed': {
    request: 'warning',
    response: 'breaking',
    description: 'A property was removed: a client reading it gets `undefined` (response); callers passing it no longer type-check and the server may ignore or refuse it (request).',
  },
  'property-became-optional': {
    request: 'info',
    response: 'breaking',
    description: 'A required property became optional: clients relied on it being there (response); harmless in a request.',
  },
  'property-became-required': {
    request: 'breaking',
    response: 'info',
    description: 'An optional property became required: old clients that leave it out are refused (request); harmless in a response.',
  },
  'new-required-property': {
    request: 'breaking',
    response: 'info',
    description: 'A property was added as required: old clients do not send it (request); harmless in a response.',
    addition: true,
  },
  'new-optional-property': {
    request: 'info',
    response: 'info',
    description: 'An optional property was added.',
    addition: true,
  },
  'additional-properties-closed': {
    request: 'breaking',
    response: 'info',
    description: '`additionalProperties: false` was set: requests with properties outside the schema are refused (request); harmless in a response.',
  },
};

const SCOPES: readonly SchemaScope[] = ['request-parameter', 'request-body', 'response-body'];

/** The direction of a scope. */
export function directionOf(scope: SchemaScope): Direction {
  return scope === 'response-body' ? 'response' : 'request';
}

/** The rules that are not schema rules, in family order: operations, parameters, bodies, responses, security, servers. */
const OTHER_RULES = [
  { id: 'api-path-removed', level: 'breaking', description: 'A path and every operation under it were removed: calls to it fail and its generated methods disappear.' },
  { id: 'api-removed', level: 'breaking', description: 'An operation (a method of a path that is still there) was removed.' },
  { id: 'api-operation-id-changed', level: 'breaking', description: 'The operationId changed or was removed: the generated method name changes, so calling code no longer compiles.' },
  { id: 'api-added', level: 'info', description: 'A new operation.', addition: true },
  { id: 'new-required-request-parameter', level: 'breaking', description: 'A required query, path or cookie parameter was added: old clients do not send it.' },
  { id: 'new-required-request-header', level: 'breaking', description: 'A required request header was added (as `X-MyPayQuicker-Version` is): old clients do not send it.' },
  { id: 'new-optional-request-parameter', level: 'info', description: 'An optional request parameter was added.', addition: true },
  { id: 'request-parameter-removed', level: 'breaking', description: 'A request parameter was removed: callers passing it no longer type-check and the server may refuse it.' },
  { id: 'request-parameter-became-required', level: 'breaking', description: 'An optional request parameter became required: old clients that leave it out are refused.' },
  { id: 'request-parameter-location-changed', level: 'breaking', description: 'A parameter moved to another location (`in`: query, header, path, cookie): old clients send it where it is no longer read.' },
  { id: 'request-body-became-required', level: 'breaking', description: 'The request body became required (or a required body was added): old clients that send none are refused.' },
  { id: 'response-success-status-removed', level: 'breaking', description: 'A success (2xx) status was removed: old clients that handle it no longer get it, and get another.' },
  { id: 'response-media-type-removed', level: 'breaking', description: 'A response media type was removed: clients that parse it get another.' },
  { id: 'api-security-added', level: 'breaking', description: 'An operation that took no credentials now requires a security scheme.' },
  { id: 'api-security-changed', level: 'breaking', description: 'A security requirement of the operation now names another scheme (one was added to or removed from an alternative): old clients send the wrong credentials.' },
  { id: 'api-security-scope-changed', level: 'breaking', description: 'The OAuth 2 scopes an operation requires changed: old tokens may lack them.' },
  { id: 'security-scheme-changed', level: 'breaking', description: 'The definition of a security scheme changed (type, `in`, `name`, HTTP scheme, flows, token URL, scopes).' },
  { id: 'server-removed', level: 'breaking', description: 'A server URL was removed: clients configured with it fail.' },
] as const satisfies readonly DiffRule[];

/** A rule id of {@link RULES}. */
export type RuleId = (typeof OTHER_RULES)[number]['id'] | `${SchemaScope}-${SchemaKind}`;

/** The id of the schema rule `kind` in `scope`: `response-body-enum-value-added`. */
export function schemaRuleId(scope: SchemaScope, kind: SchemaKind): RuleId {
  return `${scope}-${kind}`;
}

/** Every rule: the fixed ones, then the schema rules of each scope. */
export const RULES: readonly DiffRule[] = [
  ...OTHER_RULES,
  ...SCOPES.flatMap((scope) =>
    (Object.entries(SCHEMA_KINDS) as [SchemaKind, SchemaKindRule][]).map(([kind, rule]) => ({
      id: schemaRuleId(scope, kind),
      level: rule[directionOf(scope)],
      description: rule.description,
      ...(rule.addition === true ? { addition: true } : {}),
    })),
  ),
];

const BY_ID: ReadonlyMap<string, DiffRule> = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rule with id `id`. @throws {Error} for an id the catalogue lacks (a programming error). */
export function ruleOf(id: RuleId): DiffRule {
  const rule = BY_ID.get(id);
  if (rule === undefined) throw new Error(`unknown diff rule '${id}'`);
  return rule;
}

/**
 * One change, as `diff.json` lists it. `pointer` is the JSON pointer (RFC 6901, URI fragment form)
 * of the changed node in the revision, or in the base for removals; `operationId`, `method` (lower
 * case) and `path` are empty for document-level changes (servers, security schemes).
 */
export interface Change {
  rule: RuleId;
  level: DiffLevel;
  operationId: string;
  method: string;
  path: string;
  pointer: string;
  message: string;
}

/** Counts of changes per level. */
export type DiffSummary = LevelSummary;

/** A semantic-versioning bump (semver.org §6–8). */
export type SemverBump = 'major' | 'minor' | 'patch';

/**
 * The version bump the generated clients need: `major` for any breaking change, `minor` for an
 * addition or a warning (new behaviour clients should know of), `patch` otherwise.
 */
export function suggestedBump(changes: readonly Change[]): SemverBump {
  if (changes.some((c) => c.level === 'breaking')) return 'major';
  if (changes.some((c) => c.level === 'warning' || ruleOf(c.rule).addition === true)) return 'minor';
  return 'patch';
}

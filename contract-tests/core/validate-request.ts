/**
 * Judges one HTTP request against the spec, the one place where replay, `drift` and `record` check
 * what the clients send (OpenAPI 3.1 §4.8.10 Operation Object, §4.8.12 Parameter Object, §4.8.13
 * Request Body Object). The operation is found by method and path template (match-operation.ts);
 * its parameters (path, query, header) and request body are validated with the operation's
 * generated validators. ABConnect's identity token endpoint (`components.pathItems.identityToken`,
 * outside `paths`) is judged against its `IdentityTokenRequest` form.
 *
 * Values on the wire are text: a parameter or form field the schema types as a number or boolean is
 * converted (`20` → 20, `true` → true) only where the text fails the schema's `type`.
 */
import { validateIdentityTokenRequest } from '../../generated/abconnect/index.gen.js';
import type { OperationDescriptor, ValidationResult } from '../../generated/payquicker/index.gen.js';
import { valueKeyOf } from '../../generator/runtime/operation.js';
import { escapePointerToken } from '../../generator/src/diagnostics.js';
import { descriptorsOf } from './descriptors.js';
import { ABCONNECT_TOKEN_OPERATION, matchOperation } from './match-operation.js';
import type { ApiName } from './types.js';

/** A request as the suite sees it: method, path and query relative to the API base, lower-case headers, body text. */
export interface RequestToJudge {
  method: string;
  path: string;
  headers: Readonly<Record<string, string>>;
  body?: string;
}

/** One way the request breaks the spec. */
export interface RequestProblem {
  /**
   * JSON pointer (RFC 6901) of the offending part of the request seen as
   * `{ path, query, header, body }`: `/header/X-MyPayQuicker-Version`, `/query/pageSize`,
   * `/body/items/0/amount`; `/body` for a missing body or a wrong media type; `''` when the request
   * matches no operation.
   */
  pointer: string;
  /** What is wrong: `is required`, `must be <= 50`. */
  message: string;
  /** Where the spec says so, as a URI fragment (`#/components/schemas/…/maximum`), when known. */
  specPointer?: string;
}

/** The operation the request calls (undefined when none) and every problem found (empty: it conforms). */
export interface RequestVerdict {
  operationId: string | undefined;
  problems: RequestProblem[];
}

type Validate = (value: Record<string, unknown>) => ValidationResult;
type ValidationIssue = Extract<ValidationResult, { valid: false }>['errors'][number];

/** The pseudo-descriptor of ABConnect's identity token endpoint: a required form body, no parameters. */
const IDENTITY_TOKEN: Pick<OperationDescriptor, 'parameters' | 'requestBody'> = {
  parameters: [],
  requestBody: {
    contentType: 'application/x-www-form-urlencoded',
    required: true,
    validate: validateIdentityTokenRequest,
  },
};

/** Most conversion rounds; each converts every value that failed on `type`. */
const MAX_CONVERSIONS = 3;

/** `text` as the number or boolean it spells, or undefined. */
function converted(text: unknown): number | boolean | undefined {
  if (text === 'true' || text === 'false') return text === 'true';
  if (typeof text === 'string' && /^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text)) return Number(text);
  return undefined;
}

/**
 * Validates `values` (wire text), converting a top-level value to a number or boolean where the text
 * failed the schema's `type`, until it passes or nothing more converts.
 */
function validateWireValues(validate: Validate, values: Record<string, unknown>): ValidationIssue[] {
  let current = values;
  for (let round = 0; ; round++) {
    const result = validate(current);
    if (result.valid) return [];
    const next = { ...current };
    let changed = false;
    for (const issue of result.errors.filter((e) => e.keyword === 'type')) {
      const name = topLevelName(issue.instancePath);
      const value = name === undefined ? undefined : converted(current[name]);
      if (name !== undefined && value !== undefined && typeof current[name] === 'string') {
        next[name] = value;
        changed = true;
      }
    }
    if (!changed || round >= MAX_CONVERSIONS) return result.errors;
    current = next;
  }
}

function topLevelName(instancePath: string): string | undefined {
  const token = instancePath.split('/')[1];
  return token === undefined || token === '' ? undefined : token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The property a `required` or `additionalProperties` issue names, which locates it better than its parent. */
function issuePointer(issue: ValidationIssue): string {
  const { missingProperty, additionalProperty } = issue.params;
  const name = missingProperty ?? additionalProperty;
  return typeof name === 'string' ? `${issue.instancePath}/${escapePointerToken(name)}` : issue.instancePath;
}

function issueMessage(issue: ValidationIssue): string {
  if (issue.keyword === 'required') return 'is required';
  if (issue.keyword === 'additionalProperties') return 'is not allowed';
  return issue.message;
}

function parameterValues(op: Pick<OperationDescriptor, 'parameters'>, template: string | undefined, request: RequestToJudge): Record<string, unknown> {
  const at = request.path.indexOf('?');
  const pathname = at < 0 ? request.path : request.path.slice(0, at);
  const query = new URLSearchParams(at < 0 ? '' : request.path.slice(at + 1));
  const segments = pathname.split('/');
  const templateSegments = (template ?? '').split('/');
  const values: Record<string, unknown> = {};
  for (const param of op.parameters) {
    if (param.in === 'header') {
      const value = request.headers[param.name.toLowerCase()];
      if (value !== undefined) values[valueKeyOf(param)] = value;
    } else if (param.in === 'query') {
      const all = query.getAll(param.name);
      if (all.length > 0) values[valueKeyOf(param)] = all.length === 1 ? all[0] : all;
    } else if (param.in === 'path') {
      const at = templateSegments.indexOf(`{${param.name}}`);
      const segment = at < 0 ? undefined : segments[at];
      if (segment !== undefined) values[valueKeyOf(param)] = safeDecode(segment);
    }
  }
  return values;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function parameterProblems(op: Pick<OperationDescriptor, 'parameters' | 'validateParameters'>, values: Record<string, unknown>): RequestProblem[] {
  if (op.validateParameters === undefined) return [];
  return validateWireValues(op.validateParameters, values).map((issue) => {
    const key = topLevelName(issuePointer(issue)) ?? '';
    const param = op.parameters.find((p) => valueKeyOf(p) === key);
    return { pointer: `/${param?.in ?? 'parameter'}/${escapePointerToken(param?.name ?? key)}`, message: issueMessage(issue), specPointer: issue.schemaPath };
  });
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function isJson(type: string): boolean {
  return type === 'application/json' || type.endsWith('+json');
}

/** The body as a value the schema judges: a form's fields (wire text), or parsed JSON; a problem when it cannot be read. */
function bodyValue(expected: string, request: RequestToJudge): { value: unknown } | { problem: RequestProblem } {
  const sent = mediaType(request.headers['content-type']);
  const form = expected === 'application/x-www-form-urlencoded';
  if (form ? sent !== expected : !isJson(sent)) {
    return { problem: { pointer: '/body', message: `is sent as '${sent || '(no Content-Type)'}', the spec documents ${expected}` } };
  }
  if (form) return { value: Object.fromEntries(new URLSearchParams(request.body ?? '')) };
  try {
    return { value: JSON.parse(request.body ?? '') as unknown };
  } catch {
    return { problem: { pointer: '/body', message: 'is not valid JSON' } };
  }
}

function bodyProblems(op: Pick<OperationDescriptor, 'requestBody'>, request: RequestToJudge): RequestProblem[] {
  const declared = op.requestBody;
  const present = request.body !== undefined && request.body !== '';
  if (declared === undefined) return present ? [{ pointer: '/body', message: 'is sent, but the operation documents no request body' }] : [];
  if (!present) return declared.required ? [{ pointer: '/body', message: 'is required' }] : [];
  const read = bodyValue(declared.contentType, request);
  if ('problem' in read) return [read.problem];
  const validate = declared.validate;
  if (validate === undefined) return [];
  if (declared.contentType === 'application/x-www-form-urlencoded') {
    return bodyIssues(validateWireValues(validate, read.value as Record<string, unknown>));
  }
  const result = validate(read.value);
  return result.valid ? [] : bodyIssues(result.errors);
}

function bodyIssues(issues: readonly ValidationIssue[]): RequestProblem[] {
  return issues.map((issue) => ({ pointer: `/body${issuePointer(issue)}`, message: issueMessage(issue), specPointer: issue.schemaPath }));
}

/** Duplicates (as `oneOf` branches give) listed once. */
function unique(problems: RequestProblem[]): RequestProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.pointer}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Judges `request` against `spec/<api>.yaml`: the operation must exist; required parameters and
 * headers must be present and every parameter must match its schema; a required body must be sent
 * with the documented media type and match its schema.
 */
export function validateRequest(api: ApiName, request: RequestToJudge): RequestVerdict {
  const operationId = matchOperation(api, request.method, request.path);
  if (operationId === undefined) {
    return { operationId, problems: [{ pointer: '', message: `${request.method} ${request.path.split('?')[0] ?? ''} matches no operation of spec/${api}.yaml` }] };
  }
  const descriptor = operationId === ABCONNECT_TOKEN_OPERATION ? undefined : descriptorsOf(api)[operationId];
  const op = descriptor ?? IDENTITY_TOKEN;
  const values = parameterValues(op, descriptor?.path, request);
  const problems = [...parameterProblems(op, values), ...bodyProblems(op, request)];
  return { operationId, problems: unique(problems) };
}

/** One line per problem: `/header/X-MyPayQuicker-Version: is required`. */
export function describeRequestProblems(problems: readonly RequestProblem[]): string {
  return problems.map((p) => `${p.pointer || '(request)'}: ${p.message}`).join('; ');
}

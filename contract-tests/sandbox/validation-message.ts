/**
 * Turns the errors of a generated validator into the one-line message the sandbox puts in an error
 * body, naming each failing field by its parameter name or by its JSON pointer (RFC 6901) inside
 * the request body, as the house rule asks.
 */

/** The part of a generated validator's error the sandbox reads (see generator/runtime/validation.ts). */
export interface ValidationIssue {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message: string;
}

/** A generated validator's result. */
export type ValidationOutcome = { readonly valid: true } | { readonly valid: false; readonly errors: readonly ValidationIssue[] };

/** At most this many issues are spelled out; the rest are counted. */
const MAX_LISTED = 3;

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The property a `required` or `additionalProperties` error is about, which names the field better than its parent. */
function namedProperty(issue: ValidationIssue): string | undefined {
  const { missingProperty, additionalProperty, unevaluatedProperty } = issue.params;
  const name = missingProperty ?? additionalProperty ?? unevaluatedProperty;
  return typeof name === 'string' ? name : undefined;
}

function describeOne(part: 'parameter' | 'request body', issue: ValidationIssue): string {
  const property = namedProperty(issue);
  const pointer = property === undefined ? issue.instancePath : `${issue.instancePath}/${escapeToken(property)}`;
  const message = property === undefined ? issue.message : issue.keyword === 'required' ? 'is required' : 'is not allowed';
  if (part === 'request body') return `request body ${pointer || '(root)'}: ${message}`;
  const name = pointer.slice(1).split('/')[0] ?? '';
  return `parameter ${name.replace(/~1/g, '/').replace(/~0/g, '~')}: ${message}`;
}

/**
 * One line describing the issues, e.g. `parameter pageSize: must be <= 50` or
 * `request body /items/0/destinationToken: is required; …`. Duplicates (as `oneOf` branches give)
 * are listed once.
 */
export function describeIssues(part: 'parameter' | 'request body', issues: readonly ValidationIssue[]): string {
  const lines = [...new Set(issues.map((issue) => describeOne(part, issue)))];
  const listed = lines.slice(0, MAX_LISTED).join('; ');
  return lines.length > MAX_LISTED ? `${listed}; and ${lines.length - MAX_LISTED} more` : listed;
}

/**
 * The ruleset of `api-contracts lint`: Redocly's `recommended` rules, made stricter where a
 * generated client or the drift check depends on the rule (a missing operationId would change
 * method names, an invalid example would poison the cassettes built from it).
 */
export const LINT_EXTENDS = ['recommended'] as const;

export const LINT_RULES = {
  'operation-operationId': 'error',
  'operation-operationId-unique': 'error',
  'operation-operationId-url-safe': 'error',
  'operation-summary': 'error',
  'operation-description': 'warn',
  'operation-4xx-response': 'error',
  'operation-2xx-response': 'error',
  'operation-tag-defined': 'error',
  'tag-description': 'error',
  'path-parameters-defined': 'error',
  'no-invalid-media-type-examples': { severity: 'error', allowAdditionalProperties: false },
  'no-invalid-schema-examples': { severity: 'error', allowAdditionalProperties: false },
  'no-invalid-parameter-examples': { severity: 'error', allowAdditionalProperties: false },
  'no-unused-components': 'error',
  'security-defined': 'error',
  'no-server-example.com': 'error',
  'no-server-trailing-slash': 'error',
} as const;

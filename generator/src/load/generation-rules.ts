/**
 * The Redocly rules that decide whether a document can be generated from. Only defects that make
 * generation impossible or ambiguous are errors here; style belongs to `api-contracts lint`.
 * Missing path parameters are checked by the IR builder instead, which says what it assumed.
 */
export const GENERATION_RULES = {
  struct: 'error',
  'no-unresolved-refs': 'error',
  'operation-operationId-unique': 'error',
} as const;

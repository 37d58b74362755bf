/**
 * The Redocly rules that decide whether a document can be generated from. Only defects that make
 * generation impossible or ambiguous are errors here; style belongs to `api-contracts lint`.
 * Missing path parameters and duplicate operationIds are checked by the IR builder instead, which
 * says what it assumed or names both operations.
 */
export const GENERATION_RULES = {
  struct: 'error',
  'no-unresolved-refs': 'error',
} as const;

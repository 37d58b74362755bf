/**
 * What the JSON Schema Test Suite run leaves out, and why. Everything not listed here must pass.
 * `group`/`test` narrow a skip to one test group or one case (matched by description).
 */
export interface Skip {
  dir: 'draft2020-12' | 'draft4';
  /** File relative to the dialect directory, e.g. `optional/format/iri.json`. */
  file: string;
  group?: string;
  test?: string;
  reason: string;
}

const REMOTE = 'needs remote documents (http://localhost:1234/…, the meta-schema); validators resolve $ref inside one bundled document only';
const DYNAMIC = '$dynamicRef/$dynamicAnchor are not used by OpenAPI documents; not supported (needs the dynamic scope at run time)';
const META = 'validates a schema against the JSON Schema meta-schema, which is a remote document';

export const SKIPPED: readonly Skip[] = [
  { dir: 'draft2020-12', file: 'refRemote.json', reason: REMOTE },
  { dir: 'draft4', file: 'refRemote.json', reason: REMOTE },
  { dir: 'draft2020-12', file: 'ref.json', group: 'remote ref, containing refs itself', reason: META },
  { dir: 'draft4', file: 'ref.json', group: 'remote ref, containing refs itself', reason: META },
  { dir: 'draft2020-12', file: 'defs.json', group: 'validate definition against metaschema', reason: META },
  { dir: 'draft4', file: 'definitions.json', group: 'validate definition against metaschema', reason: META },
  { dir: 'draft2020-12', file: 'vocabulary.json', reason: `$vocabulary needs custom meta-schemas: ${REMOTE}` },
  { dir: 'draft2020-12', file: 'dynamicRef.json', reason: DYNAMIC },
  { dir: 'draft2020-12', file: 'optional/dynamicRef.json', reason: DYNAMIC },
  { dir: 'draft2020-12', file: 'unevaluatedProperties.json', group: 'unevaluatedProperties with $dynamicRef', reason: DYNAMIC },
  { dir: 'draft2020-12', file: 'unevaluatedItems.json', group: 'unevaluatedItems with $dynamicRef', reason: DYNAMIC },
  {
    dir: 'draft2020-12',
    file: 'format.json',
    test: 'is only an annotation by default',
    reason: 'OpenAPI validators assert `format` (the OpenAPI format vocabulary); the suite expects annotation-only behaviour',
  },
  { dir: 'draft2020-12', file: 'optional/format/iri.json', reason: 'format iri (RFC 3987) is not implemented; accepted as an unknown format' },
  { dir: 'draft2020-12', file: 'optional/format/iri-reference.json', reason: 'format iri-reference is not implemented; accepted as an unknown format' },
  { dir: 'draft2020-12', file: 'optional/format/idn-email.json', reason: 'format idn-email needs IDNA tables; accepted as an unknown format' },
  { dir: 'draft2020-12', file: 'optional/format/idn-hostname.json', reason: 'format idn-hostname needs IDNA2008 tables; accepted as an unknown format' },
  {
    dir: 'draft2020-12',
    file: 'optional/format/hostname.json',
    group: 'validation of A-label (punycode) host names',
    reason: 'A-label checks need Punycode decoding and IDNA2008 contextual rules; hostname checks RFC 1123 syntax only',
  },
  { dir: 'draft2020-12', file: 'optional/cross-draft.json', reason: `references a draft 2019-09 schema: ${REMOTE}` },
  {
    dir: 'draft4',
    file: 'optional/zeroTerminatedFloats.json',
    reason: 'JSON.parse yields the same number for 1.0 and 1, so "1.0 is not an integer" cannot be told apart in JavaScript',
  },
];

/** The skip entry covering a case, if any. */
export function skipFor(dir: string, file: string, group: string, test: string): Skip | undefined {
  return SKIPPED.find(
    (s) =>
      s.dir === dir &&
      s.file === file &&
      (s.group === undefined || s.group === group) &&
      (s.test === undefined || test.includes(s.test)),
  );
}

/**
 * A group `generate` cannot take when its schema is a component of an OpenAPI document: refused
 * (exit 2, the group stays in the document and must be refused) or `crash` (a failure that is not a
 * located refusal and would end the whole run: the group is left out of the document).
 */
export interface LoaderSkip {
  dir: Skip['dir'];
  file: string;
  /** The group's description; every group of the file when absent. */
  group?: string;
  crash?: true;
  reason: string;
}

const ALLOF_BOOLEAN =
  'generate ends in an internal error (exit 70): openapi-typescript 7.13 reads each allOf member as an object ("Cannot use \'in\' operator to search for \'$ref\' in true"); types-document.ts turns boolean $defs into objects but not allOf members';
const ANCHOR_CRASH = 'generate ends in an internal error (exit 70): openapi-typescript 7.13 cannot parse the plain-name $ref "#bigint" ($anchor)';

const KEYWORD_30 =
  'not a keyword of the OpenAPI 3.0 Schema Object (OAS 3.0.3 §4.7.24: no patternProperties, definitions, dependencies, additionalItems, id, $comment): Redocly\'s struct rule refuses it';
const TYPE_30 = 'OAS 3.0.3 §4.7.24: `type` is one string and never "null" (3.0 has `nullable`); a type array or "null" is refused by Redocly\'s struct rule';
const UNKNOWN_KEYWORD_31 =
  'to report: JSON Schema 2020-12 (§6.5) and OAS 3.1 allow unknown keywords in a schema, but Redocly\'s struct rule refuses this one (dependencies, unknown-keyword, array_of_schemas)';
const ID_REF_31 =
  'to report: the loader (Redocly) resolves a $ref as a file or URL, not against $id / $anchor / URN bases (JSON Schema 2020-12 §8.2); the validators could, but the document is refused first';
const ABSOLUTE_PATH_REF = '$ref "/absref/foobar.json" is an absolute path outside the spec\'s folder: refused by design (never read what the user did not ask for)';
const EMPTY_TOKENS = 'to report: a $ref whose JSON pointer has two empty tokens ("#/$defs//$defs/") does not resolve in the loader';

/**
 * Groups whose schema `generate` refuses (exit 2) as a component schema, and why. Everything not
 * listed here must generate; an entry that no longer matches a refusal fails the run, so the list
 * shrinks when the loader learns more.
 */
export const LOADER_SKIPPED: readonly LoaderSkip[] = [
  ...['allOf with boolean schemas, all true', 'allOf with boolean schemas, some false', 'allOf with boolean schemas, all false'].map(
    (group) => ({ dir: 'draft2020-12' as const, file: 'allOf.json', group, crash: true as const, reason: ALLOF_BOOLEAN }),
  ),
  { dir: 'draft2020-12', file: 'unevaluatedItems.json', group: 'unevaluatedItems with boolean schemas', crash: true, reason: ALLOF_BOOLEAN },
  { dir: 'draft2020-12', file: 'unevaluatedProperties.json', group: 'unevaluatedProperties with boolean schemas', crash: true, reason: ALLOF_BOOLEAN },
  { dir: 'draft2020-12', file: 'ref.json', group: 'order of evaluation: $id and $anchor and $ref', crash: true, reason: ANCHOR_CRASH },
  { dir: 'draft2020-12', file: 'anchor.json', group: "Location-independent identifier", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'anchor.json', group: "Location-independent identifier with absolute URI", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'anchor.json', group: "Location-independent identifier with base URI change in subschema", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'anchor.json', group: "same $anchor with different base uri", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'ref.json', group: "Recursive references between schemas", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'ref.json', group: "refs with relative uris and defs", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'ref.json', group: "relative refs with absolute uris and defs", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'ref.json', group: "$id must be resolved against nearest parent, not just immediate parent", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'ref.json', group: "order of evaluation: $id and $ref", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'ref.json', group: "order of evaluation: $id and $ref on nested schema", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'ref.json', group: "simple URN base URI with $ref via the URN", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'ref.json', group: "simple URN base URI with JSON pointer", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'ref.json', group: "URN base URI with NSS", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'ref.json', group: "URN base URI with r-component", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'ref.json', group: "URN base URI with q-component", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'ref.json', group: "URN base URI with URN and JSON pointer ref", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'ref.json', group: "URN base URI with URN and anchor ref", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'ref.json', group: "URN ref with nested pointer ref", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'ref.json', group: "ref to if", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'ref.json', group: "ref to then", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'ref.json', group: "ref to else", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'ref.json', group: "ref with absolute-path-reference", reason: ABSOLUTE_PATH_REF },
  { dir: 'draft2020-12', file: 'ref.json', group: "$id with file URI still resolves pointers - *nix", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'ref.json', group: "$id with file URI still resolves pointers - windows", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'ref.json', group: "empty tokens in $ref json-pointer", reason: EMPTY_TOKENS },
  { dir: 'draft2020-12', file: 'optional/anchor.json', group: "$anchor inside an enum is not a real identifier", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'optional/dependencies-compatibility.json', group: "single dependency", reason: UNKNOWN_KEYWORD_31 },
  { dir: 'draft2020-12', file: 'optional/dependencies-compatibility.json', group: "empty dependents", reason: UNKNOWN_KEYWORD_31 },
  { dir: 'draft2020-12', file: 'optional/dependencies-compatibility.json', group: "multiple dependents required", reason: UNKNOWN_KEYWORD_31 },
  { dir: 'draft2020-12', file: 'optional/dependencies-compatibility.json', group: "dependencies with escaped characters", reason: UNKNOWN_KEYWORD_31 },
  { dir: 'draft2020-12', file: 'optional/dependencies-compatibility.json', group: "single schema dependency", reason: UNKNOWN_KEYWORD_31 },
  { dir: 'draft2020-12', file: 'optional/dependencies-compatibility.json', group: "boolean subschemas", reason: UNKNOWN_KEYWORD_31 },
  { dir: 'draft2020-12', file: 'optional/dependencies-compatibility.json', group: "schema dependencies with escaped characters", reason: UNKNOWN_KEYWORD_31 },
  { dir: 'draft2020-12', file: 'optional/id.json', group: "$id inside an enum is not a real identifier", reason: ID_REF_31 },
  { dir: 'draft2020-12', file: 'optional/refOfUnknownKeyword.json', group: "reference of a root arbitrary keyword ", reason: UNKNOWN_KEYWORD_31 },
  { dir: 'draft2020-12', file: 'optional/refOfUnknownKeyword.json', group: "reference of a root arbitrary keyword with encoded ref", reason: UNKNOWN_KEYWORD_31 },
  { dir: 'draft2020-12', file: 'optional/refOfUnknownKeyword.json', group: "reference of an arbitrary keyword of a sub-schema", reason: UNKNOWN_KEYWORD_31 },
  { dir: 'draft2020-12', file: 'optional/refOfUnknownKeyword.json', group: "reference of an arbitrary keyword of a sub-schema with encoded ref", reason: UNKNOWN_KEYWORD_31 },
  { dir: 'draft2020-12', file: 'optional/unknownKeyword.json', group: "$id inside an unknown keyword is not a real identifier", reason: UNKNOWN_KEYWORD_31 },
  { dir: 'draft4', file: 'additionalItems.json', group: "additionalItems as schema", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'additionalItems.json', group: "when items is schema, additionalItems does nothing", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'additionalItems.json', group: "array of items with no additionalItems permitted", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'additionalItems.json', group: "additionalItems as false without items", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'additionalItems.json', group: "additionalItems does not look in applicators, invalid case", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'additionalItems.json', group: "items validation adjusts the starting index for additionalItems", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'additionalItems.json', group: "additionalItems with heterogeneous array", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'additionalItems.json', group: "additionalItems with null instance elements", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'additionalProperties.json', group: "additionalProperties being false does not allow other properties", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'additionalProperties.json', group: "non-ASCII pattern with additionalProperties", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'additionalProperties.json', group: "additionalProperties with null valued instance properties", reason: TYPE_30 },
  { dir: 'draft4', file: 'allOf.json', group: "allOf with base schema", reason: TYPE_30 },
  { dir: 'draft4', file: 'allOf.json', group: "nested allOf, to check validation semantics", reason: TYPE_30 },
  { dir: 'draft4', file: 'anyOf.json', group: "nested anyOf, to check validation semantics", reason: TYPE_30 },
  { dir: 'draft4', file: 'dependencies.json', group: "dependencies", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'dependencies.json', group: "multiple dependencies", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'dependencies.json', group: "multiple dependencies subschema", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'dependencies.json', group: "dependencies with escaped characters", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'dependencies.json', group: "dependent subschema incompatible with root", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'enum.json', group: "characters with the same visual representation but different codepoint", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'enum.json', group: "characters with the same visual representation, but different number of codepoints", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'infinite-loop-detection.json', group: "evaluating the same schema location against the same data location twice is not a sign of an infinite loop", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'items.json', group: "items and subitems", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'items.json', group: "items with null instance elements", reason: TYPE_30 },
  { dir: 'draft4', file: 'items.json', group: "array-form items with null instance elements", reason: TYPE_30 },
  { dir: 'draft4', file: 'not.json', group: "not multiple types", reason: TYPE_30 },
  { dir: 'draft4', file: 'oneOf.json', group: "nested oneOf, to check validation semantics", reason: TYPE_30 },
  { dir: 'draft4', file: 'patternProperties.json', group: "patternProperties validates properties matching a regex", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'patternProperties.json', group: "multiple simultaneous patternProperties are validated", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'patternProperties.json', group: "regexes are not anchored by default and are case sensitive", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'patternProperties.json', group: "patternProperties with null valued instance properties", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'properties.json', group: "properties, patternProperties, additionalProperties interaction", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'properties.json', group: "properties with null valued instance properties", reason: TYPE_30 },
  { dir: 'draft4', file: 'ref.json', group: "escaped pointer ref", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'ref.json', group: "nested refs", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'ref.json', group: "ref overrides any sibling keywords", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'ref.json', group: "$ref prevents a sibling id from changing the base uri", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'ref.json', group: "property named $ref, containing an actual $ref", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'ref.json', group: "Recursive references between schemas", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'ref.json', group: "refs with quote", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'ref.json', group: "Location-independent identifier", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'ref.json', group: "Location-independent identifier with base URI change in subschema", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'ref.json', group: "naive replacement of $ref with its destination is not correct", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'ref.json', group: "id must be resolved against nearest parent, not just immediate parent", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'ref.json', group: "id with file URI still resolves pointers - *nix", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'ref.json', group: "id with file URI still resolves pointers - windows", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'ref.json', group: "empty tokens in $ref json-pointer", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'type.json', group: "null type matches only the null object", reason: TYPE_30 },
  { dir: 'draft4', file: 'type.json', group: "multiple types can be specified in an array", reason: TYPE_30 },
  { dir: 'draft4', file: 'type.json', group: "type as array with one item", reason: TYPE_30 },
  { dir: 'draft4', file: 'type.json', group: "type: array or object", reason: TYPE_30 },
  { dir: 'draft4', file: 'type.json', group: "type: array, object or null", reason: TYPE_30 },
  { dir: 'draft4', file: 'uniqueItems.json', group: "uniqueItems with an array of items and additionalItems=false", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'uniqueItems.json', group: "uniqueItems=false with an array of items and additionalItems=false", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'optional/ecmascript-regex.json', group: "patterns always use unicode semantics with patternProperties", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'optional/ecmascript-regex.json', group: "\\w in patternProperties matches [A-Za-z0-9_], not unicode letters", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'optional/ecmascript-regex.json', group: "patternProperties with ASCII ranges", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'optional/ecmascript-regex.json', group: "\\d in patternProperties matches [0-9], not unicode digits", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'optional/ecmascript-regex.json', group: "patternProperties with non-ASCII digits", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'optional/id.json', group: "id inside an enum is not a real identifier", reason: KEYWORD_30 },
  { dir: 'draft4', file: 'optional/non-bmp-regex.json', group: "Proper UTF-16 surrogate pair handling: patternProperties", reason: KEYWORD_30 },
];

/** The loader skip entry covering a group, if any. */
export function loaderSkipFor(dir: string, file: string, group: string): LoaderSkip | undefined {
  return LOADER_SKIPPED.find((s) => s.dir === dir && s.file === file && (s.group === undefined || s.group === group));
}

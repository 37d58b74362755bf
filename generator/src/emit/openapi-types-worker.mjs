// Worker thread of `startOpenApiTypes` (openapi-types.ts): loads openapi-typescript (and the
// TypeScript compiler it pulls in) while the main thread loads and validates the spec, then turns
// each document it is sent into openapi-typescript's source text. Plain JavaScript, so the
// worker starts without a TypeScript loader.
//
// Three choices keep this off the critical path of generation:
// - openapi-typescript is loaded through its CommonJS build: imported as ESM, Node would scan the
//   9 MB TypeScript compiler it requires twice more (module-format detection, export-name
//   lexing), which costs about as much again as compiling it.
// - The document arrives already bundled and validated by our loader (Redocly), so it goes
//   straight to openapi-typescript's `transformSchema` with the context its `openapiTS()` entry
//   would build for these options, instead of through `openapiTS()`, whose second Redocly lint and
//   bundle of the same document was half of this worker's time.
// - Only the modules that transform and print are loaded (the package exports `./*`), not its
//   entry, which loads the whole of its own Redocly copy for that skipped step.
// openapi-types.test.ts proves the text equals `openapiTS()`'s, so a change inside
// openapi-typescript (pinned to 7.13.x) cannot slip through.
// Message in: a bundled OpenAPI document. Message out: `{ result: text }` or `{ error }` (see worker-job.ts).
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const transformSchema = require('openapi-typescript/dist/transform/index.cjs');
const { scanDiscriminators, resolveRef } = require('openapi-typescript/dist/lib/utils.cjs');
const { astToString } = require('openapi-typescript/dist/lib/ts.cjs');

/** The options given to openapi-typescript, here and in the equivalence test. */
export const OPENAPI_TS_OPTIONS = {
  silent: true,
  alphabetize: false,
  // A `default` is what a server assumes when a field is absent, not a promise that it is sent:
  // keep such fields optional (openapi-typescript 7 makes them required by default).
  defaultNonNullable: false,
};

/**
 * openapi-typescript's `GlobalContext` for `document` and {@link OPENAPI_TS_OPTIONS}: every other
 * field at the default `openapiTS()` gives it (openapi-typescript 7.13, dist/index.cjs). `redoc`
 * is only read by the lint and bundle step skipped here.
 */
function globalContext(document) {
  const { silent, alphabetize, defaultNonNullable } = OPENAPI_TS_OPTIONS;
  return {
    additionalProperties: false,
    alphabetize,
    arrayLength: false,
    defaultNonNullable,
    discriminators: scanDiscriminators(document, OPENAPI_TS_OPTIONS),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    redoc: undefined,
    silent,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => resolveRef(document, $ref, { silent }),
  };
}

/** openapi-typescript's source text (`paths`, `components`, `operations`, …) for a bundled `document`. */
export function renderOpenApiTypes(document) {
  return astToString(transformSchema(document, globalContext(document)));
}

parentPort?.on('message', (document) => {
  try {
    parentPort.postMessage({ result: renderOpenApiTypes(document) });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});

// Types of openapi-types-worker.mjs (plain JavaScript, so the worker starts without a TypeScript loader).

/** The options given to openapi-typescript (`silent`, `alphabetize: false`, `defaultNonNullable: false`). */
export declare const OPENAPI_TS_OPTIONS: { readonly silent: boolean; readonly alphabetize: boolean; readonly defaultNonNullable: boolean };

/**
 * openapi-typescript's source text for a bundled OpenAPI 3.x `document` (every `$ref` internal).
 * @throws {Error} openapi-typescript's own, for a document it cannot transform.
 */
export declare function renderOpenApiTypes(document: unknown): string;

// Worker thread of `startOpenApiTypes` (openapi-types.ts): loads openapi-typescript (and the
// TypeScript compiler it pulls in) while the main thread loads and validates the spec, then turns
// the one document it is sent into openapi-typescript's source text. Plain JavaScript, so the
// worker starts without a TypeScript loader.
// Message in: `{ document }` (a bundled OpenAPI document). Message out: `{ text }` or `{ error }`.
import { parentPort } from 'node:worker_threads';
import openapiTS, { astToString } from 'openapi-typescript';

parentPort?.once('message', (message) => {
  openapiTS(message.document, {
    silent: true,
    alphabetize: false,
    // A `default` is what a server assumes when a field is absent, not a promise that it is sent:
    // keep such fields optional (openapi-typescript 7 makes them required by default).
    defaultNonNullable: false,
  }).then(
    (ast) => parentPort?.postMessage({ text: astToString(ast) }),
    (error) => parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
});

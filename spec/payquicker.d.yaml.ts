/**
 * Type of `api-contracts/spec/payquicker.yaml` for a bundler that loads YAML as a module (Vite or
 * Rollup with a YAML plugin): the parsed OpenAPI 3.1 document as its default export. Node has no
 * YAML loader: read the file instead (`fileURLToPath(import.meta.resolve('api-contracts/spec/payquicker.yaml'))`).
 */
declare const document: Record<string, unknown>;
export default document;

/**
 * ajv 8 validators of `PaymentJobResult` compiled straight from the spec: the whole
 * spec/payquicker.yaml document is added to Ajv2020 (OpenAPI 3.1 schemas are JSON Schema
 * 2020-12) with ajv-formats, and `{ $ref: 'spec#/components/schemas/PaymentJobResult' }` is
 * compiled. `strict: false` because the document around the schemas carries OpenAPI keywords
 * (`openapi`, `paths`, `example`…) that ajv's strict mode rejects as unknown.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { loadSpec } from './rules.js';

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/**
 * Compiles the validator; `allErrors: false` (ajv's default) stops at the first error,
 * `allErrors: true` collects every error as our generated `validate…` functions do.
 */
export function compileAjv(allErrors: boolean): ValidateFunction {
  const ajv = new Ajv2020({ allErrors, strict: false });
  addFormats(ajv);
  ajv.addSchema(loadSpec(), 'spec');
  return ajv.compile({ $ref: 'spec#/components/schemas/PaymentJobResult' });
}

/**
 * What keeps the emitted module proportional to the document: a repeated inline subschema is
 * compiled once (errors still name each occurrence's own schemaPath), a target that is only a
 * `$ref` reuses the component's functions, a schema without readOnly/writeOnly gets no
 * per-direction copies, and a module with very many targets is assembled without overflowing the
 * call stack (GitHub's REST document once failed with `RangeError: Maximum call stack size exceeded`).
 */
import { describe, expect, it } from 'vitest';
import { emitValidators } from '../../src/validators/emit-validators.js';
import { accepts, errorsOf } from './agreement.js';
import { loadValidators } from './load-validators.js';

/** A subschema large enough to be shared, written out inline twice. */
function address(): Record<string, unknown> {
  const text = { type: 'string', minLength: 1, maxLength: 80 };
  return {
    type: 'object',
    required: ['street', 'city'],
    properties: { street: { ...text }, city: { ...text }, zip: { type: 'string', pattern: '^[0-9]{5}$' }, country: { ...text }, region: { ...text } },
  };
}

function functionCount(code: string, fragment: string): number {
  return code.split('\n').filter((l) => l.startsWith('function ') && l.includes(fragment)).length;
}

describe('repeated inline subschemas', () => {
  const document = {
    openapi: '3.1.0',
    components: {
      schemas: {
        Order: { type: 'object', properties: { billing: address(), shipping: address() } },
        Invoice: { type: 'object', properties: { to: address() } },
      },
    },
  };
  const schemas = document.components.schemas;
  const { code, validators } = loadValidators({
    document,
    dialect: 'openapi-3.1',
    targets: [
      { name: 'Order', schema: schemas.Order, pointer: '#/components/schemas/Order', direction: 'neutral', typeExpression: 'unknown' },
      { name: 'Invoice', schema: schemas.Invoice, pointer: '#/components/schemas/Invoice', direction: 'neutral', typeExpression: 'unknown' },
    ],
  });

  it('compile into one fast check and one error collector called from every occurrence', () => {
    const units = code.split('\n').filter((l) => /^function (check|collect)/.test(l)).map((l) => /^function (\w+)/.exec(l)?.[1]);
    expect(units.sort()).toEqual([
      'checkInvoice',
      'checkOrder',
      'checkOrderBilling',
      'collectInvoiceErrors',
      'collectOrderBillingErrors',
      'collectOrderErrors',
    ]);
    expect(code.match(/"\/properties\/zip\/pattern"/g)).toHaveLength(1);
    expect(code).not.toContain('shipping/properties');
  });

  it('report errors at the schemaPath of the occurrence that failed', () => {
    const order = validators['Order'];
    const invoice = validators['Invoice'];
    if (order === undefined || invoice === undefined) throw new Error('missing validators');
    expect(accepts(order, { billing: { street: 'a', city: 'b' }, shipping: { street: 'c', city: 'd', zip: '12345' } })).toBe(true);
    expect(errorsOf(order, { billing: { street: 'a', city: 'b' }, shipping: { street: 'c', zip: '1' } })).toEqual([
      { instancePath: '/shipping', schemaPath: '#/components/schemas/Order/properties/shipping/required', keyword: 'required', params: { missingProperty: 'city' }, message: "must have required property 'city'" },
      { instancePath: '/shipping/zip', schemaPath: '#/components/schemas/Order/properties/shipping/properties/zip/pattern', keyword: 'pattern', params: { pattern: '^[0-9]{5}$' }, message: 'must match pattern "^[0-9]{5}$"' },
    ]);
    expect(errorsOf(invoice, { to: { street: '', city: 'x' } })).toEqual([
      { instancePath: '/to/street', schemaPath: '#/components/schemas/Invoice/properties/to/properties/street/minLength', keyword: 'minLength', params: { limit: 1 }, message: 'must NOT have fewer than 1 characters' },
    ]);
    expect(accepts(invoice, { to: { street: 'x' } })).toBe(false);
  });
});

describe('targets and directions', () => {
  const document = {
    openapi: '3.1.0',
    components: {
      schemas: {
        Pet: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
        Account: { type: 'object', required: ['id'], properties: { id: { type: 'string', readOnly: true } } },
      },
    },
    paths: {},
  };
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}`, description: 'annotation only' });
  const { code, validators } = loadValidators({
    document,
    dialect: 'openapi-3.1',
    targets: [
      { name: 'Pet', schema: document.components.schemas.Pet, pointer: '#/components/schemas/Pet', direction: 'neutral', typeExpression: 'unknown' },
      { name: 'PetBody', schema: ref('Pet'), pointer: '#/paths/~1pets/post/requestBody/content/application~1json/schema', direction: 'request', typeExpression: 'unknown' },
      { name: 'PetResponse', schema: ref('Pet'), pointer: '#/paths/~1pets/post/responses/200/content/application~1json/schema', direction: 'response', typeExpression: 'unknown' },
      { name: 'AccountBody', schema: ref('Account'), pointer: '#/paths/~1accounts/post/requestBody/content/application~1json/schema', direction: 'request', typeExpression: 'unknown' },
    ],
  });

  it('a $ref-only target without readOnly/writeOnly below it reuses the component functions', () => {
    expect(code.split('\n').filter((l) => l.startsWith('function check') || l.startsWith('function collect'))).toEqual([
      'function checkAccountInRequest(x: unknown): boolean {',
      'function collectAccountInRequestErrors(x: unknown, p: string, e: ValidationError[]): void {',
      'function checkPet(x: unknown): boolean {',
      'function collectPetErrors(x: unknown, p: string, e: ValidationError[]): void {',
    ]);
    for (const name of ['PetBody', 'PetResponse']) {
      const v = validators[name];
      if (v === undefined) throw new Error(`missing ${name}`);
      expect(accepts(v, { name: 'Rex' })).toBe(true);
      expect(errorsOf(v, {})).toEqual([
        { instancePath: '', schemaPath: '#/components/schemas/Pet/required', keyword: 'required', params: { missingProperty: 'name' }, message: "must have required property 'name'" },
      ]);
    }
  });

  it('a target reaching readOnly keeps its request variant', () => {
    const v = validators['AccountBody'];
    if (v === undefined) throw new Error('missing AccountBody');
    expect(accepts(v, {})).toBe(true);
    expect(accepts(v, { id: 'a1' })).toBe(false);
  });
});

describe('many targets', () => {
  it('assembles a module of more lines than a call can take arguments', () => {
    const document = { openapi: '3.1.0', components: { schemas: { Pet: { type: 'string' } } } };
    const targets = Array.from({ length: 20_000 }, (_, i) => ({
      name: `Op${i}Response`,
      schema: { $ref: '#/components/schemas/Pet' },
      pointer: `#/paths/~1op${i}/get/responses/200/content/application~1json/schema`,
      direction: 'response' as const,
      typeExpression: 'string',
    }));
    const { code, diagnostics } = emitValidators({ document, dialect: 'openapi-3.1', targets, runtimeImport: './runtime/validation.js', file: 'many.yaml' });
    expect(diagnostics).toEqual([]);
    expect(code.split('\n').length).toBeGreaterThan(200_000);
    expect(code).toContain('export function assertOp19999Response(value: unknown, options?: ValidateOptions): asserts value is string {');
    expect(functionCount(code, 'checkPet(')).toBe(1);
  });
});

/**
 * The emitted module compiles under the strictest settings the generated code must meet
 * (strict, noUncheckedIndexedAccess, exactOptionalPropertyTypes, noUnusedLocals), contains no
 * `any` and no import besides the runtime, and is byte-identical when emitted twice.
 * Inputs: a hand-made recursive schema set, the vendor ABConnect swagger (OpenAPI 3.0, 330 schemas
 * including the self-referencing JToken) and our own specs in `spec/` when present.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { emitValidators, type EmitValidatorsInput } from '../../src/validators/emit-validators.js';
import { FORMATS } from '../../src/validators/formats.js';

const RUNTIME = resolve(import.meta.dirname, '../../runtime/validation.ts');
const SPEC_DIR = resolve(import.meta.dirname, '../../../spec');
const VENDOR = '/work/shared/reference/abconnect/acportal-swagger.json';
const dir = mkdtempSync(join(tmpdir(), 'validators-'));
writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function identifier(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, '_').replace(/^(?=\d)/, '_');
}

/** One target per component schema, alternating directions so both variants get emitted. */
function componentInput(document: Record<string, unknown>, dialect: EmitValidatorsInput['dialect'], file: string): EmitValidatorsInput {
  const schemas = ((document['components'] as Record<string, unknown> | undefined)?.['schemas'] ?? {}) as Record<string, unknown>;
  const runtime = relative(dir, RUNTIME).replace(/\.ts$/, '.js');
  return {
    document,
    dialect,
    file,
    runtimeImport: runtime.startsWith('.') ? runtime : `./${runtime}`,
    targets: Object.entries(schemas).map(([name, schema], i) => ({
      name: identifier(name),
      schema,
      pointer: `#/components/schemas/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`,
      direction: (['request', 'response', 'neutral'] as const)[i % 3] ?? 'neutral',
      typeExpression: i % 2 === 0 ? 'unknown' : 'Record<string, unknown> | unknown[] | string | number | boolean | null',
      description: `Component ${name}.`,
    })),
  };
}

const handMade = {
  openapi: '3.1.0',
  components: {
    schemas: {
      Tree: { type: 'object', required: ['value'], properties: { value: { type: ['integer', 'null'] }, children: { type: 'array', items: { $ref: '#/components/schemas/Tree' } } } },
      A: { anyOf: [{ type: 'string', format: 'email', maxLength: 64 }, { $ref: '#/components/schemas/B' }] },
      B: { type: 'object', additionalProperties: { $ref: '#/components/schemas/A' }, propertyNames: { pattern: '^[a-z]+$' }, minProperties: 1, maxProperties: 9 },
      Shape: { oneOf: [{ $ref: '#/components/schemas/Circle' }, { $ref: '#/components/schemas/Square' }], discriminator: { propertyName: 'kind' } },
      Circle: { type: 'object', required: ['kind'], properties: { kind: { const: 'Circle' }, r: { type: 'number', exclusiveMinimum: 0, multipleOf: 0.5 } } },
      Square: { type: 'object', required: ['kind'], properties: { kind: { enum: ['Square', 'Box', 'Cube', 'Quad', 'Tile'] }, id: { type: 'string', readOnly: true }, secret: { writeOnly: true } } },
      Tuple: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'boolean' }], items: false, uniqueItems: true, contains: { type: 'string' }, maxContains: 2 },
      Cond: { if: { required: ['a'] }, then: { dependentRequired: { a: ['b'] } }, else: { not: { type: 'null' } }, patternProperties: { '^x-': true }, dependentSchemas: { c: { required: ['d'] } } },
      Base: { type: 'object', properties: { when: { type: 'string', format: 'date-time' }, day: { format: 'date' }, n: { format: 'int32' } }, allOf: [{ $ref: '#/components/schemas/Tree' }] },
      Strict: { allOf: [{ $ref: '#/components/schemas/Cond' }], anyOf: [{ properties: { x: true } }, true], unevaluatedProperties: { type: 'string' } },
      Listed: { prefixItems: [{ type: 'integer' }], contains: { type: 'string' }, unevaluatedItems: false },
      Formats: { properties: Object.fromEntries(Object.keys(FORMATS).map((f) => [f, { format: f }])) },
      Values: { enum: [{ a: 1 }, 'x', null], const: { a: 1 }, minLength: 1, maxLength: 5 },
      Never: false,
      Anything: true,
    },
  },
};

function inputs(): EmitValidatorsInput[] {
  const list = [componentInput(handMade, 'openapi-3.1', 'hand-made.yaml')];
  if (existsSync(VENDOR)) list.push(componentInput(JSON.parse(readFileSync(VENDOR, 'utf8')) as Record<string, unknown>, 'openapi-3.0', VENDOR));
  else console.log(`vendor swagger not type-checked: ${VENDOR} is absent`);
  if (existsSync(SPEC_DIR)) {
    for (const f of readdirSync(SPEC_DIR).filter((n) => n.endsWith('.yaml')).sort()) {
      list.push(componentInput(parse(readFileSync(join(SPEC_DIR, f), 'utf8')) as Record<string, unknown>, 'openapi-3.1', `spec/${f}`));
    }
  }
  return list;
}

describe('emitted module', () => {
  const all = inputs();
  const outputs = all.map((input) => ({ input, output: emitValidators(input) }));

  it('reports no error diagnostics for the inputs', () => {
    for (const { output } of outputs) expect(output.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('type-checks with strict, noUncheckedIndexedAccess, exactOptionalPropertyTypes and noUnusedLocals', () => {
    const files = outputs.map(({ output }, i) => {
      const file = join(dir, `validators-${i}.gen.ts`);
      writeFileSync(file, output.code);
      return file;
    });
    const program = ts.createProgram(files, {
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      noUnusedLocals: true,
      noImplicitReturns: true,
      noFallthroughCasesInSwitch: true,
      verbatimModuleSyntax: true,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts'],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: [],
      noEmit: true,
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });

  it('uses no any and imports only the runtime', () => {
    for (const { output, input } of outputs) {
      expect(output.code).not.toMatch(/(:|as|<)\s*any\b/);
      const imports = output.code.split(/\n(?! )/).filter((l) => l.startsWith('import '));
      expect(imports.map((l) => l.replace(/\n +/g, ' '))).toEqual([
        `import { SchemaValidationError, maxErrorsOf, type ValidateOptions, type ValidationError, type ValidationResult } from ${JSON.stringify(input.runtimeImport)};`,
      ]);
    }
  });

  it('is deterministic: emitting twice yields identical code', () => {
    for (const { input, output } of outputs) expect(emitValidators(input).code).toBe(output.code);
  });
});

describe('module shape', () => {
  it('exports validateX/isX/assertX with doc comments and type-only imports for the type expressions', () => {
    const document = { openapi: '3.1.0', components: { schemas: { Pet: { type: 'string' } } } };
    const { code } = emitValidators({
      document,
      dialect: 'openapi-3.1',
      file: 'pets.yaml',
      runtimeImport: './runtime/validation.js',
      typeImports: { from: './types.gen.js', names: ['Pet'] },
      targets: [{ name: 'Pet', schema: document.components.schemas.Pet, pointer: '#/components/schemas/Pet', direction: 'neutral', typeExpression: 'Pet', description: 'A pet. */ not a comment end' }],
    });
    expect(code).toContain(`import type { Pet } from "./types.gen.js";`);
    expect(code).toMatch(/\/\*\*\n \* A pet\. \*\\\/ not a comment end\n[^]*?\*\/\nexport function validatePet\(value: unknown, options\?: ValidateOptions\): ValidationResult/);
    expect(code).toContain('export function isPet(value: unknown): value is Pet {');
    expect(code).toContain('export function assertPet(value: unknown, options?: ValidateOptions): asserts value is Pet {');
    expect(code.match(/^function checkPet\(/gm)).toHaveLength(1);
  });
});

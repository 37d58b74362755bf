/**
 * Test helper: compiles schemas with `emitValidators`, transpiles the emitted TypeScript with the
 * `typescript` package and evaluates it in-process (imports replaced by the real runtime values).
 */
import ts from 'typescript';
import { SchemaValidationError, maxErrorsOf, type ValidateOptions, type ValidationResult } from '../../runtime/validation.js';
import { emitValidators, type EmitValidatorsInput, type ValidatorTarget } from '../../src/validators/emit-validators.js';
import type { Diagnostic } from '../../src/diagnostics.js';

/** The three exported functions of one target. */
export interface LoadedValidator {
  validate: (value: unknown, options?: ValidateOptions) => ValidationResult;
  is: (value: unknown) => boolean;
  assert: (value: unknown, options?: ValidateOptions) => void;
}

export interface LoadedModule {
  code: string;
  diagnostics: Diagnostic[];
  validators: Record<string, LoadedValidator>;
}

/** Emits, transpiles and evaluates a validator module; `validators` is keyed by target name. */
export function loadValidators(input: Omit<EmitValidatorsInput, 'runtimeImport' | 'file'> & { file?: string }): LoadedModule {
  const { code, diagnostics } = emitValidators({ runtimeImport: './runtime/validation.js', file: 'test.yaml', ...input });
  const js = ts.transpileModule(code, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false },
  }).outputText;
  const body = js
    .replace(/^import .*$/gm, '')
    .replace(/^export function /gm, 'function ')
    .replace(/^export \{\};?$/gm, '');
  const names = input.targets.map((t: ValidatorTarget) => t.name);
  const exported = names.map((n) => `${JSON.stringify(n)}: { validate: validate${n}, is: is${n}, assert: assert${n} }`);
  const factory = new Function('SchemaValidationError', 'maxErrorsOf', `${body}\nreturn { ${exported.join(', ')} };`) as (
    cls: typeof SchemaValidationError,
    limitOf: typeof maxErrorsOf,
  ) => Record<string, LoadedValidator>;
  return { code, diagnostics, validators: factory(SchemaValidationError, maxErrorsOf) };
}

/** Compiles a bare schema as its own document (pointer `#`) and returns its validator. */
export function loadSchema(
  schema: unknown,
  dialect: EmitValidatorsInput['dialect'] = 'openapi-3.1',
  direction: ValidatorTarget['direction'] = 'neutral',
): LoadedValidator & { code: string; diagnostics: Diagnostic[] } {
  const loaded = loadValidators({
    document: schema,
    dialect,
    targets: [{ name: 'T', schema, pointer: '#', direction, typeExpression: 'unknown' }],
  });
  const v = loaded.validators['T'];
  if (v === undefined) throw new Error('internal: target T missing');
  return { ...v, code: loaded.code, diagnostics: loaded.diagnostics };
}


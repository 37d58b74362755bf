/**
 * Every generated module that comes from the IR alone: the validators (our compiler), the client,
 * our named type exports and the index (ts-morph). One call, so one worker thread can run them all
 * (emit-worker.ts) while openapi-typescript runs on another and the main thread formats and writes.
 */
import type { IrApi } from '../ir/types.js';
import { emitValidators, type EmitValidatorsOutput } from '../validators/emit-validators.js';
import { emitClient } from './emit-client.js';
import { emitIndex } from './emit-index.js';
import { emitTypeExports } from './emit-types.js';
import { validatorTargets } from './validator-targets.js';

/** Unformatted sources, without the generated-file header. */
export interface EmittedModules {
  /** `validators.gen.ts`, and the validator compiler's diagnostics (file + JSON pointer, no line yet). */
  validators: EmitValidatorsOutput;
  /** `client.gen.ts`. */
  client: string;
  /** The part of `types.gen.ts` after openapi-typescript's output. */
  typeExports: string;
  /** `index.gen.ts`. */
  index: string;
}

/** Emits the modules of `api`. Never throws on a bad schema: see `validators.diagnostics`. */
export function emitModules(api: IrApi): EmittedModules {
  const validators = emitValidators({
    document: api.document,
    dialect: api.spec.version === '3.0' ? 'openapi-3.0' : 'openapi-3.1',
    targets: validatorTargets(api),
    runtimeImport: './runtime/validation.js',
    typeImports: {
      from: './types.gen.js',
      names: typeNames(
        api.schemas.map((s) => s.identifier),
        api.operations.filter((o) => o.requestBody).map((o) => o.names.params),
      ),
    },
    file: api.spec.file,
  });
  return { validators, client: emitClient(api), typeExports: emitTypeExports(api), index: emitIndex() };
}

function typeNames(...lists: string[][]): string[] {
  return [...new Set(lists.flat())].sort();
}

/**
 * The generated modules that come from the IR alone, in two tasks that each run on a worker
 * thread of their own (emit-worker.ts) beside openapi-typescript's: `validators` (our compiler,
 * the longest step on a large document) and `client` (ts-morph: the client, our named type
 * exports and the index). Each task's modules are imported only by the worker that runs it, so the
 * validators worker never loads ts-morph.
 */
import type { IrApi } from '../ir/types.js';
import type { EmitValidatorsOutput } from '../validators/emit-validators.js';
import { byCodeUnit } from '../code-unit-order.js';

/** What each task gives: unformatted sources, without the generated-file header. */
export interface EmitTaskResults {
  /** `validators.gen.ts`, and the validator compiler's diagnostics (file + JSON pointer, no line yet). */
  validators: EmitValidatorsOutput;
  client: {
    /** `client.gen.ts`. */
    client: string;
    /** The part of `types.gen.ts` after openapi-typescript's output. */
    typeExports: string;
    /** `index.gen.ts`. */
    index: string;
  };
}

/** A task's name. */
export type EmitTask = keyof EmitTaskResults;

/** Loads the emitters of `task` and returns the function that runs it on an IR (which never throws on a bad schema). */
export async function loadEmitTask<T extends EmitTask>(task: T): Promise<(api: IrApi) => EmitTaskResults[T]> {
  const run = task === 'validators' ? await validatorsTask() : await clientTask();
  return run as (api: IrApi) => EmitTaskResults[T];
}

async function validatorsTask(): Promise<(api: IrApi) => EmitTaskResults['validators']> {
  const [{ emitValidators }, { validatorTargets }] = await Promise.all([
    import('../validators/emit-validators.js'),
    import('./validator-targets.js'),
  ]);
  return (api) =>
    emitValidators({
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
}

async function clientTask(): Promise<(api: IrApi) => EmitTaskResults['client']> {
  const [{ emitClient }, { emitIndex }, { emitTypeExports }] = await Promise.all([
    import('./emit-client.js'),
    import('./emit-index.js'),
    import('./emit-types.js'),
  ]);
  return (api) => ({ client: emitClient(api), typeExports: emitTypeExports(api), index: emitIndex() });
}

function typeNames(...lists: string[][]): string[] {
  return [...new Set(lists.flat())].sort(byCodeUnit);
}

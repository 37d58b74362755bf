/**
 * Runs {@link emitModules} (validators, client, type exports, index) on a worker thread
 * (emit-worker.ts). For a large document the validator compiler alone takes as long as loading
 * the spec; on a second core it overlaps with openapi-typescript, and the main thread never loads
 * ts-morph and the TypeScript compiler it carries.
 */
import type { IrApi } from '../ir/types.js';
import { fromPackageRoot, RUNS_BUNDLED } from '../package-root.js';
import { startWorkerJob, type WorkerJob } from '../worker-job.js';
import type { EmittedModules } from './emit-modules.js';

/** A started emit worker: send it the IR once, get the modules back. */
export type EmitJob = WorkerJob<IrApi, EmittedModules>;

/** Starts the worker now, so its modules load while the spec does (from the bundle's compiled entry, or the sources through tsx). */
export function startEmitJob(): EmitJob {
  const entry = RUNS_BUNDLED ? 'generator/dist/emit-worker.mjs' : 'generator/src/emit/emit-worker-source.mjs';
  return startWorkerJob(fromPackageRoot(entry), 'emitting the modules');
}

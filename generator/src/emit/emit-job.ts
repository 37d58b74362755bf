/**
 * Runs one emit task (emit-tasks.ts: the validators, or the client with the type exports and the
 * index) on a worker thread of its own (emit-worker.ts). For a large document the validator
 * compiler alone takes as long as loading the spec; beside openapi-typescript and the client on
 * the other workers, it uses every core, and the main thread never loads ts-morph and the
 * TypeScript compiler it carries.
 */
import type { IrApi } from '../ir/types.js';
import { fromPackageRoot, RUNS_FROM, type CodeForm } from '../package-root.js';
import { startWorkerJob, type WorkerJob } from '../worker-job.js';
import type { EmitTask, EmitTaskResults } from './emit-tasks.js';

/** A started emit worker: send it the IR once, get its task's modules back. */
export type EmitJob<T extends EmitTask> = WorkerJob<IrApi, EmitTaskResults[T]>;

/** The worker's entry for each form of the code (relative to the package root). */
const WORKER_ENTRY: Record<CodeForm, string> = {
  bundle: 'generator/dist/emit-worker.mjs',
  compiled: 'dist/generator/src/emit/emit-worker.js',
  sources: 'generator/src/emit/emit-worker-source.mjs',
};

/**
 * Starts the worker of `task` now, so its emitters load while the spec does (from the bundle's
 * or tsc's compiled entry, or from the sources through tsx).
 */
export function startEmitJob<T extends EmitTask>(task: T): EmitJob<T> {
  return startWorkerJob(fromPackageRoot(WORKER_ENTRY[RUNS_FROM]), `emitting the ${task} modules`, task);
}

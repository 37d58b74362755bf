/**
 * Worker thread body of {@link startEmitJob} (emit-job.ts): loads the emitters of the task named
 * by `workerData` at once (while the main thread loads the spec), then runs it on each IR it is
 * sent. Message in: an `IrApi` (structured-cloned, so schemas shared between the document and
 * the IR stay shared). Message out: `{ result }` (see emit-tasks.ts) or `{ error }` (see worker-job.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { IrApi } from '../ir/types.js';
import { loadEmitTask, type EmitTask } from './emit-tasks.js';

const run = await loadEmitTask(workerData as EmitTask);

parentPort?.on('message', (api: IrApi) => {
  try {
    parentPort?.postMessage({ result: run(api) });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});

/**
 * Worker thread body of {@link startEmitJob} (emit-job.ts): runs {@link emitModules} off the main
 * thread. Message in: an `IrApi` (structured-cloned, so schemas shared between the document and
 * the IR stay shared). Message out: `{ result: EmittedModules }` or `{ error }` (see worker-job.ts).
 */
import { parentPort } from 'node:worker_threads';
import type { IrApi } from '../ir/types.js';
import { emitModules } from './emit-modules.js';

parentPort?.once('message', (api: IrApi) => {
  try {
    parentPort?.postMessage({ result: emitModules(api) });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});

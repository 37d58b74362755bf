/**
 * One request to one worker thread: the generator's CPU-heavy emitters (openapi-typescript, the
 * validator compiler) run beside the main thread, so on two or more cores they overlap with
 * loading the spec and emitting the client instead of adding to them.
 */
import { Worker } from 'node:worker_threads';

/** A started worker that takes one input and answers once. */
export interface WorkerJob<I, O> {
  /**
   * Sends `input` (structured-cloned) and resolves to the worker's answer.
   * @throws {Error} `<label> failed: <the worker's message>` when the worker reports an error or crashes.
   */
  run(input: I): Promise<O>;
  /** Stops the worker (safe to call more than once, and before or after `run`). */
  close(): Promise<void>;
}

/**
 * Starts the worker script `file` now, so its modules load while the caller does other work;
 * `workerData` is cloned to it. The script answers its one message with `{ result }` or
 * `{ error }` (a message string).
 */
export function startWorkerJob<I, O>(file: string, label: string, workerData?: unknown): WorkerJob<I, O> {
  const worker = new Worker(file, { workerData });
  worker.unref();
  return {
    run(input: I): Promise<O> {
      return new Promise((resolve, reject) => {
        worker.once('message', (reply: { result?: O; error?: string }) =>
          reply.error === undefined ? resolve(reply.result as O) : reject(new Error(`${label} failed: ${reply.error}`)),
        );
        worker.once('error', (error) => reject(new Error(`${label} failed: ${error.message}`)));
        worker.once('exit', (code) => reject(new Error(`${label} failed: its worker exited (code ${code}) without answering`)));
        worker.postMessage(input);
      });
    },
    async close(): Promise<void> {
      await worker.terminate();
    },
  };
}

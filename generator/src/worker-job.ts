/**
 * Requests to one worker thread: the generator's CPU-heavy emitters (openapi-typescript, the
 * validator compiler, the client emitters) run beside the main thread, so on two or more cores
 * they overlap with loading the spec instead of adding to it. One worker serves every API of a
 * run, so its modules load, and its code is compiled by V8, once.
 */
import { Worker } from 'node:worker_threads';

/** A started worker that answers each input in turn. */
export interface WorkerJob<I, O> {
  /**
   * Sends `input` (structured-cloned) once the worker has answered every earlier one, and
   * resolves to its answer.
   * @throws {Error} `<label> failed: <the worker's message>` when the worker reports an error,
   *   crashes or exits.
   */
  run(input: I): Promise<O>;
  /** Stops the worker (safe to call more than once, and before or after `run`). */
  close(): Promise<void>;
}

/**
 * Starts the worker script `file` now, so its modules load while the caller does other work;
 * `workerData` is cloned to it. The script answers each message, in order, with `{ result }` or
 * `{ error }` (a message string).
 */
export function startWorkerJob<I, O>(file: string, label: string, workerData?: unknown): WorkerJob<I, O> {
  const worker = new Worker(file, { workerData });
  worker.unref();
  let previous: Promise<unknown> = Promise.resolve();
  const ask = (input: I): Promise<O> =>
    new Promise<O>((resolve, reject) => {
      const settle = (error?: Error, result?: O): void => {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (error === undefined) resolve(result as O);
        else reject(error);
      };
      const onMessage = (reply: { result?: O; error?: string }): void =>
        reply.error === undefined ? settle(undefined, reply.result) : settle(new Error(`${label} failed: ${reply.error}`));
      const onError = (error: Error): void => settle(new Error(`${label} failed: ${error.message}`));
      const onExit = (code: number): void => settle(new Error(`${label} failed: its worker exited (code ${code}) without answering`));
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage(input);
    });
  return {
    run(input: I): Promise<O> {
      const answer = previous.then(() => ask(input));
      previous = answer.catch(() => undefined);
      return answer;
    },
    async close(): Promise<void> {
      await worker.terminate();
    },
  };
}

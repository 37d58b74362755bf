/**
 * Runs openapi-typescript on a worker thread. Loading it (with the TypeScript compiler) and
 * transforming a large document is the longest single step of generation; on a second core it
 * overlaps with loading the spec and emitting validators and the client, instead of adding to them.
 */
import { Worker } from 'node:worker_threads';
import { fromPackageRoot } from '../package-root.js';

/** A started worker: send it the document once, get openapi-typescript's source text back. */
export interface OpenApiTypesJob {
  /** openapi-typescript's output (`paths`, `components`, `operations`) for `document`. @throws {Error} with openapi-typescript's message. */
  render(document: unknown): Promise<string>;
  /** Stops the worker (safe to call more than once, and before or after `render`). */
  close(): Promise<void>;
}

/** Starts the worker now, so openapi-typescript loads while the caller does other work. */
export function startOpenApiTypes(): OpenApiTypesJob {
  const worker = new Worker(fromPackageRoot('generator/src/emit/openapi-types-worker.mjs'));
  worker.unref();
  return {
    render(document: unknown): Promise<string> {
      return new Promise((resolve, reject) => {
        worker.once('message', (reply: { text?: string; error?: string }) =>
          reply.text === undefined ? reject(new Error(`openapi-typescript failed: ${reply.error ?? 'no output'}`)) : resolve(reply.text),
        );
        worker.once('error', reject);
        worker.postMessage({ document });
      });
    },
    async close(): Promise<void> {
      await worker.terminate();
    },
  };
}

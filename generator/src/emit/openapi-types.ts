/**
 * Runs openapi-typescript on a worker thread (openapi-types-worker.mjs). Loading it (with the
 * TypeScript compiler) and transforming a large document is one of the longest steps of
 * generation; on a second core it overlaps with loading the spec and emitting the client.
 */
import { fromPackageRoot } from '../package-root.js';
import { startWorkerJob, type WorkerJob } from '../worker-job.js';

/** A started openapi-typescript worker: send it the bundled document once, get its source text back. */
export type OpenApiTypesJob = WorkerJob<unknown, string>;

/** Starts the worker now, so openapi-typescript loads while the caller does other work. */
export function startOpenApiTypes(): OpenApiTypesJob {
  return startWorkerJob(fromPackageRoot('generator/src/emit/openapi-types-worker.mjs'), 'openapi-typescript');
}

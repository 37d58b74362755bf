/**
 * The two worker threads of one generation: openapi-typescript (openapi-types.ts) and every other
 * emitter (emit-job.ts). This module loads nothing heavy, so a caller can start both before it
 * loads the pipeline itself.
 */
import { startEmitJob, type EmitJob } from '../emit/emit-job.js';
import { startOpenApiTypes, type OpenApiTypesJob } from '../emit/openapi-types.js';

/** The workers of one API's generation; `generateApi` closes them. */
export interface GenerationJobs {
  types: OpenApiTypesJob;
  emit: EmitJob;
}

/** Starts both workers now, so their modules load while the caller does other work. */
export function startGenerationJobs(): GenerationJobs {
  return { types: startOpenApiTypes(), emit: startEmitJob() };
}

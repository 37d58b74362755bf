/**
 * The three worker threads of one generation: openapi-typescript (openapi-types.ts), the validator
 * compiler and the client emitters (emit-job.ts). This module loads nothing heavy, so a caller can
 * start them before it loads the pipeline itself.
 */
import { startEmitJob, type EmitJob } from '../emit/emit-job.js';
import { startOpenApiTypes, type OpenApiTypesJob } from '../emit/openapi-types.js';

/** The workers of one API's generation; `generateApi` closes them. */
export interface GenerationJobs {
  types: OpenApiTypesJob;
  validators: EmitJob<'validators'>;
  client: EmitJob<'client'>;
}

/** Starts the workers now, so their modules load while the caller does other work. */
export function startGenerationJobs(): GenerationJobs {
  return { types: startOpenApiTypes(), validators: startEmitJob('validators'), client: startEmitJob('client') };
}

/** Stops every worker of `jobs`. */
export async function closeGenerationJobs(jobs: GenerationJobs): Promise<void> {
  await Promise.all([jobs.types.close(), jobs.validators.close(), jobs.client.close()]);
}

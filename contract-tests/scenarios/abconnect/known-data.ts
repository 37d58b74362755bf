/**
 * ABConnect identifiers that exist on no target: a job number outside the existing range and a
 * source id saved for no job. Jobs and sources that must exist (the example job with saved sources
 * and pending micro-deposits, a fresh job) are per-target fixtures (core/fixtures.ts); the embedded
 * sandbox seeds jobs 2000000–2000099, the example being 2000000 with sources 1187 and 1203 and
 * micro-deposits [32, 45].
 */

/** A job number no job has. */
export const UNKNOWN_JOB = '1999999';
/** A source id not saved for any job. */
export const UNKNOWN_SOURCE_ID = 9999;

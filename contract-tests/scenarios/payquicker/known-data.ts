/**
 * PayQuicker identifiers that exist on no target: a well-formed job token no job has. Identifiers
 * that must exist (funding account, destination, a completed job) are per-target fixtures
 * (core/fixtures.ts); the embedded sandbox seeds the spec examples' ones.
 */

/** A well-formed job token no job has. */
export const UNKNOWN_JOB_TOKEN = 'jobs-00000000-0000-4000-8000-000000000000';

/**
 * PayQuicker identifiers the scenarios rely on: the vendor's documented example tokens
 * (doc/models, spec examples), which the embedded sandbox seeds as existing data.
 */

/** The funding account of the spec's create examples. */
export const SOURCE_TOKEN = 'acct-3908ab5a-6ce1-474d-8b80-a63a7b147860';
/** The destination of the spec's gateway create example. */
export const DESTINATION_TOKEN = 'dest-631b200f-665d-4dbe-bd01-3063c9dec97d';
/** The job of the spec's response examples; it has completed, so it cannot be cancelled. */
export const COMPLETED_JOB_TOKEN = 'jobs-2bbfc967-d12e-4647-a887-d905172fb4bc';
/** A well-formed job token no job has. */
export const UNKNOWN_JOB_TOKEN = 'jobs-00000000-0000-4000-8000-000000000000';

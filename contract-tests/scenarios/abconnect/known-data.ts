/**
 * ABConnect identifiers the scenarios rely on: the job of the spec's examples (`jobDisplayId`
 * 2000000, with saved sources 1187 and 1203 and a bank account awaiting the micro-deposits
 * `[32, 45]`), further jobs without history, and a job number outside the existing range.
 */

/** The job of the spec's examples. */
export const EXAMPLE_JOB = '2000000';
/** Jobs with no payment history (the sandbox seeds 2000000–2000099). */
export const FRESH_JOB = '2000001';
/** A job number no job has. */
export const UNKNOWN_JOB = '1999999';
/** A source id not saved for any job. */
export const UNKNOWN_SOURCE_ID = 9999;

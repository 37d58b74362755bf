/** Defaults of the drift check shared by the CLI and checkDrift, in a module light enough for the CLI's start-up. */

/** Default per-request limit of the drift check, in milliseconds; a request past it is a timeout finding. */
export const DEFAULT_DRIFT_TIMEOUT_MS = 10_000;

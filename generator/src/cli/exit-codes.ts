/** Exit codes of the `api-contracts` command, shared by every subcommand (see README, "Exit codes"). */
export const EXIT = {
  /** Everything worked and every check passed. */
  ok: 0,
  /** A check failed: stale generated files, lint errors, drift at or above `--fail-on`. */
  failed: 1,
  /** Usage error or bad input: unknown flag, unreadable or invalid spec or config. */
  usage: 2,
  /** The target server could not be reached. */
  unreachable: 3,
  /** An internal error: a bug in api-contracts. */
  internal: 70,
} as const;

/**
 * Exit codes of the `api-contracts` command, shared by every subcommand (see README, "Exit codes").
 * When several apply, the first of usage (2), unreachable (3), credentials (4), failed (1) wins:
 * the earlier ones mean the check could not run, so its findings cannot be trusted.
 */
export const EXIT = {
  /** Everything worked and every check passed. */
  ok: 0,
  /** A check failed: stale generated files, lint errors, drift at or above `--fail-on`. */
  failed: 1,
  /** Usage error or bad input: unknown flag, unreadable or invalid spec or config. */
  usage: 2,
  /** The target server could not be reached. */
  unreachable: 3,
  /** The target refused the credentials (or they lack a scope): nothing could be checked. */
  credentials: 4,
  /** An internal error: a bug in api-contracts. */
  internal: 70,
} as const;

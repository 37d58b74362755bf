import { UserError, formatDiagnostic } from '../diagnostics.js';

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

/**
 * The exit code of an error a live check (`drift`, `explore`) caught, after printing it to `err`:
 * 3 for a target that answered nothing (an error named `TargetUnreachableError`, raised by the
 * contract suite); 2 for a {@link UserError} (its diagnostics first) or an error whose `name` is one of
 * `inputErrors` (bad input raised below the CLI: an unreadable cassette, an unknown sandbox drift).
 * Undefined for anything else: an internal error the caller rethrows.
 */
export function checkErrorExit(error: unknown, err: (line: string) => void, inputErrors: readonly string[]): number | undefined {
  if (!(error instanceof Error)) return undefined;
  if (error.name === 'TargetUnreachableError') {
    err(`error: ${error.message}`);
    return EXIT.unreachable;
  }
  if (!(error instanceof UserError) && !inputErrors.includes(error.name)) return undefined;
  for (const d of error instanceof UserError ? error.diagnostics : []) err(formatDiagnostic(d));
  err(`error: ${error.message}`);
  return EXIT.usage;
}

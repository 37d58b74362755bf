/**
 * A scenario that could not be exercised on a target is neither passed nor drift: it is
 * inconclusive. A scenario (or the suite around it) throws {@link ScenarioInconclusiveError} to say
 * so, with the reason's kind and a detail naming what was missing.
 */

/**
 * Why a scenario could not be exercised: the target refused the credentials, the credentials lack
 * a scope, or data the scenario needs (a fixture) does not exist on the target.
 */
export type InconclusiveKind = 'credentials-rejected' | 'scope-missing' | 'fixture-missing';

/** Thrown from a scenario that cannot be exercised on this target; `detail` names what is missing (never a secret). */
export class ScenarioInconclusiveError extends Error {
  override readonly name = 'ScenarioInconclusiveError';

  constructor(
    readonly kind: InconclusiveKind,
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`);
  }
}

/** The {@link ScenarioInconclusiveError} in `error`'s cause chain (a client may wrap it), or undefined. */
export function inconclusiveIn(error: unknown): ScenarioInconclusiveError | undefined {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (current instanceof ScenarioInconclusiveError) return current;
    current = current.cause;
  }
  return undefined;
}

/**
 * Tells a target that cannot be reached (connection refused, DNS failure, reset) from one that
 * answered: the runtime raises `NetworkError`, possibly wrapped as the `cause` of an `AuthError`
 * when the token request was the first to fail. Both generated runtimes have their own classes,
 * so the check reads the error's name along the `cause` chain.
 */

/** The first `NetworkError` in `error`'s cause chain, or undefined. */
export function networkFailure(error: unknown): Error | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (current.name === 'NetworkError') return current;
    current = current.cause;
  }
  return undefined;
}

/**
 * Tells a target that cannot be reached (connection refused, DNS failure, reset) from one that
 * answered: the runtime raises `NetworkError`, possibly wrapped as the `cause` of an `AuthError`
 * when the token request was the first to fail. Each generated runtime has its own class, so the
 * check is `instanceof` either of them, along the `cause` chain; never the message text.
 */
import { NetworkError as AbConnectNetworkError } from '../../generated/abconnect/index.gen.js';
import { NetworkError as PayQuickerNetworkError } from '../../generated/payquicker/index.gen.js';

/** The first `NetworkError` (of either runtime) in `error`'s cause chain, or undefined. */
export function networkFailure(error: unknown): Error | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (current instanceof PayQuickerNetworkError || current instanceof AbConnectNetworkError) return current;
    current = current.cause;
  }
  return undefined;
}

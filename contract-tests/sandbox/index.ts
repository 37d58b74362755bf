/**
 * The local sandbox server for the PayQuicker Jobs API and the ABConnect JobPayment API: a real
 * HTTP server on 127.0.0.1 that behaves as the vendors document (see README.md beside this file).
 *
 * ```ts
 * const sandbox = await startSandbox({ seed: 1 });
 * const client = new PayQuickerClient({ baseUrl: sandbox.payquickerUrl, credentials: { clientId: 'sandbox-client', clientSecret: 'sandbox-secret' } });
 * …
 * await sandbox.close();
 * ```
 */
import { createContext } from './context.js';
import { resolveOptions, type SandboxOptions } from './options.js';
import { ABCONNECT_PATH, PAYQUICKER_PATH } from './paths.js';
import { buildServer } from './server.js';

export { DRIFTS, UnknownDriftError, describeDrifts, type DriftName } from './drift.js';
export {
  DEFAULT_ABCONNECT_CREDENTIALS,
  DEFAULT_PAYQUICKER_CREDENTIALS,
  DEFAULT_TOKEN_TTL_SECONDS,
  SandboxOptionError,
  type SandboxOptions,
} from './options.js';

/** A running sandbox. */
export interface Sandbox {
  /** PayQuicker base URL, e.g. `http://127.0.0.1:43121/payquicker/api/v2` (the client's `baseUrl`). */
  readonly payquickerUrl: string;
  /** ABConnect base URL, e.g. `http://127.0.0.1:43121/abconnect/api` (the client's `baseUrl`). */
  readonly abconnectUrl: string;
  /** The micro-deposit amounts (cents) an ABConnect job's pending verification expects, or undefined when none is pending. */
  microDeposits(jobDisplayId: string): readonly number[] | undefined;
  /** Stops listening and waits for open requests; resolves once the port is free. */
  close(): Promise<void>;
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * Starts a sandbox and resolves once it listens.
 * @throws UnknownDriftError for an unknown drift name; SandboxOptionError for an option out of
 *   range; the listen error (e.g. EADDRINUSE) when the port cannot be bound.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const resolved = resolveOptions(options);
  const { app, abconnect } = await buildServer(createContext(resolved));
  await app.listen({ port: resolved.port, host: resolved.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : resolved.port;
  const origin = `http://${urlHost(resolved.host)}:${port}`;
  return {
    payquickerUrl: `${origin}${PAYQUICKER_PATH}`,
    abconnectUrl: `${origin}${ABCONNECT_PATH}`,
    microDeposits: (jobDisplayId) => abconnect.pendingAmounts(jobDisplayId),
    close: () => app.close(),
  };
}

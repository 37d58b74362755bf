/**
 * Builds the generated client of an API for the contract suite: response validation `off` (the
 * suite judges responses itself), no retries (each request is recorded exactly once), and the
 * caller's `fetch` (the capturing one while recording, nock's while replaying).
 *
 * No logger is passed, which keeps the clients quiet: without one the runtime drops debug and info
 * lines before building them, and its only warnings (response drift in `warn` mode, a refused
 * retry) cannot happen with validation off and no retries; the local warnings (`x-api-contracts-warn`)
 * are off, since scenarios send what the vendor accepts on purpose. A caller's logger, even one that
 * discards everything, would make the runtime redact the headers and body of every request for it.
 */
import { AbConnectClient } from '../../generated/abconnect/index.gen.js';
import { PayQuickerClient, type Credentials } from '../../generated/payquicker/index.gen.js';
import type { ApiName, ClientOf } from './types.js';

/** What a suite client needs: where to send, as whom, how long to wait (milliseconds per attempt), through which fetch. */
export interface SuiteClientOptions {
  baseUrl: string;
  credentials: Record<string, unknown>;
  timeoutMs: number;
  fetch: typeof fetch;
}

/** The generated client of `api` with the suite's fixed options (see the module comment). */
export function createClient<A extends ApiName>(api: A, options: SuiteClientOptions): ClientOf[A] {
  const common = {
    baseUrl: options.baseUrl,
    credentials: options.credentials as unknown as Credentials,
    validation: 'off' as const,
    retry: false as const,
    localWarnings: false,
    timeoutMs: options.timeoutMs,
    fetch: options.fetch,
  };
  const client = api === 'payquicker' ? new PayQuickerClient(common) : new AbConnectClient(common);
  return client as ClientOf[A];
}

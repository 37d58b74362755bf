/**
 * Builds the generated client of an API for the contract suite: response validation `off` (the
 * suite judges responses itself), no retries (each request is recorded exactly once), a quiet
 * logger, and the caller's `fetch` (the capturing one while recording, nock's while replaying).
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

const QUIET = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/** The generated client of `api` with the suite's fixed options (see the module comment). */
export function createClient<A extends ApiName>(api: A, options: SuiteClientOptions): ClientOf[A] {
  const common = {
    baseUrl: options.baseUrl,
    credentials: options.credentials as unknown as Credentials,
    validation: 'off' as const,
    retry: false as const,
    timeoutMs: options.timeoutMs,
    fetch: options.fetch,
    logger: QUIET,
  };
  const client = api === 'payquicker' ? new PayQuickerClient(common) : new AbConnectClient(common);
  return client as ClientOf[A];
}

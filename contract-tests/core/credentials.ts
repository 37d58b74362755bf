/**
 * Client credentials for the suite's targets: the embedded sandbox's defaults, or environment
 * variables for any other server (the names the generated clients' `fromEnv()` reads).
 */
import { UserError } from '../../generator/src/diagnostics.js';
import { DEFAULT_ABCONNECT_CREDENTIALS, DEFAULT_PAYQUICKER_CREDENTIALS } from '../sandbox/index.js';
import type { ApiName } from './types.js';

/** Scopes the suite asks PayQuicker for: every scope, so one token serves a whole scenario. */
export const PAYQUICKER_SCOPES: readonly string[] = ['readonly', 'modify'];

/** Credential overrides for an embedded sandbox (both are started with them and the clients use them). */
export interface SandboxCredentials {
  payquicker?: { clientId: string; clientSecret: string };
  abconnect?: { username: string; password: string; clientId: string; clientSecret: string };
}

/** The credentials a client of `api` uses against an embedded sandbox started with `overrides`. */
export function sandboxCredentials(api: ApiName, overrides: SandboxCredentials = {}): Record<string, unknown> {
  if (api === 'payquicker') return { ...(overrides.payquicker ?? DEFAULT_PAYQUICKER_CREDENTIALS), scopes: PAYQUICKER_SCOPES };
  return { ...(overrides.abconnect ?? DEFAULT_ABCONNECT_CREDENTIALS) };
}

function required(env: Record<string, string | undefined>, names: readonly string[], api: ApiName, hint = ''): string[] {
  const missing = names.filter((name) => (env[name] ?? '') === '');
  if (missing.length > 0) throw new UserError(`${api} credentials missing: set ${missing.join(', ')}${hint}`);
  return names.map((name) => env[name] as string);
}

/**
 * Credentials of `api` from the environment: `PAYQUICKER_CLIENT_ID` and `PAYQUICKER_CLIENT_SECRET`;
 * `ABCONNECT_ACCESS_TOKEN`, or `ABCONNECT_USERNAME`, `ABCONNECT_PASSWORD`, `ABCONNECT_CLIENT_ID` and
 * `ABCONNECT_CLIENT_SECRET`.
 * @throws {UserError} listing the variables that are missing.
 */
export function credentialsFromEnv(api: ApiName, env: Record<string, string | undefined>): Record<string, unknown> {
  if (api === 'payquicker') {
    const [clientId, clientSecret] = required(env, ['PAYQUICKER_CLIENT_ID', 'PAYQUICKER_CLIENT_SECRET'], api);
    return { clientId, clientSecret, scopes: PAYQUICKER_SCOPES };
  }
  const accessToken = env.ABCONNECT_ACCESS_TOKEN;
  if (accessToken !== undefined && accessToken !== '') return { accessToken };
  const names = ['ABCONNECT_USERNAME', 'ABCONNECT_PASSWORD', 'ABCONNECT_CLIENT_ID', 'ABCONNECT_CLIENT_SECRET'];
  const [username, password, clientId, clientSecret] = required(env, names, api, ' (or ABCONNECT_ACCESS_TOKEN)');
  return { username, password, clientId, clientSecret };
}

/**
 * What to check when the target refused the credentials of `api`: the environment variables they
 * came from (`ABCONNECT_ACCESS_TOKEN` when it is set, since it takes precedence), or the embedded
 * sandbox's credentials. Names only, never values.
 */
export function credentialsHint(api: ApiName, env: Record<string, string | undefined>, sandbox: boolean): string {
  if (sandbox) return `the ${api} credentials the embedded sandbox was started with`;
  if (api === 'payquicker') return 'PAYQUICKER_CLIENT_ID and PAYQUICKER_CLIENT_SECRET';
  if ((env.ABCONNECT_ACCESS_TOKEN ?? '') !== '') return 'ABCONNECT_ACCESS_TOKEN (it may have expired; unset it to log in with ABCONNECT_USERNAME and ABCONNECT_PASSWORD)';
  return 'ABCONNECT_USERNAME, ABCONNECT_PASSWORD, ABCONNECT_CLIENT_ID and ABCONNECT_CLIENT_SECRET';
}

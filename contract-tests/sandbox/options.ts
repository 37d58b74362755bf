/**
 * Options of {@link startSandbox} and the defaults the README lists. Everything is optional; a
 * missing value takes the default below.
 */
import { DEFAULT_SLOW_DELAY_MS, parseDrifts, type DriftSet } from './drift.js';

/** PayQuicker client credentials the token endpoint accepts (`Authorization: Basic`). */
export interface PayQuickerCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

/** ABConnect user and client the identity server accepts (password grant, form fields). */
export interface AbConnectCredentials {
  readonly username: string;
  readonly password: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

/** What a caller may set; see the README section "Sandbox server" for each default. */
export interface SandboxOptions {
  /** TCP port; 0 (default) picks a free one. */
  readonly port?: number;
  /** Interface to listen on; default `127.0.0.1`. */
  readonly host?: string;
  /** Makes tokens, ids, reference ids, timestamps and micro-deposits reproducible (fake clock). */
  readonly seed?: number;
  /** Drift names from the catalogue (drift.ts). Unknown names throw UnknownDriftError. */
  readonly drift?: readonly string[];
  /** Lifetime of access tokens in seconds (both APIs); default 3600. */
  readonly tokenTtlSeconds?: number;
  /** Delay of the `slow` drift in milliseconds; default 3000. */
  readonly slowDelayMs?: number;
  readonly payquicker?: Partial<PayQuickerCredentials>;
  readonly abconnect?: Partial<AbConnectCredentials>;
}

/** Options with every default filled in and drift names checked. */
export interface ResolvedOptions {
  readonly port: number;
  readonly host: string;
  readonly seed: number | undefined;
  readonly drifts: DriftSet;
  readonly tokenTtlSeconds: number;
  readonly slowDelayMs: number;
  readonly payquicker: PayQuickerCredentials;
  readonly abconnect: AbConnectCredentials;
}

/** Default PayQuicker client credentials. */
export const DEFAULT_PAYQUICKER_CREDENTIALS: PayQuickerCredentials = { clientId: 'sandbox-client', clientSecret: 'sandbox-secret' };

/** Default ABConnect credentials. */
export const DEFAULT_ABCONNECT_CREDENTIALS: AbConnectCredentials = {
  username: 'sandbox-user',
  password: 'sandbox-password',
  clientId: 'sandbox-client',
  clientSecret: 'sandbox-secret',
};

/** Default access token lifetime: 3600 s, as the vendors' examples. */
export const DEFAULT_TOKEN_TTL_SECONDS = 3600;

/** Thrown for an option value out of range (a negative port, a zero TTL, …). */
export class SandboxOptionError extends Error {
  override readonly name = 'SandboxOptionError';
}

function checkInteger(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new SandboxOptionError(`${name} must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}

/**
 * Fills in defaults and checks ranges.
 * @throws UnknownDriftError for an unknown drift name; SandboxOptionError for a value out of range.
 */
export function resolveOptions(options: SandboxOptions = {}): ResolvedOptions {
  return {
    port: checkInteger('port', options.port ?? 0, 0, 65535),
    host: options.host ?? '127.0.0.1',
    seed: options.seed === undefined ? undefined : checkInteger('seed', options.seed, 0, Number.MAX_SAFE_INTEGER),
    drifts: parseDrifts(options.drift ?? []),
    tokenTtlSeconds: checkInteger('tokenTtlSeconds', options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS, 1, 2_147_483_647),
    slowDelayMs: checkInteger('slowDelayMs', options.slowDelayMs ?? DEFAULT_SLOW_DELAY_MS, 0, 600_000),
    payquicker: { ...DEFAULT_PAYQUICKER_CREDENTIALS, ...definedOnly(options.payquicker) },
    abconnect: { ...DEFAULT_ABCONNECT_CREDENTIALS, ...definedOnly(options.abconnect) },
  };
}

function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}

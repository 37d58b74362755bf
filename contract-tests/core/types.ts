/**
 * The shared vocabulary of the contract suite: scenarios (client calls that exercise operations),
 * exchanges (one HTTP request and its response, as captured or as read from a HAR cassette), and
 * targets (where scenarios run). Record, replay and drift all speak these types.
 */
import type { AbConnectClient } from '../../generated/abconnect/index.gen.js';
import type { PayQuickerClient } from '../../generated/payquicker/index.gen.js';
import type { FixtureValues, ScenarioContext } from './fixtures.js';

/** The APIs the suite covers. */
export type ApiName = 'payquicker' | 'abconnect';

/** The generated client of each API. */
export interface ClientOf {
  payquicker: PayQuickerClient;
  abconnect: AbConnectClient;
}

/**
 * One scenario: a short, deterministic sequence of client calls. Its cassette is
 * `contract-tests/cassettes/<api>/<name>.har`.
 */
export interface Scenario<A extends ApiName = ApiName> {
  api: A;
  /** Kebab-case, unique per API; names the cassette file. */
  name: string;
  description: string;
  /** `happy` scenarios expect 2xx answers; `error` scenarios provoke a documented error (400, 401, …). */
  kind: 'happy' | 'error';
  /** operationIds the scenario exercises (coverage is checked against both specs). */
  operations: readonly string[];
  /** True when it creates, changes or deletes anything: refused against non-loopback targets without `--allow-mutations`. */
  mutates: boolean;
  /**
   * True for a negative scenario that sends a request breaking the spec on purpose (a parameter out
   * of range, a value outside an enum) to provoke the server's refusal. Every other scenario's requests,
   * token requests included, must conform to the spec: replay, `drift` and `record` check them.
   */
  breaksSpec?: boolean;
  /**
   * Drives the client. Expected errors are caught and checked inside (an `error` scenario throws
   * only when the documented error did NOT happen). Clients run with response validation `off`:
   * the suite judges responses itself. `context` gives the target's fixtures (a missing one makes
   * the scenario inconclusive), fresh ids and clean-up steps (see fixtures.ts).
   */
  run(client: ClientOf[A], context: ScenarioContext): Promise<void>;
}

/** One HTTP exchange. Header names are lower-case; bodies are text as sent/received. */
export interface Exchange {
  /** The operation the request matched in the spec (by method and path template), if any. */
  operationId: string | undefined;
  request: {
    method: string;
    /** Absolute URL as sent. */
    url: string;
    /** Path and query relative to the API base URL: `/payments/jobs?page=1&pageSize=20`. */
    path: string;
    headers: Record<string, string>;
    body?: string;
  };
  response: {
    status: number;
    headers: Record<string, string>;
    body: string;
  };
}

/** Where scenarios run: one API's base URL and the credentials its client uses. */
export interface Target {
  api: ApiName;
  /** What the user named: `sandbox`, a config target name, or the URL. */
  label: string;
  baseUrl: string;
  /** Client credentials as the generated client takes them (never printed). */
  credentials: Record<string, unknown>;
  /** True when the host is on loopback (127.0.0.0/8, ::1, localhost). */
  loopback: boolean;
  /** Fixture values that exist on this target (from the config; `{}` for a URL); absent for the embedded sandbox and replays, whose values are built in (core/fixtures.ts). */
  fixtures?: FixtureValues;
}

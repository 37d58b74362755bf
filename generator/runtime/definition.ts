/**
 * API definitions: the per-API facts a generated client class hands to the runtime once, at
 * construction: servers and their variables, security schemes, fixed headers, and the prefix of
 * the environment variables `fromEnv()` reads. Derived by the generator from the spec's `servers`
 * (OpenAPI 3.1 §4.8.5) and `components.securitySchemes` (§4.8.27).
 */

/** One server variable (OpenAPI 3.1 §4.8.6 Server Variable Object). */
export interface ServerVariableDefinition {
  readonly default: string;
  /** Allowed values; absent when any string is allowed. */
  readonly enum?: readonly string[];
}

/** One environment of the API: a server of the spec. */
export interface ServerDefinition {
  /** Environment name from the server's `x-environment` extension (or derived from its description): `sandbox`. */
  readonly environment: string;
  /** URL template with `{variable}` placeholders: `https://api.{sandboxInstance}.payquicker.io/api/v2`. */
  readonly url: string;
  readonly variables: Readonly<Record<string, ServerVariableDefinition>>;
  /** Token endpoint for this environment (from the security scheme, or the server's `x-token-url`), a URL template like `url`. */
  readonly tokenUrl?: string;
  /** True for servers that move real money; recording and drift refuse them. From `x-environment: production`. */
  readonly production: boolean;
}

/** A security scheme the runtime knows how to satisfy (OpenAPI 3.1 §4.8.27 Security Scheme Object). */
export type SecuritySchemeDefinition =
  | { readonly type: 'oauth2-client-credentials'; readonly scopes: readonly string[] }
  | { readonly type: 'oauth2-password'; readonly scopes: readonly string[] }
  | { readonly type: 'http-bearer' }
  | { readonly type: 'http-basic' }
  | { readonly type: 'api-key'; readonly in: 'header' | 'query' | 'cookie'; readonly name: string };

/** Everything about an API that does not belong to a single operation. */
export interface ApiDefinition {
  /** API id as in the config: `payquicker`. */
  readonly name: string;
  /** Spec `info.title` and `info.version`. */
  readonly title: string;
  readonly version: string;
  /** Servers in spec order; the first non-production one is the default environment when none is chosen. */
  readonly servers: readonly ServerDefinition[];
  /** Security schemes by name. */
  readonly securitySchemes: Readonly<Record<string, SecuritySchemeDefinition>>;
  /**
   * Path of the token endpoint relative to a base URL, used when the caller passes `baseUrl`
   * instead of an environment (`/auth/connect/token`, `/connect/token`).
   */
  readonly tokenPath?: string;
  /** Required header parameters with a default, sent on every call unless overridden: `{ 'X-MyPayQuicker-Version': '2026.02.01' }`. */
  readonly fixedHeaders: Readonly<Record<string, string>>;
  /**
   * Required header parameters with a default that the spec's token operation (the `POST` operation
   * at `tokenPath`) declares, sent with every token request: `{ 'X-MyPayQuicker-Version': '2026.02.01' }`.
   * A client `headers` entry of the same name (any case) overrides the default. Absent when the token
   * endpoint is not an operation of the spec or declares none.
   */
  readonly tokenHeaders?: Readonly<Record<string, string>>;
  /**
   * A 2xx envelope that can still report failure (ABConnect's `ServiceBaseResponse`: `success: false`
   * with `errorMessage`), from the spec's `x-api-contracts.failureEnvelope` extension. A response whose
   * documented schema is `schema` and whose `successProperty` is `false` is raised as an error unless the
   * caller opts out.
   */
  readonly failureEnvelope?: {
    readonly schema: string;
    readonly successProperty: string;
    readonly messageProperty: string;
  };
  /** Prefix of the environment variables read by `fromEnv()`: `PAYQUICKER` → `PAYQUICKER_CLIENT_ID`. */
  readonly envPrefix: string;
}

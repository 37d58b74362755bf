/**
 * The optional `targets` key of `api-contracts.config.json`: named servers the contract suite can
 * record from or check for drift (`api-contracts record --target staging`).
 *
 * ```json
 * { "targets": { "staging": { "abconnect": { "baseUrl": "https://portal.staging.abconnect.co/api" } } } }
 * ```
 */
/** One API's server within a named target. */
export interface TargetApiConfig {
  /** Absolute http(s) URL, used as the client's `baseUrl`. */
  baseUrl: string;
}

/** A named target: a server per API; at least one API is present. */
export interface TargetConfig {
  payquicker?: TargetApiConfig;
  abconnect?: TargetApiConfig;
}

const TARGET_APIS = ['payquicker', 'abconnect'] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * Parses `raw.targets` (absent → `{}`), reporting each bad field through `problem` with its JSON
 * pointer (`#/targets/staging/payquicker/baseUrl`).
 */
export function parseTargets(
  raw: unknown,
  problem: (pointer: string, message: string) => void,
): Record<string, TargetConfig> {
  const targets = isObject(raw) ? raw.targets : undefined;
  if (targets === undefined) return {};
  if (!isObject(targets)) {
    problem('#/targets', 'must be an object of named targets');
    return {};
  }
  const result: Record<string, TargetConfig> = {};
  for (const [name, entry] of Object.entries(targets)) {
    const pointer = `#/targets/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!isObject(entry)) {
      problem(pointer, 'must be an object with a payquicker and/or abconnect { baseUrl }');
      continue;
    }
    const target: TargetConfig = {};
    for (const key of Object.keys(entry)) {
      if (!(TARGET_APIS as readonly string[]).includes(key)) problem(`${pointer}/${key}`, `unknown API; use ${TARGET_APIS.join(' or ')}`);
    }
    for (const api of TARGET_APIS) {
      const server = entry[api];
      if (server === undefined) continue;
      const baseUrl = isObject(server) ? server.baseUrl : undefined;
      if (isHttpUrl(baseUrl)) target[api] = { baseUrl };
      else problem(`${pointer}/${api}/baseUrl`, 'must be an absolute http(s) URL');
    }
    if (!TARGET_APIS.some((api) => entry[api] !== undefined)) {
      problem(pointer, 'names no API; add payquicker and/or abconnect { baseUrl }');
    }
    result[name] = target;
  }
  return result;
}


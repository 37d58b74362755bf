/**
 * Safety checks on where the suite may send requests: loopback detection, and refusal of the
 * spec's production servers (the `servers` entry with `x-environment: production`, OpenAPI 3.1
 * §4.8.5 Server Object) because payouts and payments there move real money.
 */
import { UserError } from '../../generator/src/diagnostics.js';
import { specDocument } from './spec-file.js';
import type { ApiName } from './types.js';

const productionHosts = new Map<ApiName, string[]>();

/** Host names of the spec's production servers (and their token servers) of `api`. */
export function productionHostsOf(api: ApiName): string[] {
  const known = productionHosts.get(api);
  if (known !== undefined) return known;
  const spec = specDocument(api) as { servers?: Record<string, unknown>[] };
  const hosts = (spec.servers ?? [])
    .filter((server) => server['x-environment'] === 'production')
    .flatMap((server) => [server.url, server['x-token-url']])
    .filter((url): url is string => typeof url === 'string')
    .map((url) => new URL(url).hostname.toLowerCase());
  productionHosts.set(api, hosts);
  return hosts;
}

/** True when `url`'s host is on loopback: `localhost`, 127.0.0.0/8 or `::1`. */
export function isLoopback(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Checks that `baseUrl` is an absolute http(s) URL and not a production server of `api`.
 * @throws {UserError} naming the URL and why it is refused.
 */
export function assertAllowedBaseUrl(api: ApiName, baseUrl: string, origin: string): void {
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new UserError(`${origin}: '${baseUrl}' is not an absolute URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UserError(`${origin}: '${baseUrl}' must use http or https`);
  }
  if (productionHostsOf(api).includes(parsed.hostname.toLowerCase())) {
    throw new UserError(
      `${origin}: refusing ${api} production server ${parsed.origin} (x-environment: production in spec/${api}.yaml); ` +
        'the contract suite never sends requests to production. Use the vendor sandbox or staging server.',
    );
  }
}

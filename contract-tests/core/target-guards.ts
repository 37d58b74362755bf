/**
 * Safety checks on where the suite may send requests: loopback detection, and refusal of the
 * spec's production servers (the `servers` entry with `x-environment: production`, OpenAPI 3.1
 * §4.8.5 Server Object) because payouts and payments there move real money.
 */
import { domainToASCII } from 'node:url';
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
    .map((url) => normalizedHost(new URL(url)));
  productionHosts.set(api, hosts);
  return hosts;
}

/**
 * The host of `url` as one spelling, for comparisons: the WHATWG URL parser has already lower-cased
 * it, decoded percent escapes, mapped IDN labels to punycode (UTS #46), normalised IPv4 forms
 * (`127.1`) and compressed IPv6; this also drops IPv6 brackets and the trailing dots of a fully
 * qualified name (`api.payquicker.io.` is `api.payquicker.io`, RFC 1034 §3.1), and applies
 * `domainToASCII` once more for a host given in Unicode. Ports are not part of it: the guard refuses
 * a production host on any port, the default one included.
 */
export function normalizedHost(url: URL): string {
  const bare = url.hostname.replace(/^\[|\]$/g, '').replace(/\.+$/, '');
  if (bare.includes(':')) return bare;
  return domainToASCII(bare) || bare.toLowerCase();
}

/** True when `url`'s host is on loopback: `localhost` (and names under it), 127.0.0.0/8 or `::1`. */
export function isLoopback(url: string): boolean {
  const host = normalizedHost(new URL(url));
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** `text` with the user information of a URL (`user:password@`) replaced by `***@`, so it can be printed; works on unparsable text too. */
export function withoutUserInfo(text: string): string {
  return text.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1***@');
}

/**
 * Checks that `baseUrl` is an absolute http(s) URL without user information and not a production
 * server of `api` (hosts compared after {@link normalizedHost}).
 * @throws {UserError} naming the URL (user information masked, never the password) and why it is refused.
 */
export function assertAllowedBaseUrl(api: ApiName, baseUrl: string, origin: string): void {
  let parsed: URL;
  const shown = withoutUserInfo(baseUrl);
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new UserError(`${origin}: '${shown}' is not an absolute URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UserError(`${origin}: '${shown}' must use http or https`);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new UserError(
      `${origin}: '${shown}' carries credentials in the URL; remove them and set the API's credential environment variables instead ` +
        '(PAYQUICKER_CLIENT_ID/PAYQUICKER_CLIENT_SECRET, ABCONNECT_ACCESS_TOKEN or ABCONNECT_USERNAME/ABCONNECT_PASSWORD)',
    );
  }
  if (productionHostsOf(api).includes(normalizedHost(parsed))) {
    throw new UserError(
      `${origin}: refusing ${api} production server ${parsed.origin} (x-environment: production in spec/${api}.yaml); ` +
        'the contract suite never sends requests to production. Use the vendor sandbox or staging server.',
    );
  }
}

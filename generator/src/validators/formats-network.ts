/**
 * Emitted sources of the network formats: `email` (RFC 5321 mailbox), `hostname` (RFC 1123),
 * `ipv4`, `ipv6` (RFC 4291 text form), `uri` and `uri-reference` (RFC 3986, ASCII only).
 */
import type { HelperSource } from './formats.js';

export const NETWORK_SOURCES: Readonly<Record<string, HelperSource>> = {
  fmtEmail: {
    deps: ['fmtHostname', 'fmtIpv4', 'fmtIpv6'],
    source: `const LOCAL_RE = /^(?:[A-Za-z0-9!#$%&'*+/=?^_\`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_\`{|}~-]+)*|"(?:[^"\\\\\\r\\n]|\\\\.)*")$/;
/** RFC 5321 mailbox: dot-atom or quoted local part; hostname or address-literal domain. */
function fmtEmail(s: string): boolean {
  const at = s.lastIndexOf('@');
  if (at <= 0 || !LOCAL_RE.test(s.slice(0, at))) return false;
  const domain = s.slice(at + 1);
  if (domain.startsWith('[') && domain.endsWith(']')) {
    const literal = domain.slice(1, -1);
    return literal.startsWith('IPv6:') ? fmtIpv6(literal.slice(5)) : fmtIpv4(literal);
  }
  return fmtHostname(domain);
}`,
  },
  fmtHostname: {
    deps: [],
    source: `const LABEL_RE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
/** RFC 1123 host name: dot-separated labels of 1–63 letters, digits, inner hyphens; ≤ 253 chars. */
function fmtHostname(s: string): boolean {
  if (s.length === 0 || s.length > 253) return false;
  const labels = s.split('.');
  for (let i = 0; i < labels.length; i++) if (!LABEL_RE.test(labels[i] ?? '')) return false;
  return true;
}`,
  },
  fmtIpv4: {
    deps: [],
    source: `const IPV4_RE = /^(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$/;
/** RFC 2673 dotted-quad, no leading zeros. */
function fmtIpv4(s: string): boolean {
  return IPV4_RE.test(s);
}`,
  },
  fmtIpv6: {
    deps: ['fmtIpv4'],
    source: `const HEX16_RE = /^[0-9A-Fa-f]{1,4}$/;
/** RFC 4291 §2.2 text form: 8 groups, one "::" elision, optional trailing dotted-quad. */
function fmtIpv6(s: string): boolean {
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups: string[] = [];
  for (const half of halves) if (half !== '') groups.push(...half.split(':'));
  let count = groups.length;
  const last = groups[groups.length - 1];
  if (last !== undefined && last.includes('.')) {
    if (!fmtIpv4(last)) return false;
    groups.pop();
    count++;
  }
  for (const g of groups) if (!HEX16_RE.test(g)) return false;
  return halves.length === 2 ? count < 8 : count === 8;
}`,
  },
  ...uriSources(),
};

/** RFC 3986 URI and URI-reference checks (ASCII only: IRIs are a separate format). */
function uriSources(): Record<string, HelperSource> {
  return {
    uriParts: {
      deps: ['fmtIpv6'],
      source: `const URI_SCHEME_RE = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const URI_PCHARS_RE = /^(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*$/;
const URI_USER_RE = /^(?:[A-Za-z0-9\\-._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*$/;
const URI_HOST_RE = /^(?:[A-Za-z0-9\\-._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
/** RFC 3986 §3.2 authority: [userinfo "@"] host [":" port]. */
function uriAuthority(a: string): boolean {
  const at = a.indexOf('@');
  if (at >= 0 && (a.indexOf('@', at + 1) >= 0 || !URI_USER_RE.test(a.slice(0, at)))) return false;
  let host = a.slice(at + 1);
  if (host.startsWith('[')) {
    const close = host.indexOf(']');
    if (close < 0 || !fmtIpv6(host.slice(1, close))) return false;
    host = host.slice(close + 1);
    return host === '' || /^:\\d*$/.test(host);
  }
  const colon = host.lastIndexOf(':');
  if (colon >= 0) {
    if (!/^\\d*$/.test(host.slice(colon + 1))) return false;
    host = host.slice(0, colon);
  }
  return URI_HOST_RE.test(host);
}
/** RFC 3986 §4.2 relative-part (or hier-part after the scheme) with query and fragment. */
function uriRest(r: string, noScheme: boolean): boolean {
  const hash = r.indexOf('#');
  const body = hash < 0 ? r : r.slice(0, hash);
  if (hash >= 0 && !URI_PCHARS_RE.test(r.slice(hash + 1))) return false;
  const q = body.indexOf('?');
  const path = q < 0 ? body : body.slice(0, q);
  if (!URI_PCHARS_RE.test(body.slice(path.length))) return false;
  if (path.startsWith('//')) {
    const end = path.indexOf('/', 2);
    if (!uriAuthority(end < 0 ? path.slice(2) : path.slice(2, end))) return false;
    return end < 0 || URI_PCHARS_RE.test(path.slice(end));
  }
  if (noScheme && path.split('/')[0]?.includes(':')) return false;
  return !path.includes('?') && URI_PCHARS_RE.test(path);
}`,
    },
    fmtUri: {
      deps: ['uriParts'],
      source: `/** RFC 3986 §3 absolute URI (scheme required). */
function fmtUri(s: string): boolean {
  const m = URI_SCHEME_RE.exec(s);
  return m !== null && uriRest(s.slice(m[0].length), false);
}`,
    },
    fmtUriReference: {
      deps: ['uriParts'],
      source: `/** RFC 3986 §4.1 URI-reference: a URI or a relative reference. */
function fmtUriReference(s: string): boolean {
  const m = URI_SCHEME_RE.exec(s);
  return m === null ? uriRest(s, true) : uriRest(s.slice(m[0].length), false);
}`,
    },
  };
}

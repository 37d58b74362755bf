/**
 * `format` assertions (JSON Schema 2020-12 Validation §7.3, OAS 3.1 §4.2 data types) as source of
 * small functions emitted into the generated module (only those used). A format only applies to
 * its JSON type: string formats ignore numbers and vice versa. Unknown formats are accepted.
 *
 * Not implemented (accepted as unknown): `iri`, `iri-reference`, `idn-email`, `idn-hostname`
 * (need Unicode IDNA tables) and `binary`/`password` (annotations only).
 */

/** How one format is checked: a helper function over the narrowed value. */
export interface FormatDef {
  /** JSON type the format applies to. */
  type: 'string' | 'number';
  /** Name of the emitted helper (`fmt…`), called as `fmtX(value)`. */
  helper: string;
}

export const FORMATS: Readonly<Record<string, FormatDef>> = {
  date: { type: 'string', helper: 'fmtDate' },
  time: { type: 'string', helper: 'fmtTime' },
  'date-time': { type: 'string', helper: 'fmtDateTime' },
  duration: { type: 'string', helper: 'fmtDuration' },
  email: { type: 'string', helper: 'fmtEmail' },
  hostname: { type: 'string', helper: 'fmtHostname' },
  ipv4: { type: 'string', helper: 'fmtIpv4' },
  ipv6: { type: 'string', helper: 'fmtIpv6' },
  uuid: { type: 'string', helper: 'fmtUuid' },
  uri: { type: 'string', helper: 'fmtUri' },
  'uri-reference': { type: 'string', helper: 'fmtUriReference' },
  'uri-template': { type: 'string', helper: 'fmtUriTemplate' },
  'json-pointer': { type: 'string', helper: 'fmtJsonPointer' },
  'relative-json-pointer': { type: 'string', helper: 'fmtRelativeJsonPointer' },
  regex: { type: 'string', helper: 'fmtRegex' },
  byte: { type: 'string', helper: 'fmtByte' },
  int32: { type: 'number', helper: 'fmtInt32' },
  int64: { type: 'number', helper: 'fmtInt64' },
  float: { type: 'number', helper: 'fmtFloat' },
};

/** Source of each format helper, with the helpers it calls. */
export const FORMAT_SOURCES: Readonly<Record<string, { deps: string[]; source: string }>> = {
  fmtDate: {
    deps: [],
    source: `const DATE_RE = /^(\\d{4})-(\\d{2})-(\\d{2})$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** RFC 3339 full-date with real month lengths and leap years. */
function fmtDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (m === null) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (mo === 2 && leap ? 29 : (DAYS[mo] ?? 0));
}`,
  },
  fmtTime: {
    deps: [],
    source: `const TIME_RE = /^(\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?(?:[zZ]|([+-])(\\d{2}):(\\d{2}))$/;
/** RFC 3339 full-time (offset required); second 60 only where UTC time is 23:59:60. */
function fmtTime(s: string): boolean {
  const m = TIME_RE.exec(s);
  if (m === null) return false;
  const h = Number(m[1]);
  const min = Number(m[2]);
  const sec = Number(m[3]);
  const oh = m[5] === undefined ? 0 : Number(m[5]);
  const om = m[6] === undefined ? 0 : Number(m[6]);
  if (h > 23 || min > 59 || sec > 60 || oh > 23 || om > 59) return false;
  if (sec < 60) return true;
  const sign = m[4] === '-' ? -1 : 1;
  const utc = (((h * 60 + min - sign * (oh * 60 + om)) % 1440) + 1440) % 1440;
  return utc === 23 * 60 + 59;
}`,
  },
  fmtDateTime: {
    deps: ['fmtDate', 'fmtTime'],
    source: `/** RFC 3339 date-time: full-date "T" full-time (T and Z case-insensitive). */
function fmtDateTime(s: string): boolean {
  const t = s.charCodeAt(10);
  return (t === 84 || t === 116) && fmtDate(s.slice(0, 10)) && fmtTime(s.slice(11));
}`,
  },
  fmtDuration: {
    deps: [],
    source: `const DURATION_RE = /^P(?:(?:\\d+Y)?(?:\\d+M)?(?:\\d+D)?(?:T(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?|\\d+W)$/;
/** RFC 3339 Appendix A duration: at least one element, none empty after "T". */
function fmtDuration(s: string): boolean {
  return DURATION_RE.test(s) && s !== 'P' && !s.endsWith('T');
}`,
  },
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
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] ?? '';
    if (!LABEL_RE.test(label)) return false;
    if (label.length >= 4 && label[2] === '-' && label[3] === '-' && !/^xn$/i.test(label.slice(0, 2))) return false;
  }
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
  fmtUuid: {
    deps: [],
    source: `const UUID_RE = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
/** RFC 9562 hyphenated UUID, any version, either case. */
function fmtUuid(s: string): boolean {
  return UUID_RE.test(s);
}`,
  },
  ...uriSources(),
  fmtUriTemplate: {
    deps: [],
    source: `/** RFC 6570 template: literal text with non-empty, non-nested, closed {expressions}. */
function fmtUriTemplate(s: string): boolean {
  let open = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '{') {
      if (open >= 0) return false;
      open = i;
    } else if (c === '}') {
      if (open < 0 || open === i - 1) return false;
      open = -1;
    }
  }
  return open < 0;
}`,
  },
  fmtJsonPointer: {
    deps: [],
    source: `/** RFC 6901 JSON pointer: empty or "/"-prefixed tokens, "~" only as "~0"/"~1". */
function fmtJsonPointer(s: string): boolean {
  if (s !== '' && s[0] !== '/') return false;
  for (let i = s.indexOf('~'); i >= 0; i = s.indexOf('~', i + 1)) {
    const next = s[i + 1];
    if (next !== '0' && next !== '1') return false;
  }
  return true;
}`,
  },
  fmtRelativeJsonPointer: {
    deps: ['fmtJsonPointer'],
    source: `const REL_PTR_RE = /^(?:0|[1-9][0-9]*)/;
/** Relative JSON pointer (draft-handrews-relative-json-pointer-01): level, then "#" or a JSON pointer. */
function fmtRelativeJsonPointer(s: string): boolean {
  const m = REL_PTR_RE.exec(s);
  if (m === null) return false;
  const rest = s.slice(m[0].length);
  return rest === '#' || fmtJsonPointer(rest);
}`,
  },
  fmtRegex: {
    deps: [],
    source: `/** ECMA-262 regular expression (with the u flag, as \`pattern\` is compiled). */
function fmtRegex(s: string): boolean {
  try {
    new RegExp(s, 'u');
    return true;
  } catch {
    return false;
  }
}`,
  },
  fmtByte: {
    deps: [],
    source: `const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** RFC 4648 §4 base64 with padding (OAS \`format: byte\`). */
function fmtByte(s: string): boolean {
  return s.length % 4 === 0 && BASE64_RE.test(s);
}`,
  },
  fmtInt32: {
    deps: [],
    source: `/** OAS int32: integer in [-2^31, 2^31 - 1]. */
function fmtInt32(n: number): boolean {
  return Number.isInteger(n) && n >= -2147483648 && n <= 2147483647;
}`,
  },
  fmtInt64: {
    deps: [],
    source: `/** OAS int64: integer in [-2^63, 2^63] (as far as a double can tell). */
function fmtInt64(n: number): boolean {
  return Number.isInteger(n) && Math.abs(n) <= 9223372036854775808;
}`,
  },
  fmtFloat: {
    deps: [],
    source: `/** OAS float: finite and within single-precision range. */
function fmtFloat(n: number): boolean {
  return Math.abs(n) <= 3.4028234663852886e38;
}`,
  },
};

/** RFC 3986 URI and URI-reference checks (ASCII only: IRIs are a separate format). */
function uriSources(): Record<string, { deps: string[]; source: string }> {
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

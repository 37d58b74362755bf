/**
 * Emitted sources of the remaining formats: `uuid`, `uri-template` (RFC 6570), `json-pointer`,
 * `relative-json-pointer`, `regex`, and the OpenAPI `byte`, `int32`, `int64`, `float`.
 */
import type { HelperSource } from './formats.js';

export const MISC_SOURCES: Readonly<Record<string, HelperSource>> = {
  fmtUuid: {
    deps: [],
    source: `const UUID_RE = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
/** RFC 9562 hyphenated UUID, any version, either case. */
function fmtUuid(s: string): boolean {
  return UUID_RE.test(s);
}`,
  },
  fmtUriTemplate: {
    deps: [],
    source: `const TEMPLATE_LITERAL_RE = /^(?:[^\\x00-\\x20"%<>\\\\^\`{|}\\x7f]|%[0-9A-Fa-f]{2})*$/;
const TEMPLATE_VARCHAR = '(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})';
const TEMPLATE_VARSPEC = \`\${TEMPLATE_VARCHAR}(?:\\\\.?\${TEMPLATE_VARCHAR})*(?::[1-9][0-9]{0,3}|\\\\*)?\`;
const TEMPLATE_EXPR_RE = new RegExp(\`^[+#./;?&]?\${TEMPLATE_VARSPEC}(?:,\${TEMPLATE_VARSPEC})*$\`);
/** RFC 6570 URI template: literals plus {expressions} of an optional operator and varspecs. */
function fmtUriTemplate(s: string): boolean {
  let i = 0;
  while (i < s.length) {
    const open = s.indexOf('{', i);
    const literalEnd = open < 0 ? s.length : open;
    if (!TEMPLATE_LITERAL_RE.test(s.slice(i, literalEnd))) return false;
    if (open < 0) return true;
    const close = s.indexOf('}', open);
    if (close < 0 || !TEMPLATE_EXPR_RE.test(s.slice(open + 1, close))) return false;
    i = close + 1;
  }
  return true;
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

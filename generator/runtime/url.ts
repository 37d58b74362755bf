/**
 * Parameter serialization (OpenAPI 3.1 §4.8.12.4 Style Values and the table of §4.8.12.4.1 Style
 * Examples): path parameters, the query string, header and cookie values. Values are percent-encoded
 * with `encodeURIComponent`; `undefined` values are omitted.
 */
import { valueKeyOf, type ParameterDescriptor } from './operation.js';

type Scalar = string | number | boolean | null;

function scalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value as Scalar);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

function definedEntries(value: Record<string, unknown>): [string, unknown][] {
  return Object.entries(value).filter(([, v]) => v !== undefined);
}

const enc = encodeURIComponent;

/**
 * Value of a `simple`-style parameter (path and header parameters): arrays as `a,b`, objects as
 * `k,v,k2,v2` or, exploded, `k=v,k2=v2`. Not percent-encoded (the caller encodes path values).
 */
export function serializeSimple(value: unknown, explode: boolean): string[] {
  if (Array.isArray(value)) return value.map(scalar);
  if (isPlainObject(value)) {
    return definedEntries(value).flatMap(([k, v]) => (explode ? [`${k}=${scalar(v)}`] : [k, scalar(v)]));
  }
  return [scalar(value)];
}

/**
 * Query string pairs (`name=value`, already percent-encoded) of one query parameter, following its
 * style and explode: `form` (arrays repeated when exploded, else comma-joined; exploded objects spread
 * into their own keys), `spaceDelimited`, `pipeDelimited`, `deepObject` (`name[key]=value`).
 */
export function serializeQuery(param: ParameterDescriptor, value: unknown): string[] {
  const name = enc(param.name);
  if (Array.isArray(value)) {
    if (param.style === 'form' && param.explode) return value.map((v) => `${name}=${enc(scalar(v))}`);
    const sep = param.style === 'spaceDelimited' ? '%20' : param.style === 'pipeDelimited' ? '|' : ',';
    return [`${name}=${value.map((v) => enc(scalar(v))).join(sep)}`];
  }
  if (isPlainObject(value)) {
    const entries = definedEntries(value);
    if (param.style === 'deepObject') return entries.map(([k, v]) => `${name}%5B${enc(k)}%5D=${enc(scalar(v))}`);
    if (param.explode) return entries.map(([k, v]) => `${enc(k)}=${enc(scalar(v))}`);
    return [`${name}=${entries.map(([k, v]) => `${enc(k)},${enc(scalar(v))}`).join(',')}`];
  }
  return [`${name}=${enc(scalar(value))}`];
}

/**
 * A path template split at its path parameters: `literals[i]` precedes the value of `slots[i]`, and
 * the last literal follows the last value. Placeholders naming no path parameter stay literal.
 */
export interface PathTemplate {
  readonly literals: readonly string[];
  readonly slots: readonly ParameterDescriptor[];
}

/** Splits `path` (`/payments/jobs/{job-token}`) at the placeholders of the path parameters in `parameters`. */
export function compilePath(path: string, parameters: readonly ParameterDescriptor[]): PathTemplate {
  const literals: string[] = [];
  const slots: ParameterDescriptor[] = [];
  let literal = '';
  let last = 0;
  for (const match of path.matchAll(/\{([^}]+)\}/g)) {
    const param = parameters.find((p) => p.in === 'path' && p.name === match[1]);
    literal += path.slice(last, match.index);
    last = match.index + match[0].length;
    if (param === undefined) literal += match[0];
    else {
      literals.push(literal);
      slots.push(param);
      literal = '';
    }
  }
  literals.push(literal + path.slice(last));
  return { literals, slots };
}

/** The percent-encoded text of one path parameter value (`simple` style). */
function pathValue(value: unknown, explode: boolean): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return enc(String(value));
  return serializeSimple(value, explode).map(enc).join(',');
}

/**
 * `baseUrl` (no trailing slash) + `template` with its path parameters substituted and percent-encoded
 * + the query string of the `query` parameters that have a value. `values` is keyed by value key
 * (the wire name, see `valueKeyOf`);
 * every path parameter of the template must have a value (callers check that first).
 */
export function expandUrl(
  baseUrl: string,
  template: PathTemplate,
  query: readonly ParameterDescriptor[],
  values: Readonly<Record<string, unknown>>,
): string {
  const { literals, slots } = template;
  let url = baseUrl + (literals[0] as string);
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] as ParameterDescriptor;
    url += pathValue(values[valueKeyOf(slot)], slot.explode) + (literals[i + 1] as string);
  }
  let separator = '?';
  for (const param of query) {
    const value = values[valueKeyOf(param)];
    if (value === undefined) continue;
    for (const pair of serializeQuery(param, value)) {
      url += separator + pair;
      separator = '&';
    }
  }
  return url;
}

/**
 * The full request URL: `baseUrl` (no trailing slash) + the path template with path parameters
 * substituted and percent-encoded + the query string. `values` is keyed by value key (the wire
 * name, see `valueKeyOf`); every path
 * parameter of the template must have a value (callers check that first).
 */
export function buildUrl(
  baseUrl: string,
  path: string,
  parameters: readonly ParameterDescriptor[],
  values: Readonly<Record<string, unknown>>,
): string {
  const query = parameters.filter((p) => p.in === 'query');
  return expandUrl(baseUrl, compilePath(path, parameters), query, values);
}

/** Header parameter values by wire name (`simple` style), and a `Cookie` header for cookie parameters; `values` is keyed by value key. */
export function parameterHeaders(
  parameters: readonly ParameterDescriptor[],
  values: Readonly<Record<string, unknown>>,
): Record<string, string> {
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (const param of parameters) {
    const value = values[valueKeyOf(param)];
    if (value === undefined) continue;
    if (param.in === 'header') headers[param.name] = serializeSimple(value, param.explode).join(',');
    if (param.in === 'cookie') cookies.push(`${param.name}=${enc(serializeSimple(value, false).join(','))}`);
  }
  if (cookies.length > 0) headers['Cookie'] = cookies.join('; ');
  return headers;
}

/** Substitutes `{name}` placeholders of a server URL template (OpenAPI 3.1 §4.8.5) with `values`. */
export function expandServerUrl(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([^}]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

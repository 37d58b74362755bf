/**
 * Test helpers: plain-fetch calls to a running sandbox (so tests see exactly what went over the
 * wire), token fetching for both APIs, and the spec's examples read from the spec files.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { DEFAULT_ABCONNECT_CREDENTIALS, DEFAULT_PAYQUICKER_CREDENTIALS, type Sandbox } from '../index.js';

/** One HTTP exchange as seen by the client. */
export interface Exchange {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body parsed as JSON, or undefined when it is empty or not JSON. */
  readonly body: unknown;
}

/** Sends a request and reads the whole answer. */
export async function call(url: string, init: RequestInit = {}): Promise<Exchange> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body };
}

/** The API version the spec describes. */
export const VERSION = '2026.02.01';

/** `Authorization: Basic` for a PayQuicker client. */
export function basic(clientId: string, clientSecret: string): string {
  return `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
}

/** Requests a PayQuicker token with the default credentials and `scope`. */
export async function payquickerToken(sandbox: Sandbox, scope = 'readonly modify'): Promise<string> {
  const { clientId, clientSecret } = DEFAULT_PAYQUICKER_CREDENTIALS;
  const res = await call(`${sandbox.payquickerUrl}/auth/connect/token`, {
    method: 'POST',
    headers: { Authorization: basic(clientId, clientSecret), 'Content-Type': 'application/x-www-form-urlencoded', 'X-MyPayQuicker-Version': VERSION },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope }).toString(),
  });
  if (res.status !== 200) throw new Error(`token request failed: ${res.status} ${res.text}`);
  return (res.body as { access_token: string }).access_token;
}

/** Calls a PayQuicker Jobs operation with a bearer token and the version header; `body` is sent as JSON. */
export function pq(sandbox: Sandbox, token: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Exchange> {
  const init: RequestInit = { method, headers: { Authorization: `Bearer ${token}`, 'X-MyPayQuicker-Version': VERSION, ...headers } };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
  }
  return call(`${sandbox.payquickerUrl}${path}`, init);
}

/** The ABConnect password-grant form with the default credentials. */
export function passwordForm(overrides: Record<string, string> = {}): URLSearchParams {
  const c = DEFAULT_ABCONNECT_CREDENTIALS;
  return new URLSearchParams({
    grant_type: 'password',
    username: c.username,
    password: c.password,
    client_id: c.clientId,
    client_secret: c.clientSecret,
    scope: 'offline_access',
    rememberMe: 'true',
    ...overrides,
  });
}

/** Posts a form to the ABConnect identity server. */
export function identity(sandbox: Sandbox, form: URLSearchParams): Promise<Exchange> {
  return call(`${sandbox.abconnectUrl}/connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
}

/** Signs in to ABConnect with the default credentials and returns the access token. */
export async function abconnectToken(sandbox: Sandbox): Promise<string> {
  const res = await identity(sandbox, passwordForm());
  if (res.status !== 200) throw new Error(`identity request failed: ${res.status} ${res.text}`);
  return (res.body as { access_token: string }).access_token;
}

/** Calls a JobPayment operation (`path` after `/api/job/<id>`) with a bearer token; `body` is sent as JSON. */
export function ab(sandbox: Sandbox, token: string, method: string, jobDisplayId: string, path: string, body?: unknown): Promise<Exchange> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  const init: RequestInit = { method, headers };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  }
  return call(`${sandbox.abconnectUrl}/api/job/${jobDisplayId}${path}`, init);
}

const SPEC_DIR = fileURLToPath(new URL('../../../spec/', import.meta.url));

/** The parsed spec `name` (`payquicker` or `abconnect`). */
export function loadSpec(name: 'payquicker' | 'abconnect'): unknown {
  return parse(readFileSync(`${SPEC_DIR}${name}.yaml`, 'utf8')) as unknown;
}

/** The value at `keys` inside `value`; throws naming the path when a key is missing. */
export function pick(value: unknown, ...keys: string[]): unknown {
  let node = value;
  for (const [i, key] of keys.entries()) {
    if (node === null || typeof node !== 'object' || !(key in node)) throw new Error(`no ${keys.slice(0, i + 1).join('/')} in the spec`);
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

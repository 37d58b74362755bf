/**
 * What the feature fixtures' generated clients do when called (issue 15 item 7): each fixture is
 * generated into a temporary folder, its `client.gen.ts` imported and its methods called with an
 * injected `fetch` that records what is sent and answers as a server would. Servers and their
 * variables, security schemes, several 2xx and range or `default`-only responses, `$ref`'d
 * parameters, bodies and responses, and non-JSON request bodies.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInto } from './generate-into.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/features/', import.meta.url));

/** One request as `fetch` received it. */
interface Sent {
  url: string;
  method: string;
  headers: Headers;
  body: RequestInit['body'];
}

/** A server's answer to one request. */
type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

/** A `fetch` that records each request and answers with `answer(request)` (JSON unless `content-type` says otherwise). */
function serverFetch(answer: (sent: Sent) => Answer = () => ({ status: 200, body: {} })): { fetch: typeof fetch; sent: Sent[] } {
  const sent: Sent[] = [];
  const fake = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request: Sent = { url: String(input), method: init?.method ?? 'GET', headers: new Headers(init?.headers), body: init?.body };
    sent.push(request);
    const { status, body, headers = {} } = answer(request);
    const text = body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body);
    const contentType = body === undefined ? {} : { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json' };
    return Promise.resolve(new Response(text, { status, headers: { ...contentType, ...headers } }));
  };
  return { fetch: fake as typeof fetch, sent };
}

type Method = (params?: Record<string, unknown>) => Promise<unknown>;
type Client = Record<string, Method>;
type ClientClass = new (options: Record<string, unknown>) => Client;

/** The generated client module of fixture `name`. */
async function moduleOf(name: string): Promise<Record<string, unknown>> {
  const result = await generateInto(path.join(FIXTURES, `${name}.yaml`), name);
  return (await import(pathToFileURL(path.join(result.out, 'client.gen.ts')).href)) as Record<string, unknown>;
}

/** The generated client module of a spec written from `yaml` into a temporary folder. */
async function moduleOfText(name: string, yaml: string): Promise<Record<string, unknown>> {
  const spec = path.join(await mkdtemp(path.join(os.tmpdir(), 'feature-behaviour-')), `${name}.yaml`);
  await writeFile(spec, yaml);
  const result = await generateInto(spec, name);
  return (await import(pathToFileURL(path.join(result.out, 'client.gen.ts')).href)) as Record<string, unknown>;
}

/** Calls `method` of `client` with `params` (methods read the client's private state through `this`). */
function call(client: Client, method: string, params?: Record<string, unknown>): Promise<unknown> {
  const m = client[method];
  if (m === undefined) throw new Error(`no method ${method}`);
  return m.call(client, params);
}

const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

describe('server variables', () => {
  let Client: ClientClass;
  beforeAll(async () => {
    Client = (await moduleOf('server-variables'))['ServerVariablesClient'] as ClientClass;
  }, 60_000);

  it('fills in each variable default, and a value the caller gives', async () => {
    const server = serverFetch(() => ({ status: 200, body: 'pong' }));
    expect(await call(new Client({ environment: 'production', fetch: server.fetch }), 'ping')).toBe('pong');
    await call(new Client({ environment: 'production', region: 'us', port: '8443', fetch: server.fetch }), 'ping');
    // Without an environment: the first non-production server.
    await call(new Client({ fetch: server.fetch }), 'ping');
    expect(server.sent.map((s) => s.url)).toEqual([
      'https://eu.api.shop.test:443/v2/ping',
      'https://us.api.shop.test:8443/v2/ping',
      'https://sandbox.shop.test/v1/ping',
    ]);
  });

  it('refuses a value outside the variable enum, naming the variable', () => {
    expect(() => new Client({ environment: 'production', region: 'mars', fetch: serverFetch().fetch })).toThrow(/region/);
  });
});

describe('security schemes', () => {
  let Client: ClientClass;
  beforeAll(async () => {
    Client = (await moduleOf('security-schemes'))['SecuritySchemesClient'] as ClientClass;
  }, 60_000);
  const noContent = (): Answer => ({ status: 204 });

  it('sends a bearer access token where the document-level requirement applies, and nothing where security is []', async () => {
    const server = serverFetch(noContent);
    const client = new Client({ environment: 'test', credentials: { accessToken: 'at-1' }, fetch: server.fetch });
    await call(client, 'getByBearer');
    await call(client, 'getPublic');
    expect(server.sent.map((s) => s.headers.get('authorization'))).toEqual(['Bearer at-1', null]);
  });

  it('sends http basic credentials in the Authorization header (RFC 7617)', async () => {
    const server = serverFetch(noContent);
    const client = new Client({ environment: 'test', credentials: { clientId: 'me', clientSecret: 'pw' }, fetch: server.fetch });
    await call(client, 'getByBasic');
    expect(server.sent[0]?.headers.get('authorization')).toBe(`Basic ${btoa('me:pw')}`);
  });

  it('obtains an oauth2 client credentials token from the flow tokenUrl, for the operation scopes', async () => {
    const server = serverFetch((s) =>
      s.url === 'https://auth.shop.test/oauth/token'
        ? { status: 200, body: { access_token: 'cc-1', token_type: 'Bearer', expires_in: 3600 } }
        : { status: 204 },
    );
    const client = new Client({ environment: 'test', credentials: { clientId: 'me', clientSecret: 'pw' }, fetch: server.fetch, logger: silent });
    await call(client, 'postByClientCredentials');
    expect(server.sent.map((s) => `${s.method} ${s.url}`)).toEqual([
      'POST https://auth.shop.test/oauth/token',
      'POST https://api.shop.test/v1/by-client-credentials',
    ]);
    expect(new URLSearchParams(String(server.sent[0]?.body)).get('scope')).toBe('orders:write');
    expect(server.sent[1]?.headers.get('authorization')).toBe('Bearer cc-1');
  });

  it('sends http basic credentials for an API without any oauth2 flow (no token URL needed)', async () => {
    const yaml = [
      'openapi: 3.1.0',
      "info: { title: Basic only, version: '1' }",
      'servers: [{ url: https://api.shop.test/v1, x-environment: test }]',
      'components: { securitySchemes: { basic: { type: http, scheme: basic } } }',
      'security: [{ basic: [] }]',
      "paths: { /me: { get: { operationId: getMe, responses: { '204': { description: ok } } } } }",
    ].join('\n');
    const BasicClient = (await moduleOfText('basic-only', yaml))['BasicOnlyClient'] as ClientClass;
    const server = serverFetch(noContent);
    await call(new BasicClient({ environment: 'test', credentials: { clientId: 'me', clientSecret: 'pw' }, fetch: server.fetch }), 'getMe');
    expect(server.sent.map((s) => `${s.url} ${s.headers.get('authorization')}`)).toEqual([`https://api.shop.test/v1/me Basic ${btoa('me:pw')}`]);
  }, 60_000);

  it('takes the empty requirement of an either-or list when no credential fits', async () => {
    const server = serverFetch(noContent);
    await call(new Client({ environment: 'test', fetch: server.fetch }), 'getEitherOrNone');
    expect(server.sent[0]?.headers.get('authorization')).toBeNull();
  });

  it('sends an API key in the header, query parameter or cookie its scheme names (OpenAPI 3.1 §4.8.27), on every attempt once', async () => {
    const server = serverFetch(noContent);
    const client = new Client({ environment: 'test', credentials: { apiKey: 'k 1&' }, headers: { cookie: 'theme=dark' }, fetch: server.fetch });
    for (const method of ['getByHeader', 'getByQuery', 'getByCookie', 'getByCookie']) await call(client, method);
    const [header, query, cookie, again] = server.sent;
    expect(header?.headers.get('x-api-key')).toBe('k 1&');
    expect(header?.headers.get('authorization')).toBeNull();
    expect(new URL(query?.url ?? 'http://x').searchParams.get('api_key')).toBe('k 1&');
    expect(cookie?.headers.get('cookie')).toBe('theme=dark; session_key=k%201%26');
    expect(again?.headers.get('cookie')).toBe('theme=dark; session_key=k%201%26');
  });

  it('never shows the API key in an error, even when the server echoes it', async () => {
    const server = serverFetch(() => ({ status: 403, body: { message: 'key k-secret-1 is not allowed' } }));
    const client = new Client({ environment: 'test', credentials: { apiKey: 'k-secret-1' }, fetch: server.fetch, logger: silent });
    const error: unknown = await call(client, 'getByQuery').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(server.sent[0]?.url).toContain('api_key=k-secret-1');
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain('k-secret-1');
  });

  // No credential shape for openIdConnect, and an API key does not satisfy a bearer scheme (nor a bearer
  // token an apiKey scheme): such an operation is refused before anything is sent, never sent without its credential.
  it.each([
    ['getByOpenId', { accessToken: 'at-1' }],
    ['getByHeader', { accessToken: 'at-1' }],
    ['getByBearer', { apiKey: 'k-1' }],
  ])('refuses %s, whose scheme no credential satisfies, sending nothing', async (method, credentials) => {
    const server = serverFetch(noContent);
    const client = new Client({ environment: 'test', credentials, fetch: server.fetch });
    await expect(call(client, method)).rejects.toThrow(/satisfy none of its security requirements/);
    expect(server.sent).toEqual([]);
  });
});

describe('responses', () => {
  let module: Record<string, unknown>;
  let Client: ClientClass;
  beforeAll(async () => {
    module = await moduleOf('responses');
    Client = module['ResponsesClient'] as ClientClass;
  }, 60_000);

  it('accepts every documented 2xx, each validated against its own schema', async () => {
    const answers: Answer[] = [
      { status: 200, body: { id: 'j1' }, headers: { 'x-request-id': 'r1' } },
      { status: 201, body: { id: 'j2' }, headers: { location: 'https://api.shop.test/v1/jobs/j2' } },
      { status: 202, body: { queued: true } },
      { status: 204 },
    ];
    const server = serverFetch(() => answers[server.sent.length - 1] ?? { status: 500 });
    const client = new Client({ environment: 'test', fetch: server.fetch, validation: 'strict' });
    const results = [];
    for (let i = 0; i < answers.length; i++) results.push(await call(client, 'createJob'));
    expect(results).toEqual([{ id: 'j1' }, { id: 'j2' }, { queued: true }, undefined]);
  });

  it('checks a 2xx body against the schema of its own status, not another 2xx', async () => {
    const server = serverFetch(() => ({ status: 202, body: { id: 'j1' } }));
    const client = new Client({ environment: 'test', fetch: server.fetch, validation: 'strict' });
    await expect(call(client, 'createJob')).rejects.toThrow(/queued/);
  });

  it('raises a 4XX range response as the error class of its documented body', async () => {
    const server = serverFetch(() => ({ status: 409, body: { title: 'conflict', status: 409 } }));
    const client = new Client({ environment: 'test', fetch: server.fetch, retry: false });
    const error = (await call(client, 'createJob').catch((e: unknown) => e)) as { status: number; body: unknown };
    expect(error).toBeInstanceOf(module['ProblemError'] as new () => unknown);
    expect(error.status).toBe(409);
    expect(error.body).toEqual({ title: 'conflict', status: 409 });
  });

  it('validates a default-only response as the body of any status, and a 2XX range as a success', async () => {
    const server = serverFetch((s) => (s.url.endsWith('/default-only') ? { status: 200, body: { id: 'd1' } } : { status: 203, body: { id: 'r1' } }));
    const client = new Client({ environment: 'test', fetch: server.fetch, validation: 'strict' });
    expect(await call(client, 'getDefaultOnly')).toEqual({ id: 'd1' });
    expect(await call(client, 'getRanges')).toEqual({ id: 'r1' });
    const invalid = serverFetch(() => ({ status: 200, body: { id: 7 } }));
    await expect(call(new Client({ environment: 'test', fetch: invalid.fetch, validation: 'strict' }), 'getDefaultOnly')).rejects.toThrow(/id/);
  });

  it('raises a 4XX-only operation error, and returns an undocumented success body as is', async () => {
    const server = serverFetch(() => (server.sent.length === 1 ? { status: 404, body: { title: 'gone' } } : { status: 200, body: { ok: true } }));
    const warnings: string[] = [];
    const logger = { ...silent, warn: (message: string) => void warnings.push(message) };
    const client = new Client({ environment: 'test', fetch: server.fetch, retry: false, logger });
    await expect(call(client, 'getClientErrorsOnly')).rejects.toBeInstanceOf(module['ProblemError'] as new () => unknown);
    expect(await call(client, 'getClientErrorsOnly')).toEqual({ ok: true });
    // ...reported as drift in the default `warn` mode.
    expect(warnings).toEqual([expect.stringContaining('HTTP 200 is not documented')]);
  });
});

describe('$ref\'d parameters, request bodies and responses', () => {
  let module: Record<string, unknown>;
  let Client: ClientClass;
  beforeAll(async () => {
    module = await moduleOf('component-refs');
    Client = module['ComponentRefsClient'] as ClientClass;
  }, 60_000);

  it('sends each referenced parameter in its location and the referenced body as JSON', async () => {
    const server = serverFetch(() => ({ status: 200, body: { id: 'ord_1', total: 3 }, headers: { etag: '"v2"' } }));
    const client = new Client({ environment: 'test', fetch: server.fetch, validation: 'strict' });
    const result = await call(client, 'replaceOrder', { orderId: 'ord_1', ifMatch: '"v1"', limit: 5, body: { id: 'ord_1', total: 3 } });
    expect(result).toEqual({ id: 'ord_1', total: 3 });
    const [sent] = server.sent;
    expect(`${sent?.method} ${sent?.url}`).toBe('PUT https://api.shop.test/v1/orders/ord_1?limit=5');
    expect(sent?.headers.get('if-match')).toBe('"v1"');
    expect(sent?.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(String(sent?.body))).toEqual({ id: 'ord_1', total: 3 });
  });

  it('checks parameters and body against the referenced schemas before sending', async () => {
    const server = serverFetch();
    const client = new Client({ environment: 'test', fetch: server.fetch, validation: 'strict' });
    await expect(call(client, 'replaceOrder', { orderId: 'bad id', body: { id: 'ord_1', total: 3 } })).rejects.toThrow(/pattern/);
    await expect(call(client, 'replaceOrder', { orderId: 'ord_1', limit: 500, body: { id: 'ord_1', total: 3 } })).rejects.toThrow(/limit/);
    await expect(call(client, 'replaceOrder', { orderId: 'ord_1', body: { id: 'ord_1', total: -1 } })).rejects.toThrow(/total/);
    expect(server.sent).toEqual([]);
  });

  it('raises the referenced 404 response as its error class', async () => {
    const server = serverFetch(() => ({ status: 404, body: { message: 'no such order' } }));
    const client = new Client({ environment: 'test', fetch: server.fetch });
    await expect(call(client, 'replaceOrder', { orderId: 'ord_1', body: { id: 'ord_1', total: 3 } })).rejects.toBeInstanceOf(
      module['NotFoundError'] as new () => unknown,
    );
  });
});

describe('callbacks and webhooks', () => {
  it('are types, not client methods: only the operations of paths are called', async () => {
    const module = await moduleOf('callbacks-webhooks');
    expect(Object.keys(module['operationDescriptors'] as object)).toEqual(['subscribe']);
    const server = serverFetch(() => ({ status: 201, body: { id: 's1' } }));
    const client = new (module['CallbacksWebhooksClient'] as ClientClass)({ environment: 'test', fetch: server.fetch, validation: 'strict' });
    expect(await call(client, 'subscribe', { body: { callbackUrl: 'https://me.test/cb' } })).toEqual({ id: 's1' });
  }, 60_000);
});

describe('request bodies other than JSON', () => {
  let Client: ClientClass;
  beforeAll(async () => {
    Client = (await moduleOf('bodies'))['BodiesClient'] as ClientClass;
  }, 60_000);

  it('form-encodes an application/x-www-form-urlencoded body, repeating array keys', async () => {
    const server = serverFetch(() => ({ status: 204 }));
    await call(new Client({ environment: 'test', fetch: server.fetch }), 'postForm', { body: { name: 'a b', tags: ['x', 'y'], age: 3 } });
    expect(server.sent[0]?.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(server.sent[0]?.body).toBe('name=a+b&tags=x&tags=y&age=3');
  });

  it('sends a text/plain body as the text itself', async () => {
    const server = serverFetch(() => ({ status: 200, body: 'stored' }));
    expect(await call(new Client({ environment: 'test', fetch: server.fetch }), 'postNote', { body: 'hello "you"' })).toBe('stored');
    expect(server.sent[0]?.headers.get('content-type')).toBe('text/plain');
    expect(server.sent[0]?.body).toBe('hello "you"');
  });

  it('sends a multipart/form-data body as FormData, its parts by property', async () => {
    const server = serverFetch(() => ({ status: 201, body: { id: 'u1' } }));
    await call(new Client({ environment: 'test', fetch: server.fetch }), 'upload', { body: { file: 'contents', caption: 'hi', meta: { size: 8 } } });
    const body = server.sent[0]?.body;
    expect(body).toBeInstanceOf(FormData);
    const form = body as FormData;
    expect([form.get('file'), form.get('caption'), form.get('meta')]).toEqual(['contents', 'hi', '{"size":8}']);
    // fetch sets multipart/form-data with its boundary itself.
    expect(server.sent[0]?.headers.get('content-type')).toBeNull();
  });

  // `format: binary` is typed and validated as a string (openapi-typescript's default), so a Blob
  // part is refused by request validation; with validation off it is sent as a file part.
  it('sends a Blob as a file part of a multipart body when request validation is off', async () => {
    const server = serverFetch(() => ({ status: 201, body: { id: 'u1' } }));
    const file = new Blob(['bytes'], { type: 'image/png' });
    await expect(call(new Client({ environment: 'test', fetch: server.fetch }), 'upload', { body: { file } })).rejects.toThrow(/\/file must be string/);
    await call(new Client({ environment: 'test', fetch: server.fetch, validation: 'off' }), 'upload', { body: { file } });
    const part = (server.sent[0]?.body as FormData).get('file');
    expect(part).toBeInstanceOf(Blob);
    expect(await (part as Blob).text()).toBe('bytes');
  });
});

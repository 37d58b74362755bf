/**
 * Issue 12 item 6: a server that echoes the request back must not get the client's own credentials
 * into an error. A fake `fetch` plays the echoing server: the token endpoint and the API put the
 * request's headers and body into their answers (message text, JSON at any depth, response headers),
 * and every rendering of the resulting AuthError, ApiError or ResponseValidationError is scanned for
 * every spelling of every credential the client sent.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthError,
  ClientCore,
  REDACTED,
  ResponseValidationError,
  type OperationDescriptor,
} from '../../runtime/index.js';
import { AB_API, addBankSourceOperation, JOB_TOKEN, listPaymentSourcesOperation, PQ_API } from './support/fixtures.js';
import { capture } from './support/capture.js';
import { PayQuickerClient } from './support/generated-client.js';

const BASE = 'https://api.echo.test/api/v2';
const TOKEN_URL = `${BASE}/auth/connect/token`;
const CLIENT_ID = 'client-id';
/** `+`, `/`, `&`, `=` and a non-ASCII letter: the percent-encoded and form spellings differ from the raw one. */
const CLIENT_SECRET = 'cs+Zq9/echo&=ä-secret';
const PASSWORD = 'pw Zq9+echo%ä-password';
const API_KEY = 'ak-Zq9-echo-api-key';
const ACCESS_TOKEN = 'at-Zq9-echo-access';
const REFRESH_TOKEN = 'rt-Zq9-echo-refresh';

/** `Basic base64(id:secret)` as RFC 7617 builds it from the UTF-8 bytes. */
function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

/** Every spelling an echoing server may use for `secret`: as sent, percent-encoded, form-encoded. */
function spellings(secret: string): string[] {
  return [secret, encodeURIComponent(secret), new URLSearchParams({ v: secret }).toString().slice(2)];
}

const BASIC = basic(CLIENT_ID, CLIENT_SECRET);
const SECRETS = [
  ...[CLIENT_SECRET, PASSWORD, API_KEY, ACCESS_TOKEN, REFRESH_TOKEN].flatMap(spellings),
  BASIC,
  BASIC.slice('Basic '.length),
  `${CLIENT_ID}:${CLIENT_SECRET}`,
];

/** A request as the fake server saw it. */
interface Seen {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** What the fake server answers: a JSON body, or text, plus headers. */
interface Answer {
  readonly status: number;
  readonly json?: unknown;
  readonly text?: string;
  readonly headers?: Record<string, string>;
}

function urlOf(input: string | URL | Request): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

/** A `fetch` answering every request with `answer(request, n)`; `n` counts from 1. */
function echoingFetch(answer: (seen: Seen, n: number) => Answer): typeof fetch {
  let n = 0;
  return (input, init) => {
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const body = typeof init?.body === 'string' ? init.body : '';
    const reply = answer({ method: init?.method ?? 'GET', url: urlOf(input), headers, body }, ++n);
    const type = reply.text === undefined ? 'application/json' : 'text/plain';
    return Promise.resolve(
      new Response(reply.text ?? JSON.stringify(reply.json), {
        status: reply.status,
        headers: { 'content-type': type, ...reply.headers },
      }),
    );
  };
}

/** The echo an OAuth server puts into `error_description`: the raw form, its decoded fields and the header. */
function describeRequest(seen: Seen): string {
  const fields = Object.entries(Object.fromEntries(new URLSearchParams(seen.body)))
    .map(([name, value]) => `${name}=${value}`)
    .join(', ');
  return `cannot accept ${seen.body} (${fields}) with Authorization ${seen.headers['authorization'] ?? 'none'}`;
}

/** The request echoed at several depths and as an object key, and its secret headers echoed back as headers. */
function echoAnswer(status: number, seen: Seen, extra: Record<string, unknown> = {}): Answer {
  const authorization = seen.headers['authorization'] ?? '';
  return {
    status,
    json: {
      ...extra,
      message: `request failed for ${authorization}`,
      echo: { request: seen, nested: [[{ note: `api key ${seen.headers['x-api-key'] ?? ''}` }]] },
      [authorization]: 'header as key',
    },
    headers: {
      'x-echo-authorization': authorization,
      'x-echo-key': seen.headers['x-api-key'] ?? 'none',
      'x-request-id': `req ${authorization}`,
    },
  };
}

/** Every way an error can be shown to a person or a log pipeline. */
function renderings(error: unknown): string {
  const e = error as Error;
  return [String(e), e.message, e.stack, JSON.stringify(e), inspect(e, { depth: 20, showHidden: true })].join('\n');
}

function expectNoSecrets(error: unknown): void {
  expectNoSecretsIn(renderings(error));
}

function expectNoSecretsIn(text: string): void {
  for (const secret of SECRETS) expect(text, `leaked ${secret}`).not.toContain(secret);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error('expected a rejection'),
    (e: unknown) => e,
  );
}

const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

function pqClient(fetch: typeof globalThis.fetch, extra: object = {}): PayQuickerClient {
  return new PayQuickerClient({
    baseUrl: BASE,
    tokenUrl: TOKEN_URL,
    credentials: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
    headers: { 'X-Api-Key': API_KEY },
    fetch,
    retry: false,
    logger: silent,
    ...extra,
  });
}

function abCore(fetch: typeof globalThis.fetch, extra: object = {}): ClientCore {
  return new ClientCore(AB_API, {
    baseUrl: `${BASE}/ab`,
    tokenUrl: TOKEN_URL,
    credentials: { username: 'ops@example.com', password: PASSWORD, clientId: 'portal', clientSecret: CLIENT_SECRET },
    fetch,
    retry: false,
    logger: silent,
    ...extra,
  });
}

/** An operation secured by PayQuicker's http-basic scheme: the client sends `Basic base64(id:secret)` to the API. */
const basicOperation: OperationDescriptor = {
  ...listPaymentSourcesOperation,
  operationId: 'basicOperation',
  path: '/basic',
  parameters: [],
  security: [{ oauth2ClientBasic: [] }],
};

const isToken = (seen: Seen): boolean => seen.url === TOKEN_URL;
const issued = { status: 200, json: { access_token: ACCESS_TOKEN, token_type: 'Bearer', expires_in: 3600 } };

describe('AuthError from a token endpoint that echoes the request', () => {
  it('client credentials: the Basic header, its base64 and the secret are scrubbed from message, error and errorDescription', async () => {
    const fetch = echoingFetch((seen) => ({
      status: 401,
      json: {
        error: `invalid_client ${seen.headers['authorization'] ?? ''}`,
        error_description: describeRequest(seen),
      },
    }));
    const error = await rejection(pqClient(fetch).jobs.retrievePaymentJob({ jobToken: JOB_TOKEN }));
    expect(error).toBeInstanceOf(AuthError);
    const auth = error as AuthError;
    expect(auth.status).toBe(401);
    expect(auth.error).toBe(`invalid_client ${REDACTED}`);
    expect(auth.errorDescription).toContain('grant_type=client_credentials');
    expect(auth.errorDescription).toContain(`Authorization ${REDACTED}`);
    expect(auth.message).toContain(auth.errorDescription);
    expectNoSecrets(error);
  });

  it('client credentials: an echo of the bare base64 or of the decoded `id:secret` is scrubbed too', async () => {
    const b64 = BASIC.slice('Basic '.length);
    const fetch = echoingFetch(() => ({
      status: 400,
      json: { error: 'invalid_client', error_description: `credentials ${b64} = ${CLIENT_ID}:${CLIENT_SECRET}` },
    }));
    const error = (await rejection(pqClient(fetch).jobs.retrievePaymentJob({ jobToken: JOB_TOKEN }))) as AuthError;
    expect(error.errorDescription).toBe(`credentials ${REDACTED} = ${REDACTED}`);
    expectNoSecrets(error);
  });

  it('password grant: the password and client secret are scrubbed in every spelling of the echoed form', async () => {
    const fetch = echoingFetch((seen) => ({
      status: 400,
      json: { error: 'invalid_grant', error_description: describeRequest(seen) },
    }));
    const error = (await rejection(
      abCore(fetch).request(listPaymentSourcesOperation, { jobDisplayId: '7' }),
    )) as AuthError;
    expect(error).toBeInstanceOf(AuthError);
    expect(error.errorDescription).toContain('username=ops%40example.com');
    expect(error.errorDescription).toContain(`password=${REDACTED}`);
    expect(error.errorDescription).toContain(`client_secret=${REDACTED}`);
    expectNoSecrets(error);
  });

  it('password grant: a refresh token echoed by a failing refresh request is scrubbed', async () => {
    const fetch = echoingFetch((seen, n) => {
      if (!isToken(seen)) return { status: 200, json: [] };
      if (n === 1) {
        // Already expired, with a refresh token: the next call refreshes.
        return {
          status: 200,
          json: { access_token: ACCESS_TOKEN, token_type: 'Bearer', expiry: 1, refresh_token: REFRESH_TOKEN },
        };
      }
      return { status: 503, json: { error: 'temporarily_unavailable', error_description: describeRequest(seen) } };
    });
    const core = abCore(fetch);
    await core.request(listPaymentSourcesOperation, { jobDisplayId: '7' });
    const error = (await rejection(core.request(listPaymentSourcesOperation, { jobDisplayId: '7' }))) as AuthError;
    expect(error).toBeInstanceOf(AuthError);
    expect(error.transient).toBe(true);
    expect(error.errorDescription).toContain(`refresh_token=${REDACTED}`);
    expectNoSecrets(error);
  });
});

describe('ApiError from an API that echoes the request', () => {
  it('client credentials: the bearer token and API key are scrubbed from body (any depth, keys too), headers and message', async () => {
    const fetch = echoingFetch((seen) => (isToken(seen) ? issued : echoAnswer(500, seen)));
    const error = await rejection(pqClient(fetch).jobs.retrievePaymentJob({ jobToken: JOB_TOKEN }));
    expect(error).toBeInstanceOf(ApiError);
    const api = error as ApiError<Record<string, unknown>>;
    expect(api.status).toBe(500);
    expect(api.body['message']).toBe(`request failed for ${REDACTED}`);
    expect(api.body[REDACTED]).toBe('header as key');
    expect(JSON.stringify(api.body)).toContain(`api key ${REDACTED}`);
    expect(JSON.stringify(api.body)).toContain(JOB_TOKEN); // the echoed URL is not a credential
    expect(api.headers['x-echo-authorization']).toBe(REDACTED);
    expect(api.headers['x-echo-key']).toBe(REDACTED);
    expect(api.requestRef).toBe(`req ${REDACTED}`);
    expectNoSecrets(error);
  });

  it('client credentials: a text body that echoes the request is scrubbed', async () => {
    const fetch = echoingFetch((seen) =>
      isToken(seen) ? issued : { status: 502, text: `upstream saw ${JSON.stringify(seen.headers)}` },
    );
    const error = (await rejection(pqClient(fetch).jobs.retrievePaymentJob({ jobToken: JOB_TOKEN }))) as ApiError;
    expect(error.constructor).toBe(ApiError);
    expect(error.body).toContain(`"authorization":"${REDACTED}"`);
    expectNoSecrets(error);
  });

  it('http-basic: the Basic header sent to the API is scrubbed from body and headers', async () => {
    const fetch = echoingFetch((seen) => echoAnswer(500, seen));
    const core = new ClientCore(PQ_API, {
      baseUrl: BASE,
      credentials: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
      fetch,
      retry: false,
      logger: silent,
    });
    const error = (await rejection(core.request(basicOperation, {}))) as ApiError<Record<string, unknown>>;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.headers['x-echo-authorization']).toBe(REDACTED);
    expect(error.body['message']).toBe(`request failed for ${REDACTED}`);
    expectNoSecrets(error);
  });

  it('password grant: the bearer token echoed in a 500 and in a failure envelope is scrubbed', async () => {
    const fetch = echoingFetch((seen, n) => {
      if (isToken(seen)) return { ...issued, json: { ...issued.json, refresh_token: REFRESH_TOKEN } };
      if (n === 2) return echoAnswer(500, seen);
      return { status: 200, json: { success: false, errorMessage: `refused ${seen.headers['authorization'] ?? ''}` } };
    });
    const core = abCore(fetch);
    const serverError = await rejection(core.request(listPaymentSourcesOperation, { jobDisplayId: '7' }));
    expect(serverError).toBeInstanceOf(ApiError);
    expectNoSecrets(serverError);
    const envelope = await rejection(core.request(addBankSourceOperation, { jobDisplayId: '7', body: { id: 1 } }));
    expect((envelope as Error).name).toBe('FailureEnvelopeError');
    expect((envelope as Error).message).toContain(`refused ${REDACTED}`);
    expectNoSecrets(envelope);
  });

  it('a 2xx that echoes the request and breaks its schema (strict) or is not JSON gives a scrubbed ResponseValidationError', async () => {
    const fetch = echoingFetch((seen, n) => {
      if (isToken(seen)) return issued;
      if (n === 2) return { status: 200, json: { token: JOB_TOKEN, echo: seen.headers } };
      return { status: 200, text: `<html>${seen.headers['authorization'] ?? ''}</html>` };
    });
    const client = pqClient(fetch, { validation: 'strict' });
    const schema = await rejection(client.jobs.retrievePaymentJob({ jobToken: JOB_TOKEN }));
    expect(schema).toBeInstanceOf(ResponseValidationError);
    expect(JSON.stringify((schema as ResponseValidationError).body)).toContain(REDACTED);
    expectNoSecrets(schema);
    const text = await rejection(client.jobs.retrievePaymentJob({ jobToken: JOB_TOKEN }));
    expect(text).toBeInstanceOf(ResponseValidationError);
    expect((text as ResponseValidationError).body).toBe(`<html>${REDACTED}</html>`);
    expectNoSecrets(text);
  });
});

describe('logs and hooks of a client whose server echoes the request', () => {
  it('scrub the Basic header of http-basic and a client API key from echoed response headers', async () => {
    const fetch = echoingFetch((seen) => ({ ...echoAnswer(200, seen), json: [] }));
    const cap = capture();
    const core = new ClientCore(PQ_API, {
      baseUrl: BASE,
      credentials: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
      headers: { 'X-Api-Key': API_KEY },
      fetch,
      retry: false,
      logger: cap.logger,
      hooks: cap.hooks,
    });
    expect(await core.request(basicOperation, {})).toEqual([]);
    const after = cap.hookCalls.find((c) => c.hook === 'afterResponse')?.payload as { headers: Record<string, string> };
    expect(after.headers['x-echo-authorization']).toBe(REDACTED);
    expect(after.headers['x-echo-key']).toBe(REDACTED);
    expectNoSecretsIn(cap.dump());
  });
});

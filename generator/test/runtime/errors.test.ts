import { afterEach, describe, expect, it } from 'vitest';
import {
  ApiClientError,
  ApiError,
  ClientCore,
  FailureEnvelopeError,
  ResponseValidationError,
} from '../../runtime/index.js';
import {
  AB_API,
  addBankSourceOperation,
  apiErrorResult,
  JOB_TOKEN,
  listPaymentSourcesOperation,
} from './support/fixtures.js';
import { ApiErrorResultError, PayQuickerClient } from './support/generated-client.js';
import { sendJson } from './support/http-server.js';
import { startScenario, type Scenario } from './support/scenario.js';

const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
let scenario: Scenario | undefined;

afterEach(async () => {
  await scenario?.close();
  scenario = undefined;
});

function pq(s: Scenario, extra: object = {}): PayQuickerClient {
  return new PayQuickerClient({
    baseUrl: s.baseUrl,
    credentials: { accessToken: 'static' },
    retry: false,
    logger: silent,
    ...extra,
  });
}

function ab(s: Scenario, extra: object = {}): ClientCore {
  return new ClientCore(AB_API, {
    baseUrl: `${s.origin}/ab`,
    credentials: { accessToken: 'jwt' },
    retry: false,
    logger: silent,
    ...extra,
  });
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('API errors', () => {
  it('raises the generated subclass for a documented error body, with requestRef and status', async () => {
    scenario = await startScenario({
      api: (_req, res) => sendJson(res, 400, apiErrorResult({ requestRef: '20260207T231757Z-r1' })),
    });
    const error = await failure(pq(scenario).jobs.retrievePaymentJob({ jobToken: JOB_TOKEN, language: 'en-US' }));
    expect(error).toBeInstanceOf(ApiErrorResultError);
    expect(error).toBeInstanceOf(ApiClientError);
    expect(error.name).toBe('ApiErrorResultError');
    expect(error.status).toBe(400);
    expect(error.operationId).toBe('retrievePaymentJob');
    expect(error.method).toBe('GET');
    expect(error.url).toBe(`${scenario.baseUrl}/payments/jobs/${JOB_TOKEN}?language=en-US`);
    expect(error.requestRef).toBe('20260207T231757Z-r1');
    expect((error as ApiErrorResultError).body.error).toBe('INVALID_REQUEST');
    expect(error.message).toContain('HTTP 400');
  });

  it('falls back to referenceId, then to an x-request-id header, for the request reference', async () => {
    scenario = await startScenario({
      api: (_req, res, n) =>
        n === 1
          ? sendJson(res, 500, apiErrorResult())
          : sendJson(res, 500, { oops: true }, { 'x-request-id': 'hdr-42' }),
    });
    const client = pq(scenario);
    expect((await failure(client.jobs.retrievePaymentJob({ jobToken: JOB_TOKEN }))).requestRef).toBe('ref-123');
    expect((await failure(client.jobs.retrievePaymentJob({ jobToken: JOB_TOKEN }))).requestRef).toBe('hdr-42');
  });

  it('keeps an HTML 502 page from a proxy as text instead of crashing on JSON parsing', async () => {
    const html = '<html><body><h1>502 Bad Gateway</h1></body></html>';
    scenario = await startScenario({
      api: (_req, res) => {
        res.writeHead(502, { 'content-type': 'text/html' });
        res.end(html);
      },
    });
    const error = await failure(pq(scenario).jobs.retrievePaymentJob({ jobToken: JOB_TOKEN }));
    expect(error.constructor).toBe(ApiError);
    expect(error.status).toBe(502);
    expect(error.body).toBe(html);
  });

  it('survives a body that claims JSON but is not', async () => {
    scenario = await startScenario({
      api: (_req, res) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{"truncated": ');
      },
    });
    const error = await failure(pq(scenario).jobs.retrievePaymentJob({ jobToken: JOB_TOKEN }));
    expect(error.constructor).toBe(ApiError);
    expect(error.body).toBe('{"truncated": ');
  });

  it('still raises an ApiError for a status with no exact, range or default entry', async () => {
    scenario = await startScenario({ api: (_req, res) => sendJson(res, 418, { teapot: true }) });
    const error = await failure(ab(scenario).request(listPaymentSourcesOperation, { jobDisplayId: '7' }));
    expect(error.constructor).toBe(ApiError);
    expect(error.status).toBe(418);
    expect(error.body).toEqual({ teapot: true });
  });

  it('uses the plain ApiError in strict mode when the error body breaks its schema', async () => {
    scenario = await startScenario({ api: (_req, res) => sendJson(res, 400, { unexpected: 'shape' }) });
    const strict = await failure(
      pq(scenario, { validation: 'strict' }).jobs.retrievePaymentJob({ jobToken: JOB_TOKEN }),
    );
    expect(strict.constructor).toBe(ApiError);
    const lenient = await failure(pq(scenario, { validation: 'off' }).jobs.retrievePaymentJob({ jobToken: JOB_TOKEN }));
    expect(lenient).toBeInstanceOf(ApiErrorResultError);
  });
});

describe('2xx bodies', () => {
  it('returns undefined for an empty body, and refuses a text body where the spec documents JSON in every mode', async () => {
    scenario = await startScenario({
      api: (_req, res, n) => {
        if (n === 1) {
          res.writeHead(204);
          res.end();
        } else {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end('ok');
        }
      },
    });
    expect(await ab(scenario).request(listPaymentSourcesOperation, { jobDisplayId: '1' })).toBeUndefined();
    for (const validation of ['strict', 'warn', 'off'] as const) {
      const refused = await ab(scenario, { validation })
        .request(listPaymentSourcesOperation, { jobDisplayId: '1' })
        .catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ResponseValidationError);
      expect(refused).toMatchObject({ reason: 'invalid-json', body: 'ok', errors: [{ keyword: 'json' }] });
    }
  });
});

describe('failure envelope (ABConnect ServiceBaseResponse)', () => {
  it('raises FailureEnvelopeError for success: false on a 200', async () => {
    scenario = await startScenario({
      api: (_req, res) => sendJson(res, 200, { success: false, errorMessage: 'Bank account already attached' }),
    });
    const error = await failure(
      ab(scenario).request(addBankSourceOperation, { jobDisplayId: '2000000', body: { id: 1 } }),
    );
    expect(error).toBeInstanceOf(FailureEnvelopeError);
    expect(error.status).toBe(200);
    expect((error as FailureEnvelopeError).envelopeMessage).toBe('Bank account already attached');
    expect(error.message).toContain('Bank account already attached');
  });

  it('returns the envelope when failureEnvelopeAsError is false, and success: true always', async () => {
    scenario = await startScenario({
      api: (_req, res, n) => sendJson(res, 200, { success: n === 2, errorMessage: n === 2 ? undefined : 'nope' }),
    });
    const optOut = ab(scenario, { failureEnvelopeAsError: false });
    expect(await optOut.request(addBankSourceOperation, { jobDisplayId: '1', body: {} })).toEqual({
      success: false,
      errorMessage: 'nope',
    });
    expect(await ab(scenario).request(addBankSourceOperation, { jobDisplayId: '1', body: {} })).toEqual({
      success: true,
    });
  });
});

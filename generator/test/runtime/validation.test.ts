import { afterEach, describe, expect, it } from 'vitest';
import {
  ClientCore,
  ConfigurationError,
  RequestValidationError,
  ResponseValidationError,
  type OperationDescriptor,
  type ResponseValidationReason,
  type ValidationMode,
} from '../../runtime/index.js';
import {
  createPaymentJobOperation,
  JOB_TOKEN,
  listPaymentJobsOperation,
  PQ_API,
  retrievePaymentJobOperation,
} from './support/fixtures.js';
import { capture, type Capture } from './support/capture.js';
import { sendJson } from './support/http-server.js';
import { startScenario, type Scenario } from './support/scenario.js';

let scenario: Scenario | undefined;

afterEach(async () => {
  await scenario?.close();
  scenario = undefined;
});

function client(s: Scenario, cap: Capture, extra: object = {}): ClientCore {
  return new ClientCore(PQ_API, {
    baseUrl: s.baseUrl,
    credentials: { clientId: 'id', clientSecret: 'secret-value' },
    retry: false,
    logger: cap.logger,
    hooks: cap.hooks,
    ...extra,
  });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error('expected a rejection'),
    (e: unknown) => e,
  );
}

describe('request validation', () => {
  it('blocks an invalid parameter before anything is sent, naming it by wire name and rule', async () => {
    scenario = await startScenario();
    const error = await rejection(
      client(scenario, capture()).request(listPaymentJobsOperation, {
        page: 1,
        pageSize: 51,
      }),
    );
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as Error).message).toContain("parameter 'pageSize' must be <= 50");
    expect((error as RequestValidationError).errors[0]).toMatchObject({
      in: 'parameters',
      instancePath: '/pageSize',
      keyword: 'maximum',
    });
    expect(scenario.requests).toHaveLength(0);
  });

  it('reports missing required parameters and invalid bodies', async () => {
    scenario = await startScenario();
    const core = client(scenario, capture());
    const missing = await rejection(core.request(listPaymentJobsOperation, { pageSize: 5 }));
    expect((missing as Error).message).toContain("parameter 'page' is required");
    const body = await rejection(
      core.request(createPaymentJobOperation, {
        body: { items: 'not-a-list' },
      }),
    );
    expect((body as Error).message).toContain('request body /items must be array');
    expect(scenario.requests).toHaveLength(0);
  });

  it("with validation 'off' sends what it is given, but still refuses a missing path parameter", async () => {
    scenario = await startScenario();
    const core = client(scenario, capture(), { validation: 'off' });
    await core.request(listPaymentJobsOperation, { page: 1, pageSize: 51 });
    expect(scenario.apiRequests()[0]?.query.get('pageSize')).toBe('51');
    const error = await rejection(core.request(retrievePaymentJobOperation, {}));
    expect((error as Error).message).toContain("parameter 'job-token' is required");
    expect(scenario.apiRequests()).toHaveLength(1);
  });

  it('fills the fixed version header, and lets params and headers override it', async () => {
    scenario = await startScenario();
    const core = client(scenario, capture(), {
      headers: { 'X-MyPayQuicker-Version': '2025.01.01', 'X-Team': 'payouts' },
    });
    await core.request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN });
    await core.request(retrievePaymentJobOperation, {
      jobToken: JOB_TOKEN,
      xMyPayQuickerVersion: '2024.06.01',
    });
    await core.request(
      retrievePaymentJobOperation,
      { jobToken: JOB_TOKEN },
      { headers: { 'x-mypayquicker-version': '2023.01.01' } },
    );
    await client(scenario, capture()).request(retrievePaymentJobOperation, {
      jobToken: JOB_TOKEN,
    });
    const versions = scenario.apiRequests().map((r) => r.headers['x-mypayquicker-version']);
    expect(versions).toEqual(['2025.01.01', '2024.06.01', '2023.01.01', '2026.02.01']);
    expect(scenario.apiRequests()[0]?.headers['x-team']).toBe('payouts');
  });

  it('refuses a client header that cannot be sent when the client is built, without echoing its value', () => {
    const build = () =>
      new ClientCore(PQ_API, {
        baseUrl: 'https://h',
        headers: { 'X-Note': 'v-Zq9\r\nX-Evil: 1' },
      });
    expect(build).toThrow(ConfigurationError);
    expect(build).toThrow(/X-Note/);
    expect(build).not.toThrow(/v-Zq9/);
  });
});

describe('response validation modes', () => {
  const undocumented = {
    token: JOB_TOKEN,
    status: 'PENDING',
    surprise: 'new field',
  };
  const missingRequired = { token: JOB_TOKEN };

  async function call(mode: ValidationMode, body: unknown, extra: object = {}) {
    const server = await startScenario({
      api: (_req, res) => sendJson(res, 200, body),
    });
    const cap = capture();
    try {
      const outcome: { data?: unknown; error?: unknown } = await client(server, cap, { validation: mode, ...extra })
        .request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN })
        .then(
          (data) => ({ data }),
          (error: unknown) => ({ error }),
        );
      const warnings = cap.lines.filter((l) => l.level === 'warn');
      const drift = cap.hookCalls.filter((c) => c.hook === 'onDrift').map((c) => c.payload);
      return { ...outcome, warnings, drift };
    } finally {
      await server.close();
    }
  }

  it('strict: an undocumented property is reported, not thrown; a missing required property throws', async () => {
    const tolerated = await call('strict', undocumented);
    expect(tolerated).toMatchObject({ data: undocumented });
    expect(tolerated.warnings[0]?.fields).toMatchObject({
      keyword: 'additionalProperties',
      instancePath: '',
    });
    expect(tolerated.drift).toEqual([
      {
        operationId: 'retrievePaymentJob',
        status: 200,
        errors: [expect.objectContaining({ keyword: 'additionalProperties' })],
      },
    ]);

    const broken = await call('strict', missingRequired);
    expect(broken.error).toBeInstanceOf(ResponseValidationError);
    const error = broken.error as ResponseValidationError;
    expect(error.errors).toEqual([
      expect.objectContaining({
        instancePath: '',
        keyword: 'required',
        params: { missingProperty: 'status' },
      }),
    ]);
    expect(error.status).toBe(200);
    expect(error.reason).toBe('schema');
    expect(error.body).toEqual(missingRequired);
  });

  it('strict: an unknown enum value is tolerated, unless strictUnknowns', async () => {
    const newStatus = { token: JOB_TOKEN, status: 'ON_HOLD' };
    expect((await call('strict', newStatus)).data).toEqual(newStatus);
    const strictUnknowns = await call('strict', newStatus, {
      strictUnknowns: true,
    });
    expect((strictUnknowns.error as ResponseValidationError).errors[0]).toMatchObject({
      instancePath: '/status',
      keyword: 'enum',
    });
    expect((await call('strict', undocumented, { strictUnknowns: true })).error).toBeInstanceOf(
      ResponseValidationError,
    );
  });

  it('warn: returns the data unchanged and reports each problem', async () => {
    for (const body of [undocumented, missingRequired]) {
      const result = await call('warn', body);
      expect(result.data).toEqual(body);
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]?.message).toMatch(/retrievePaymentJob: HTTP 200 response drifts from the spec/);
      expect(result.drift).toHaveLength(1);
    }
  });

  it('off: returns the data and reports nothing', async () => {
    for (const body of [undocumented, missingRequired]) {
      const result = await call('off', body);
      expect(result.data).toEqual(body);
      expect(result.warnings).toEqual([]);
      expect(result.drift).toEqual([]);
    }
  });

  it('never injects defaults into response data', async () => {
    const result = await call('warn', missingRequired);
    expect(Object.keys(result.data as object)).toEqual(['token']);
  });

  it('per-request validation overrides the client mode', async () => {
    const server = await startScenario({
      api: (_req, res) => sendJson(res, 200, missingRequired),
    });
    try {
      const core = client(server, capture(), { validation: 'strict' });
      expect(await core.request(retrievePaymentJobOperation, { jobToken: JOB_TOKEN }, { validation: 'off' })).toEqual(
        missingRequired,
      );
    } finally {
      await server.close();
    }
  });
});

describe('a 2xx body that is not the JSON the spec documents', () => {
  const modes: readonly ValidationMode[] = ['strict', 'warn', 'off'];
  const notJson = [
    { type: 'text/html', text: '<html>maintenance</html>', detail: 'body is not JSON (content-type text/html)' },
    { type: 'application/json', text: '{"token": "jobs-1", ', detail: 'body is not valid JSON' },
  ];

  async function answer(
    mode: ValidationMode,
    type: string,
    text: string,
    op: OperationDescriptor = retrievePaymentJobOperation,
  ) {
    const server = await startScenario({
      api: (_req, res) => {
        res.writeHead(200, { 'content-type': type });
        res.end(text);
      },
    });
    try {
      return await client(server, capture(), { validation: mode })
        .request(op, { jobToken: JOB_TOKEN })
        .catch((e: unknown) => e);
    } finally {
      await server.close();
    }
  }

  it("throws ResponseValidationError with reason 'invalid-json' in every validation mode", async () => {
    for (const mode of modes) {
      for (const { type, text, detail } of notJson) {
        const error = await answer(mode, type, text);
        expect(error, `${mode} ${type}`).toBeInstanceOf(ResponseValidationError);
        const refused = error as ResponseValidationError;
        const reason: ResponseValidationReason = refused.reason;
        expect(reason).toBe('invalid-json');
        expect(refused.status).toBe(200);
        expect(refused.body).toBe(text);
        expect(refused.errors).toEqual([expect.objectContaining({ instancePath: '', keyword: 'json', message: detail })]);
        expect(refused.message).toBe(
          `retrievePaymentJob: HTTP 200 response is not the JSON the spec documents: / ${detail}`,
        );
      }
    }
  });

  it('still returns the text of a 2xx body whose documented media type is not JSON', async () => {
    const textOperation: OperationDescriptor = {
      ...retrievePaymentJobOperation,
      operationId: 'downloadReceipt',
      responses: { '200': { json: false } },
    };
    for (const mode of modes) expect(await answer(mode, 'text/plain', 'receipt', textOperation)).toBe('receipt');
  });
});

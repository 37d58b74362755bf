/**
 * The client option `maxValidationErrors`: every generated validator the client runs (parameters,
 * request body, 2xx and error responses) gets it as `maxErrors`, default 100; a bad value is a
 * ConfigurationError when the client is built.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  ClientCore,
  ConfigurationError,
  RequestValidationError,
  ResponseValidationError,
  type OperationDescriptor,
  type ValidateOptions,
} from '../../runtime/index.js';
import { loadSchema } from '../validators/load-validators.js';
import { capture } from './support/capture.js';
import { PQ_API } from './support/fixtures.js';
import { sendJson } from './support/http-server.js';
import { startScenario, type Scenario } from './support/scenario.js';

let scenario: Scenario | undefined;

afterEach(async () => {
  await scenario?.close();
  scenario = undefined;
});

/** An emitted validator (the generator's real output) for `{ items: string[] }`. */
const itemsOfStrings = loadSchema({
  type: 'object',
  properties: { items: { type: 'array', items: { type: 'string' } } },
});

/** Operation whose validators are `itemsOfStrings` and record the options they were given. */
function operation(seen: (ValidateOptions | undefined)[]): OperationDescriptor {
  const validate = (value: unknown, options?: ValidateOptions) => {
    seen.push(options);
    return itemsOfStrings.validate(value, options);
  };
  return {
    operationId: 'putItems',
    method: 'PUT',
    path: '/items',
    parameters: [{ name: 'q', key: 'q', in: 'query', required: false, style: 'form', explode: true }],
    validateParameters: validate,
    requestBody: { contentType: 'application/json', required: false, validate },
    responses: { '200': { json: true, validate }, default: { json: true, validate } },
    security: [],
  };
}

function client(s: Scenario, extra: object): ClientCore {
  return new ClientCore(PQ_API, { baseUrl: s.baseUrl, retry: false, logger: capture().logger, validation: 'strict', ...extra });
}

const nulls = (n: number) => ({ items: new Array<unknown>(n).fill(null) });

describe('maxValidationErrors', () => {
  it('caps the errors of a huge invalid response at the configured limit plus one marker', async () => {
    scenario = await startScenario({ api: (_req, res) => sendJson(res, 200, nulls(100_000)) });
    const seen: (ValidateOptions | undefined)[] = [];
    const error = await client(scenario, { maxValidationErrors: 3 })
      .request(operation(seen), { q: 'x' })
      .then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    const errors = (error as ResponseValidationError).errors;
    expect(errors.map((e) => e.keyword)).toEqual(['type', 'type', 'type', 'maxErrors']);
    expect(errors[3]).toMatchObject({ instancePath: '', params: { limit: 3 } });
    expect(seen).toEqual([{ maxErrors: 3 }, { maxErrors: 3 }]);
  });

  it('defaults to 100 for parameters, request bodies and error responses', async () => {
    scenario = await startScenario({ api: (_req, res) => sendJson(res, 500, nulls(1_000)) });
    const seen: (ValidateOptions | undefined)[] = [];
    const core = client(scenario, { validation: 'warn' });
    const sent = await core.request(operation(seen), { body: { items: ['ok'] } }).then(() => undefined, (e: unknown) => e);
    expect(sent).not.toBeInstanceOf(RequestValidationError);
    expect(seen).toEqual([{ maxErrors: 100 }, { maxErrors: 100 }, { maxErrors: 100 }]);
    const refused = await core.request(operation([]), { body: nulls(1_000) }).then(() => undefined, (e: unknown) => e);
    expect(refused).toBeInstanceOf(RequestValidationError);
    expect((refused as RequestValidationError).errors).toHaveLength(101);
    expect((refused as RequestValidationError).errors[100]).toMatchObject({ in: 'body', keyword: 'maxErrors' });
  });

  it('Infinity collects every error', async () => {
    scenario = await startScenario({ api: (_req, res) => sendJson(res, 200, nulls(250)) });
    const error = await client(scenario, { maxValidationErrors: Infinity })
      .request(operation([]), {})
      .then(() => undefined, (e: unknown) => e);
    expect((error as ResponseValidationError).errors).toHaveLength(250);
  });

  it.each([0, -5, 2.5, Number.NaN])('refuses maxValidationErrors %s when the client is built', (bad) => {
    const build = () => new ClientCore(PQ_API, { baseUrl: 'https://h', maxValidationErrors: bad });
    expect(build).toThrow(ConfigurationError);
    expect(build).toThrow(/maxValidationErrors must be a positive integer or Infinity/);
  });
});

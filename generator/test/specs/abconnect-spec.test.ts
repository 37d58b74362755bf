/**
 * Guards `spec/abconnect.yaml` against accidental edits: every expectation below is a fact taken from
 * the vendor's OpenAPI 3.0.1 document (`acportal-swagger.json`) and `abconnect/FACTS.md`, written out
 * here rather than read back from our spec. When the vendor document is on disk, the facts are also
 * cross-checked against it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { pointerOf } from '../../src/diagnostics.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const SPEC_FILE = fileURLToPath(new URL('../../../spec/abconnect.yaml', import.meta.url));
/** The shared reference folder sits beside the repository checkout; a user's clone has none. */
const VENDOR_FILE = fileURLToPath(
  new URL('../../../../shared/reference/abconnect/acportal-swagger.json', import.meta.url),
);

/** Schema notation used by the facts: `string|null`, `integer int32`, `$CustomerInfo`, `array|null of integer int64`. */
type Shape = string;

interface OperationFact {
  operationId: string;
  method: 'get' | 'post';
  path: string;
  /** Shape of the application/json request body schema; null when the operation takes none. */
  body: Shape | null;
  /** Shape of the 200 response's application/json schema. */
  ok: Shape;
}

const PAYMENT = '/api/job/{jobDisplayId}/payment';

/** Rows: operationId, method, path below {@link PAYMENT}, request body shape, 200 response shape. */
const OPERATION_ROWS: readonly [string, OperationFact['method'], string, Shape | null, Shape][] = [
  ['getPaymentCreate', 'get', '/create', null, 'object open'],
  ['createAchPaymentSession', 'post', '/ACHPaymentSession', null, '$ServiceBaseResponse'],
  ['createAchCreditTransfer', 'post', '/ACHCreditTransfer', null, '$ServiceBaseResponse'],
  ['getPayment', 'get', '', null, 'object open'],
  ['attachCustomerBank', 'post', '/attachCustomerBank', '$AttachCustomerBankModel', '$ServiceBaseResponse'],
  ['verifyJobAchSource', 'post', '/verifyJobACHSource', '$VerifyBankAccountRequest', '$ServiceBaseResponse'],
  ['cancelJobAchVerification', 'post', '/cancelJobACHVerification', null, '$ServiceBaseResponse'],
  ['listPaymentSources', 'get', '/sources', null, 'array of $PaymentSourceDetails'],
  ['payBySource', 'post', '/bysource', 'integer int32', '$ServiceBaseResponse'],
  ['addBankSource', 'post', '/banksource', '$PaymentSourceDetails', '$ServiceBaseResponse'],
];
const OPERATIONS: readonly OperationFact[] = OPERATION_ROWS.map(([operationId, method, suffix, body, ok]) => ({
  operationId,
  method,
  path: `${PAYMENT}${suffix}`,
  body,
  ok,
}));

/** Property shapes of the vendor's object schemas, in the vendor's order; all have `additionalProperties: false`. */
const VENDOR_OBJECT_SCHEMAS: Readonly<Record<string, Readonly<Record<string, Shape>>>> = {
  ServiceBaseResponse: { success: 'boolean', errorMessage: 'string|null' },
  AttachCustomerBankModel: { bankTokenId: 'string|null', customerInfo: '$CustomerInfo' },
  CustomerInfo: {
    name: 'string|null',
    email: 'string|null',
    address: '$AddressDetails',
    contactDisplayId: 'string|null',
    customerId: 'string|null',
  },
  AddressDetails: {
    address1: 'string|null',
    address2: 'string|null',
    city: 'string|null',
    state: 'string|null',
    zipCode: 'string|null',
    id: 'integer|null int32',
    isValid: 'boolean',
    dontValidate: 'boolean',
    propertyType: '$PropertyType',
    address1Value: 'string|null readOnly',
    address2Value: 'string|null readOnly',
    countryName: 'string|null',
    countryCode: 'string|null',
    countryId: 'string|null uuid',
    countrySkipZipCodeVerification: 'boolean|null',
    zipCodeResolvingFailed: 'boolean',
    latitude: 'number|null double',
    longitude: 'number|null double',
    fullCityLine: 'string|null readOnly',
    coordinates: '$LatLng',
  },
  LatLng: { latitude: 'number double', longitude: 'number double' },
  VerifyBankAccountRequest: { values: 'array|null of integer int64' },
  PaymentSourceDetails: {
    id: 'integer int32',
    friendlyName: 'string|null',
    bankName: 'string|null',
    accountNumber: 'string|null',
    bankId: 'string|null',
  },
};
const PROPERTY_TYPE_SHAPE: Shape = 'integer int32 enum 1,2,3';

const PRODUCTION_TOKEN_URL = 'https://login.abconnect.co/connect/token';
const SERVERS = [
  {
    url: 'https://portal.abconnect.co/api',
    'x-environment': 'production',
    'x-token-url': PRODUCTION_TOKEN_URL,
  },
  {
    url: 'https://portal.staging.abconnect.co/api',
    'x-environment': 'staging',
    'x-token-url': 'https://login.staging.abconnect.co/connect/token',
  },
];

function loadJson(file: string, text: (raw: string) => unknown): JsonObject {
  const doc = text(readFileSync(file, 'utf8'));
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new Error(`${file} #: not a JSON object`);
  return doc as JsonObject;
}

/** Returns the value at `tokens` under `root`, throwing an error naming the file and JSON pointer when absent. */
function at(root: Json, tokens: readonly (string | number)[], file = SPEC_FILE): Json {
  let current: Json | undefined = root;
  for (const token of tokens) {
    current = typeof current === 'object' && current !== null ? (current as JsonObject)[token] : undefined;
    if (current === undefined) throw new Error(`${file} ${pointerOf(tokens)}: missing`);
  }
  return current as Json;
}

/** Like {@link at}, but the value must be a JSON object. */
function obj(root: Json, tokens: readonly (string | number)[], file = SPEC_FILE): JsonObject {
  const value = at(root, tokens, file);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${file} ${pointerOf(tokens)}: not an object`);
  }
  return value;
}

/** Projects a schema (3.1 type arrays, or 3.0 `nullable`) onto the facts' notation. */
function shape(schema: Json): Shape {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return String(schema);
  if (typeof schema.$ref === 'string') return `$${schema.$ref.split('/').pop() ?? ''}`;
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).map(String);
  if (schema.nullable === true) types.push('null');
  const parts = [types.join('|')];
  if (typeof schema.format === 'string') parts.push(schema.format);
  if (Array.isArray(schema.enum)) parts.push(`enum ${schema.enum.join(',')}`);
  if (schema.items !== undefined) parts.push(`of ${shape(schema.items)}`);
  if (schema.readOnly === true) parts.push('readOnly');
  if (schema.additionalProperties === true) parts.push('open');
  return parts.join(' ');
}

/** `[property, shape]` pairs of component schema `name`, in document order. */
function propertyShapes(doc: Json, name: string, file = SPEC_FILE): [string, Shape][] {
  const properties = obj(doc, ['components', 'schemas', name, 'properties'], file);
  return Object.entries(properties).map(([key, value]) => [key, shape(value)]);
}

/** Shape of the application/json request body of the operation at `tokens`; null when it has none. */
function jsonBodyShape(doc: Json, tokens: readonly string[], file = SPEC_FILE): Shape | null {
  if (obj(doc, tokens, file).requestBody === undefined) return null;
  return shape(at(doc, [...tokens, 'requestBody', 'content', 'application/json', 'schema'], file));
}

const spec = loadJson(SPEC_FILE, parse);

describe('spec/abconnect.yaml', () => {
  it('is OpenAPI 3.1.0 with title, version, description and license', () => {
    expect(spec.openapi).toBe('3.1.0');
    const info = obj(spec, ['info']);
    for (const key of ['title', 'version', 'description']) expect(info[key], key).toEqual(expect.any(String));
    expect(obj(spec, ['info', 'license']).name).toEqual(expect.any(String));
  });

  it('lists the production and staging servers with their token URLs', () => {
    expect(at(spec, ['servers'])).toMatchObject(SERVERS);
  });

  it.each(OPERATIONS)('$method $path is $operationId with the documented body and 200', (fact) => {
    const tokens = ['paths', fact.path, fact.method];
    const operation = obj(spec, tokens);
    expect(operation.operationId).toBe(fact.operationId);
    expect(operation.tags).toEqual(['JobPayment']);
    expect(operation.security).toEqual([{ bearerAuth: [] }]);
    for (const key of ['summary', 'description']) expect(operation[key], key).toEqual(expect.any(String));
    expect(jsonBodyShape(spec, tokens)).toBe(fact.body);
    if (fact.body !== null) {
      expect(Object.keys(obj(spec, [...tokens, 'requestBody', 'content']))).toEqual(['application/json']);
      // acportal-swagger.json leaves these request bodies optional (no `required`).
      expect(obj(spec, [...tokens, 'requestBody']).required ?? false).toBe(false);
    }
    expect(shape(at(spec, [...tokens, 'responses', '200', 'content', 'application/json', 'schema']))).toBe(fact.ok);
    expect(Object.keys(obj(spec, [...tokens, 'responses']))).toEqual(expect.arrayContaining(['400', '401', 'default']));
    expect(at(spec, [...tokens, 'parameters', 0])).toEqual({ $ref: '#/components/parameters/jobDisplayId' });
  });

  it('has exactly the ten JobPayment operations', () => {
    const found = Object.keys(obj(spec, ['paths'])).flatMap((path) =>
      Object.keys(obj(spec, ['paths', path])).map((method) => `${method} ${path}`),
    );
    expect(found.sort()).toEqual(OPERATIONS.map((o) => `${o.method} ${o.path}`).sort());
  });

  it('shares jobDisplayId as a required string path parameter and takes jobSubKey as an optional query string', () => {
    expect(obj(spec, ['components', 'parameters', 'jobDisplayId'])).toMatchObject({
      name: 'jobDisplayId',
      in: 'path',
      required: true,
      schema: { type: 'string' },
      example: '2000000',
    });
    const jobSubKey = obj(spec, ['paths', '/api/job/{jobDisplayId}/payment', 'get', 'parameters', 1]);
    expect(jobSubKey).toMatchObject({ name: 'jobSubKey', in: 'query', schema: { type: 'string' } });
    expect(jobSubKey.required ?? false).toBe(false);
  });

  it.each(Object.entries(VENDOR_OBJECT_SCHEMAS))(
    'schema %s has the vendor fields, types and nullability',
    (name, fields) => {
      expect(propertyShapes(spec, name)).toEqual(Object.entries(fields));
      expect(obj(spec, ['components', 'schemas', name])).toMatchObject({ type: 'object', additionalProperties: false });
    },
  );

  it('schema PropertyType is the vendor integer enum', () => {
    expect(shape(at(spec, ['components', 'schemas', 'PropertyType']))).toBe(PROPERTY_TYPE_SHAPE);
  });

  it('secures calls with a bearer JWT obtained by the identity server password grant', () => {
    expect(obj(spec, ['components', 'securitySchemes', 'bearerAuth'])).toMatchObject({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
    });
    const flow = ['components', 'securitySchemes', 'identityServer', 'flows', 'password'];
    expect(obj(spec, flow)).toMatchObject({ tokenUrl: PRODUCTION_TOKEN_URL, refreshUrl: PRODUCTION_TOKEN_URL });
    expect(Object.keys(obj(spec, [...flow, 'scopes']))).toEqual(['offline_access']);
  });

  it('describes the identity server token exchange as schemas the x-identity-server extension points to', () => {
    const extension = obj(spec, ['x-identity-server']);
    expect(extension.description).toEqual(expect.any(String));
    const names = ['IdentityTokenRequest', 'IdentityToken', 'IdentityError'];
    expect(Object.keys(obj(spec, ['components', 'schemas']))).toEqual(expect.arrayContaining(names));
    for (const name of names) {
      expect(Object.values(extension)).toContainEqual({ $ref: `#/components/schemas/${name}` });
    }
    expect(Object.keys(obj(spec, ['components', 'schemas', 'IdentityToken', 'properties']))).toEqual([
      'access_token',
      'expires_in',
      'refresh_token',
      'token_type',
      'scope',
    ]);
    expect(Object.keys(obj(spec, ['components', 'schemas', 'IdentityError', 'properties']))).toEqual([
      'error',
      'error_description',
      'error_uri',
    ]);
    // RFC 6749 §5.1: expires_in is only recommended.
    expect(obj(spec, ['components', 'schemas', 'IdentityToken']).required).toEqual(['access_token', 'token_type']);
    const grants = [0, 1].map((i) =>
      at(spec, ['components', 'schemas', 'IdentityTokenRequest', 'oneOf', i, 'properties', 'grant_type', 'const']),
    );
    expect(grants).toEqual(['password', 'refresh_token']);
  });
});

const vendorPresent = existsSync(VENDOR_FILE);
if (!vendorPresent)
  console.info(`abconnect vendor cross-check skipped: ${VENDOR_FILE} is absent (no ../shared beside this clone)`);

describe.skipIf(!vendorPresent)('spec/abconnect.yaml against the vendor OpenAPI document', () => {
  const vendor = vendorPresent ? loadJson(VENDOR_FILE, JSON.parse) : {};

  it.each(OPERATIONS)('the vendor has $method $path with the same request body', (fact) => {
    const tokens = ['paths', fact.path, fact.method];
    expect(at(vendor, [...tokens, 'tags'], VENDOR_FILE)).toContain('JobPayment');
    expect(jsonBodyShape(vendor, tokens, VENDOR_FILE)).toBe(fact.body);
  });

  it.each(Object.keys(VENDOR_OBJECT_SCHEMAS))(
    'schema %s has the vendor properties and additionalProperties',
    (name) => {
      expect(propertyShapes(spec, name)).toEqual(propertyShapes(vendor, name, VENDOR_FILE));
      const additional = (doc: Json, file: string) =>
        obj(doc, ['components', 'schemas', name], file).additionalProperties;
      expect(additional(spec, SPEC_FILE)).toBe(additional(vendor, VENDOR_FILE));
    },
  );

  it('schema PropertyType is the vendor enum', () => {
    const tokens = ['components', 'schemas', 'PropertyType'];
    expect(shape(at(spec, tokens))).toBe(shape(at(vendor, tokens, VENDOR_FILE)));
  });
});

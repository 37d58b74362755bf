/**
 * Checks spec/payquicker.yaml against the PayQuicker API v2 facts of the vendor's SDK docs
 * (controllers/jobs.md and the models it reaches, auth/*.md, client.md), so an accidental edit of
 * the hand-maintained spec fails here. Every expected value below is copied from those docs, never
 * read back from the spec.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const SPEC_FILE = fileURLToPath(new URL('../../../spec/payquicker.yaml', import.meta.url));
const spec: unknown = parse(readFileSync(SPEC_FILE, 'utf8'));

type Node = Record<string, unknown>;

// Under NodeNext the default import of this CommonJS package is its module object.
const addFormats = formatsPlugin.default;

/** The object at a JSON pointer (RFC 6901) of the spec; throws naming the file and pointer. */
function at(pointer: string): Node {
  let node: unknown = spec;
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof node !== 'object' || node === null || !(key in node)) {
      throw new Error(`${SPEC_FILE}: nothing at #${pointer}`);
    }
    node = (node as Node)[key];
  }
  if (typeof node !== 'object' || node === null) throw new Error(`${SPEC_FILE}: #${pointer} is not an object`);
  return node as Node;
}

/** Follows a local `$ref` (one hop is all this spec uses); other nodes come back unchanged. */
function deref(node: Node): Node {
  return typeof node.$ref === 'string' ? at(node.$ref.slice(1)) : node;
}

const operationPointer = (path: string, method: string): string => `/paths/${path.replaceAll('/', '~1')}/${method}`;

/** Parameters of an operation, `$ref`s resolved, keyed by `in:name`. */
function parametersOf(path: string, method: string): Map<string, Node> {
  const list = at(operationPointer(path, method)).parameters as Node[];
  return new Map(list.map(deref).map((p) => [`${String(p.in)}:${String(p.name)}`, p]));
}

// controllers/jobs.md: method, path, operation, scope; FACTS.md: the token endpoint.
const JOB_OPERATIONS = [
  {
    method: 'get',
    path: '/payments/jobs',
    operationId: 'listPaymentJobs',
    scope: 'readonly',
    result: 'PaymentJobListResult',
  },
  {
    method: 'post',
    path: '/payments/jobs',
    operationId: 'createPaymentJob',
    scope: 'modify',
    result: 'PaymentJobResult',
  },
  {
    method: 'get',
    path: '/payments/jobs/{job-token}',
    operationId: 'retrievePaymentJob',
    scope: 'readonly',
    result: 'PaymentJobResult',
  },
  {
    method: 'delete',
    path: '/payments/jobs/{job-token}',
    operationId: 'cancelPaymentJob',
    scope: 'modify',
    result: 'PaymentJobResult',
  },
] as const;
const JOB_TOKEN_PATTERN = '^jobs-[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$';

const LANGUAGES =
  'cs-CZ de-DE en-GB en-US es-ES es-MX fr-CA fr-FR it-IT ja-JP ko-KR nl-NL pl-PL pt-BR pt-PT ru-RU zh-Hans zh-Hant';
const CURRENCIES = `UNDEFINED AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD
  BTN BWP BYR BZD CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GGP
  GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS IMP INR IQD IRR ISK JEP JMD JOD JPY KES KGS KHR KMF KPW KRW
  KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRO MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR
  NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLL SOS SPL SRD STD SVC SYP
  SZL THB TJS TMT TND TOP TRY TTD TVD TWD TZS UAH UGX USD UYU UZS VEF VND VUV WST XAF XCD XDR XOF XPF YER ZAR ZMW
  ZWD CNH CXX MRU SLE SSP`;
const ENUMS: Record<string, string> = {
  Languages: LANGUAGES,
  Currencies: CURRENCIES,
  PaymentPurposes: 'BONUS EXPENSE INCOME NON_TAXABLE OTHER TAXABLE UNDEFINED',
  JobTypes: 'PAYMENTS INVITATIONS',
  JobStatusTypes:
    'COMPLETED APPROVED CANCELLED FAILED IN_PROGRESS PARSING PENDING_REVIEW PROCESSING SCHEDULED SUBMITTED',
  TransferStatuses:
    'ACCEPTED CANCELLED COMPLETED EXPIRED FAILED PENDING PENDING_ACCEPTANCE QUOTED RETURNED SCHEDULED VERIFICATION_HOLD VOIDED',
};
const words = (list: string): string[] => list.trim().split(/\s+/);

// The vendor's JSON examples (models/gateway-payment-job.md, models/portal-payment-job.md).
const vendorGatewayItem = {
  amount: 1.02,
  currency: 'USD',
  sourceToken: 'acct-3908ab5a-6ce1-474d-8b80-a63a7b147860',
  destinationToken: 'dest-631b200f-665d-4dbe-bd01-3063c9dec97d',
  note: 'string',
  memo: 'string',
  purpose: 'BONUS',
  clientPaymentId: 'd4b6f130-1d1c-4ce2-903a-0c1ad128f55e',
};
const vendorPortalItem = {
  amount: 1.02,
  currency: 'USD',
  sourceToken: 'acct-3908ab5a-6ce1-474d-8b80-a63a7b147860',
  programUserId: 'pdekt',
  email: 'john.doe@email.com',
  note: 'string',
  memo: 'string',
  purpose: 'BONUS',
  clientPaymentId: 'd4b6f130-1d1c-4ce2-903a-0c1ad128f55e',
};
const jobOf = (item: object): object => ({
  notBefore: '2022-04-26T15:16:18Z',
  notAfter: '2019-08-24T14:15:22Z',
  items: [item],
});

describe('spec/payquicker.yaml operations', () => {
  it.each(JOB_OPERATIONS)('$operationId is $method $path, tagged Jobs, needing scope $scope', (op) => {
    const operation = at(operationPointer(op.path, op.method));
    expect(operation.operationId).toBe(op.operationId);
    expect(operation.tags).toEqual(['Jobs']);
    expect(operation.security).toEqual([{ oauth2ClientCredentials: [op.scope] }]);
    expect(at(`${operationPointer(op.path, op.method)}/responses/200/content/application~1json/schema`)).toEqual({
      $ref: `#/components/schemas/${op.result}`,
    });
  });

  it('has the four Jobs operations and the token operation, nothing else', () => {
    const ids = Object.values(at('/paths')).flatMap((item) =>
      Object.values(item as Node).map((op) => (op as Node).operationId),
    );
    expect(ids.sort()).toEqual([
      'cancelPaymentJob',
      'createPaymentJob',
      'listPaymentJobs',
      'requestToken',
      'retrievePaymentJob',
    ]);
  });

  it.each(JOB_OPERATIONS)('$operationId answers 200, 400, 401, 403, 500 and default', (op) => {
    const responses = at(`${operationPointer(op.path, op.method)}/responses`);
    expect(Object.keys(responses).sort()).toEqual(['200', '400', '401', '403', '500', 'default']);
    for (const status of ['400', '500', 'default']) {
      expect(deref(responses[status] as Node)).toMatchObject({
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiErrorResult' } } },
      });
    }
    for (const status of ['401', '403']) {
      const response = deref(responses[status] as Node);
      expect(response.description).toMatch(/RFC 6750 §3\.1/);
      expect(Object.keys(response.headers as Node)).toContain('WWW-Authenticate');
    }
  });

  it('posts the client credentials grant to /auth/connect/token with Basic client authentication', () => {
    const token = at(operationPointer('/auth/connect/token', 'post'));
    expect(token).toMatchObject({
      operationId: 'requestToken',
      tags: ['OAuth'],
      security: [{ oauth2ClientBasic: [] }],
    });
    const form = deref(
      at(
        `${operationPointer('/auth/connect/token', 'post')}/requestBody/content/application~1x-www-form-urlencoded/schema`,
      ),
    );
    expect(form.required).toContain('grant_type');
    expect(form.properties).toMatchObject({ grant_type: { enum: ['client_credentials'] }, scope: { type: 'string' } });
    expect(
      at(`${operationPointer('/auth/connect/token', 'post')}/responses/200/content/application~1json/schema`),
    ).toEqual({ $ref: '#/components/schemas/OAuthToken' });
    for (const status of ['400', '401']) {
      expect(
        at(`${operationPointer('/auth/connect/token', 'post')}/responses/${status}/content/application~1json/schema`),
      ).toEqual({
        $ref: '#/components/schemas/OAuthProviderError',
      });
    }
  });
});

describe('spec/payquicker.yaml parameters', () => {
  it.each([...JOB_OPERATIONS, { method: 'post', path: '/auth/connect/token' }])(
    '$method $path requires X-MyPayQuicker-Version defaulting to 2026.02.01',
    ({ method, path }) => {
      const header = parametersOf(path, method).get('header:X-MyPayQuicker-Version');
      expect(header?.required).toBe(true);
      const schema = header?.schema as Node;
      expect(schema.default).toBe('2026.02.01');
      expect(new RegExp(String(schema.pattern)).test('2026.02.01')).toBe(true);
      expect(new RegExp(String(schema.pattern)).test('v2')).toBe(false);
    },
  );

  it('takes the documented parameters on each operation', () => {
    const names = (path: string, method: string): string[] => [...parametersOf(path, method).keys()].sort();
    expect(names('/payments/jobs', 'get')).toEqual(
      [
        'header:X-MyPayQuicker-Version',
        'query:filter',
        'query:language',
        'query:page',
        'query:pageSize',
        'query:sort',
      ].sort(),
    );
    expect(names('/payments/jobs', 'post')).toEqual(['header:X-MyPayQuicker-Version']);
    expect(names('/payments/jobs/{job-token}', 'get')).toEqual(
      ['header:X-MyPayQuicker-Version', 'path:job-token', 'query:filter', 'query:language'].sort(),
    );
    expect(names('/payments/jobs/{job-token}', 'delete')).toEqual(['header:X-MyPayQuicker-Version', 'path:job-token']);
  });

  it('constrains job-token, page and pageSize as the vendor does', () => {
    const list = parametersOf('/payments/jobs', 'get');
    const jobToken = parametersOf('/payments/jobs/{job-token}', 'delete').get('path:job-token');
    expect(jobToken).toMatchObject({
      required: true,
      schema: { type: 'string', minLength: 41, maxLength: 41, pattern: JOB_TOKEN_PATTERN },
    });
    expect(list.get('query:page')).toMatchObject({
      required: true,
      schema: { type: 'integer', format: 'int32', minimum: 1 },
    });
    expect(list.get('query:pageSize')).toMatchObject({
      required: true,
      schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 50 },
    });
    for (const optional of ['query:filter', 'query:sort', 'query:language'])
      expect(list.get(optional)?.required).not.toBe(true);
    expect(list.get('query:language')?.schema).toEqual({ $ref: '#/components/schemas/Languages' });
  });
});

describe('spec/payquicker.yaml components', () => {
  it.each(Object.entries(ENUMS))('%s lists exactly the vendor values', (name, values) => {
    expect(at(`/components/schemas/${name}`).enum).toEqual(words(values));
  });

  it('lists the 168 currencies and 18 languages the vendor documents', () => {
    expect(words(CURRENCIES)).toHaveLength(168);
    expect(words(LANGUAGES)).toHaveLength(18);
  });

  it('keeps the documented required lists', () => {
    const required = (name: string): unknown => at(`/components/schemas/${name}`).required;
    expect(required('ApiErrorResult')).toEqual(['severity', 'error', 'code', 'message', 'referenceId', 'timestamp']);
    expect(required('PaymentJobListResult')).toEqual(['payload', 'meta', 'links']);
    expect(required('ListMetadata')).toEqual([
      'pageNo',
      'pageSize',
      'pageCount',
      'recordCount',
      'timezone',
      'requestRef',
    ]);
    expect(required('MetadataItems')).toEqual(['timezone', 'requestRef']);
    expect(required('OAuthToken')).toEqual(['access_token', 'token_type']);
    expect(at('/components/schemas/OAuthProviderError/properties/error').enum).toEqual([
      'invalid_request',
      'invalid_client',
      'invalid_grant',
      'unauthorized_client',
      'unsupported_grant_type',
      'invalid_scope',
    ]);
  });

  it('declares the servers and their variables', () => {
    const servers = (spec as { servers: Node[] }).servers;
    expect(servers.map((s) => [s['x-environment'], s.url])).toEqual([
      ['production', 'https://api.payquicker.io/api/v2'],
      ['sandbox', 'https://api.{sandboxInstance}.payquicker.io/api/v2'],
      ['uat', 'https://api.{uatInstance}.payquicker.io/api/v2'],
      ['development', 'https://api.local.payquicker.io/api/v2'],
    ]);
    const sandboxes = ['sandbox', ...Array.from({ length: 11 }, (_, i) => `sbx${i + 1}`)];
    expect(servers[1]?.variables).toMatchObject({ sandboxInstance: { default: 'sandbox', enum: sandboxes } });
    expect(servers[2]?.variables).toMatchObject({
      uatInstance: { default: 'uat1', enum: ['uat1', 'uat2', 'uat3', 'uat4', 'uat5'] },
    });
  });

  it('declares the client credentials flow with scopes readonly and modify, and Basic for the token call', () => {
    const flow = at('/components/securitySchemes/oauth2ClientCredentials/flows/clientCredentials');
    // FACTS.md: `POST {base}/auth/connect/token`, per environment: a reference relative to the server.
    expect(flow.tokenUrl).toBe('/api/v2/auth/connect/token');
    for (const server of (spec as Node).servers as Node[]) {
      const base = String(server.url).replace(/\{(\w+)\}/g, 'x');
      expect(new URL(String(flow.tokenUrl), base).href).toBe(`${base}/auth/connect/token`);
    }
    expect(Object.keys(flow.scopes as Node).sort()).toEqual(['modify', 'readonly']);
    expect(at('/components/securitySchemes/oauth2ClientBasic')).toMatchObject({ type: 'http', scheme: 'basic' });
  });
});

describe('spec/payquicker.yaml schemas under a JSON Schema 2020-12 validator', () => {
  const SPEC_ID = 'https://api-contracts.invalid/spec/payquicker.json';
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  // The document root is not a schema; `components` is declared so strict mode accepts the wrapper.
  ajv.addKeyword('components');
  // The provenance markers of spec/README.md are annotations, not assertions.
  for (const marker of ['x-api-contracts-source', 'x-api-contracts-why', 'x-api-contracts-ours']) ajv.addKeyword(marker);
  ajv.addSchema({ $id: SPEC_ID, components: at('/components') });
  const validate = (name: string, value: unknown): boolean =>
    ajv.validate({ $ref: `${SPEC_ID}#/components/schemas/${name}` }, value);

  it('accepts the vendor gateway and portal jobs as a PaymentJob', () => {
    expect(validate('PaymentJob', jobOf(vendorGatewayItem))).toBe(true);
    expect(validate('GatewayPaymentJob', jobOf(vendorGatewayItem))).toBe(true);
    expect(validate('PaymentJob', jobOf(vendorPortalItem))).toBe(true);
    expect(validate('PortalPaymentJob', jobOf(vendorPortalItem))).toBe(true);
  });

  // models/gateway-payment-job.md, portal-payment-job.md, *-quote.md: every field is Optional.
  it('accepts what the vendor documents as optional: no items, empty items, a gateway item without destinationToken', () => {
    expect(validate('PaymentJob', {})).toBe(true);
    expect(validate('PaymentJob', { items: [] })).toBe(true);
    const withoutDestination: Partial<typeof vendorGatewayItem> = { ...vendorGatewayItem };
    delete withoutDestination.destinationToken;
    expect(validate('GatewayPaymentJob', jobOf(withoutDestination))).toBe(true);
    expect(validate('PaymentJob', jobOf(withoutDestination))).toBe(true);
  });

  // Both item kinds declare the shared fields; a field only one kind declares is open in the other.
  it("still enforces the vendor's constraints on the fields both kinds of item share", () => {
    expect(validate('PaymentJob', jobOf({ ...vendorGatewayItem, sourceToken: 'acct-1' }))).toBe(false);
    expect(validate('PaymentJob', jobOf({ ...vendorPortalItem, currency: 'XYZ' }))).toBe(false);
    expect(validate('GatewayPaymentJob', jobOf({ ...vendorGatewayItem, destinationToken: 'dest-1' }))).toBe(false);
  });

  it('accepts the vendor examples of the error and token bodies', () => {
    const apiError = {
      severity: 'string',
      error: 'string',
      code: 50.0,
      message: 'string',
      referenceId: 'string',
      timestamp: 'string',
    };
    expect(validate('ApiErrorResult', apiError)).toBe(true);
    const withoutCode: Partial<typeof apiError> = { ...apiError };
    delete withoutCode.code;
    expect(validate('ApiErrorResult', withoutCode)).toBe(false);
    const token = {
      access_token: 'access_token4',
      token_type: 'token_type6',
      expires_in: 74,
      scope: 'scope6',
      expiry: 88,
    };
    expect(validate('OAuthToken', { ...token, refresh_token: 'refresh_token6' })).toBe(true);
    expect(
      validate('OAuthProviderError', { error: 'unsupported_grant_type', error_description: 'x', error_uri: 'y' }),
    ).toBe(true);
  });

  it("enforces the vendor's token patterns on the payments of a job", () => {
    const item = {
      sourceToken: 'acct-3908ab5a-6ce1-474d-8b80-a63a7b147860',
      receiptToken: 'rcpt-b7fda294-8d3a-48e8-9a11-ef7be07a732c',
    };
    expect(validate('PaymentObject', item)).toBe(true);
    expect(validate('PaymentObject', { ...item, receiptToken: 'rcpt-123' })).toBe(false);
    expect(validate('PaymentObject', { ...item, sourceToken: 'jobs-3908ab5a-6ce1-474d-8b80-a63a7b147860' })).toBe(
      false,
    );
  });
});

/**
 * Generated clients called for real: a feature fixture is generated into a temporary folder, its
 * `client.gen.ts` imported, and a method called with a recording `fetch`, so the generated types,
 * the operation descriptors and the runtime are checked to agree on what is sent.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateApi } from '../../src/generate/generate-api.js';
import { generateInto } from './generate-into.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/features/', import.meta.url));

/** A `fetch` that answers `{}` with 200 and records each request's URL and headers. */
function recordingFetch(): { fetch: typeof fetch; sent: { url: string; headers: Headers }[] } {
  const sent: { url: string; headers: Headers }[] = [];
  const fake = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    sent.push({ url: String(input), headers: new Headers(init?.headers) });
    return Promise.resolve(new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }));
  };
  return { fetch: fake as typeof fetch, sent };
}

/** The generated client module of fixture `name`. */
async function clientOf(name: string): Promise<Record<string, unknown>> {
  const result = await generateInto(path.join(FIXTURES, `${name}.yaml`), name);
  return (await import(pathToFileURL(path.join(result.out, 'client.gen.ts')).href)) as Record<string, unknown>;
}

type Method = (params: Record<string, unknown>) => Promise<unknown>;
type ClientClass = new (options: Record<string, unknown>) => Record<string, Record<string, Method> | Method>;

describe('one parameter name in several locations', () => {
  it('sends each location its own value, and validates each against its own schema', async () => {
    const module = await clientOf('parameter-name-in-several-locations');
    const Client = module['ParameterNameInSeveralLocationsClient'] as ClientClass;
    const recorder = recordingFetch();
    const client = new Client({ environment: 'test', fetch: recorder.fetch, validation: 'strict' });
    // Untagged: a method of the top-level client.
    const getFile = client['getFile'] as Method;
    await getFile.call(client, { path: 'a b', pathQuery: 7, langCode: 'fr', langCodeQuery: 'de', langCodeHeader: 'x-en' });
    expect(recorder.sent).toHaveLength(1);
    const [request] = recorder.sent;
    expect(request?.url).toBe('https://api.example.test/v1/files/a%20b/fr?path=7&langCode=de');
    expect(request?.headers.get('langcode')).toBe('x-en');
    // The query `path` is an integer, the path `path` a string: each is checked against its own schema.
    await expect(getFile.call(client, { path: 'a', pathQuery: 'seven', langCode: 'fr' })).rejects.toThrow(/query:path/);
    await expect(getFile.call(client, { path: 'a', pathQuery: 1, langCode: 'fr', langCodeQuery: 'fr' })).rejects.toThrow(/query:langCode/);
    expect(recorder.sent).toHaveLength(1);
  }, 60_000);
});

describe('names a user would write', () => {
  it('puts untagged operations on the client and keeps keywords as member names', async () => {
    const module = await clientOf('client-names');
    const Client = module['ClientNamesClient'] as ClientClass;
    const recorder = recordingFetch();
    const client = new Client({ environment: 'test', fetch: recorder.fetch });
    await (client['getOrder'] as Method).call(client, { id: 'o 1' });
    const keywordTag = client['class'] as Record<string, Method>;
    await (keywordTag['delete'] as Method).call(keywordTag, { id: 'c1' });
    // An untagged operation named by a keyword, after the `class` tag property took the name.
    await (client['class2'] as Method).call(client, {});
    expect(recorder.sent.map((r) => r.url)).toEqual([
      'https://api.example.test/v1/orders/o%201',
      'https://api.example.test/v1/classes/c1',
      'https://api.example.test/v1/orders',
    ]);
    // Error classes: no `…ErrorError`; a schema named `Error` takes the client's stem (ClientNamesClient).
    expect(Object.keys(module).filter((k) => k.endsWith('Error')).sort()).toEqual(['ClientNamesApiError', 'OAuthProviderApiError']);
  }, 60_000);

  it('without a client name, names the client from info.title', async () => {
    const spec = path.join(FIXTURES, 'client-names.yaml');
    const result = await generateApi({ name: 'openapi', spec, output: path.join(FIXTURES, 'unwritten'), envPrefix: 'OPENAPI' });
    const client = result.files.find((f) => f.path === 'client.gen.ts')?.contents ?? '';
    expect(client).toContain('export class ShopClient {');
    expect(client).not.toContain('OpenapiClient');
  }, 60_000);
});

describe('path items with servers, parameters and a $ref', () => {
  it('generates (no internal error), warns about each unused servers list, and sends to the API server', async () => {
    const result = await generateInto(path.join(FIXTURES, 'path-item-servers-and-ref.yaml'), 'path-items');
    const warnings = result.diagnostics.filter((d) => d.code === 'own-servers-ignored');
    expect(warnings.map((d) => [d.severity, d.pointer])).toEqual([
      ['warning', '#/paths/~1orders~1{order-id}/servers'],
      ['warning', '#/components/pathItems/Invoice/servers'],
      ['warning', '#/components/pathItems/Invoice/get/servers'],
    ]);
    expect(warnings.every((d) => d.file.endsWith('path-item-servers-and-ref.yaml'))).toBe(true);
    const module = (await import(pathToFileURL(path.join(result.out, 'client.gen.ts')).href)) as Record<string, unknown>;
    const Client = module['PathItemsClient'] as ClientClass;
    const recorder = recordingFetch();
    const client = new Client({ environment: 'test', fetch: recorder.fetch, validation: 'strict' });
    // Path-level parameters of a $ref'd path item are the operation's, with their schema (an integer).
    await (client['getInvoice'] as Method).call(client, { invoiceId: 12 });
    await (client['getOrder'] as Method).call(client, { orderId: 'o-1' });
    await expect((client['getInvoice'] as Method).call(client, { invoiceId: 'twelve' })).rejects.toThrow(/invoice-id/);
    expect(recorder.sent.map((r) => r.url)).toEqual(['https://api.example.test/v1/invoices/12', 'https://api.example.test/v1/orders/o-1']);
  }, 60_000);
});

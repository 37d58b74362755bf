/**
 * The openapi-typescript worker skips `openapiTS()`'s own Redocly lint and bundle (our loader has
 * done both) and calls `transformSchema` with the context `openapiTS()` would build. That must
 * change nothing: on every document we generate from in tests, both give the same text.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { OPENAPI_TS_OPTIONS, renderOpenApiTypes } from '../../src/emit/openapi-types-worker.mjs';
import { typesDocument } from '../../src/emit/types-document.js';
import { buildIr } from '../../src/ir/build-ir.js';
import { loadSpec } from '../../src/load/load-spec.js';
import { ROOT } from '../run-cli.js';

const FEATURES = path.join(ROOT, 'generator/test/fixtures/features');
const VENDOR = path.join(ROOT, '../shared/reference/abconnect/acportal-swagger.json');
const GITHUB = path.join(ROOT, 'node_modules/@octokit/openapi/generated/api.github.com.json');

const documents = [
  'spec/payquicker.yaml',
  'spec/abconnect.yaml',
  ...readdirSync(FEATURES)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => path.relative(ROOT, path.join(FEATURES, f))),
  path.relative(ROOT, GITHUB),
];
if (!existsSync(VENDOR)) console.log('skipped for the vendor ABConnect document: ../shared/reference is not in this checkout');
else documents.push(path.relative(ROOT, VENDOR));

async function typesDocumentOf(file: string): Promise<unknown> {
  const spec = await loadSpec(path.join(ROOT, file));
  return typesDocument(buildIr({ spec, name: 'api', clientName: 'ApiClient', envPrefix: 'API' }));
}

describe('openapi-typescript without its second lint and bundle', () => {
  it.each(documents)('gives openapiTS() text for %s', async (file) => {
    const document = await typesDocumentOf(file);
    const expected = astToString(await openapiTS(structuredClone(document) as Parameters<typeof openapiTS>[0], OPENAPI_TS_OPTIONS));
    const actual = renderOpenApiTypes(structuredClone(document));
    expect(actual.length).toBeGreaterThan(0);
    expect(actual === expected).toBe(true);
  }, 120_000);
});

/**
 * `diff --vendor`: our slice against the vendor's full document. A committed fixture shaped like
 * the vendor's OpenAPI 3.0 document checks that only unmarked deviations are listed and that the
 * vendor's other operations are ignored; the real ABConnect document (../shared/reference, skipped
 * when absent) checks the same on spec/abconnect.yaml.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { SOURCE_MARKER, WHY_MARKER } from '../../src/diff/provenance.js';
import { loadSpec } from '../../src/load/load-spec.js';
import type { Doc } from './base-document.js';
import { runCli } from '../run-cli.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/diff/${name}`, import.meta.url));
const VENDOR = fixture('vendor-openapi.json');
const SLICE = fixture('our-slice.yaml');
const ABCONNECT_VENDOR = fileURLToPath(new URL('../../../../shared/reference/abconnect/acportal-swagger.json', import.meta.url));
const ABCONNECT_SPEC = fileURLToPath(new URL('../../../spec/abconnect.yaml', import.meta.url));

/** Removes every provenance marker from a document. */
function unmarked(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unmarked);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== SOURCE_MARKER && key !== WHY_MARKER).map(([key, v]) => [key, unmarked(v)]));
}

describe('diff --vendor on the fixture', () => {
  it('lists only the unmarked deviations and ignores the vendor operations we do not cover', async () => {
    const vendor = await loadSpec(VENDOR);
    const ours = await loadSpec(SLICE);
    const { changes, silenced } = diffDocuments(vendor.document, ours.document, { vendor: true });
    expect(changes.map((c) => [c.rule, c.operationId, c.pointer])).toEqual([
      ['request-parameter-narrowed', 'getPayment', '#/paths/~1api~1job~1{jobDisplayId}~1payment/get/parameters/1/schema/maxLength'],
      ['request-body-became-required', 'payBySource', '#/paths/~1api~1job~1{jobDisplayId}~1payment~1bysource/post/requestBody'],
    ]);
    expect(silenced).toBe(3);
  });

  it('lists the marked deviations too once the markers are gone', async () => {
    const vendor = await loadSpec(VENDOR);
    const ours = unmarked((await loadSpec(SLICE)).document) as Doc;
    const { changes, silenced } = diffDocuments(vendor.document, ours, { vendor: true });
    expect(silenced).toBe(0);
    expect(changes.map((c) => `${c.rule} ${c.operationId}`).sort()).toEqual([
      'new-required-request-parameter listPaymentSources',
      'request-body-became-required attachCustomerBank',
      'request-body-became-required payBySource',
      'request-body-property-became-required attachCustomerBank',
      'request-parameter-narrowed getPayment',
    ]);
  });

  it('a marker claiming the vendor document as source (vendor-openapi, no why) silences nothing', async () => {
    const vendor = await loadSpec(VENDOR);
    const ours = structuredClone((await loadSpec(SLICE)).document) as Doc;
    const body = ours['paths']['/api/job/{jobDisplayId}/payment/attachCustomerBank'].post.requestBody as Doc;
    delete body[WHY_MARKER];
    body[SOURCE_MARKER] = 'vendor-openapi';
    const { changes } = diffDocuments(vendor.document, ours, { vendor: true });
    expect(changes.map((c) => `${c.rule} ${c.operationId}`)).toContain('request-body-became-required attachCustomerBank');
  });

  it('in a plain diff, the vendor operations we lack are removals', async () => {
    const vendor = await loadSpec(VENDOR);
    const ours = await loadSpec(SLICE);
    const rules = diffDocuments(vendor.document, ours.document).changes.map((c) => `${c.rule} ${c.method} ${c.path}`);
    expect(rules).toContain('api-path-removed delete /api/job/{jobDisplayId}/note');
    expect(rules).toContain('api-path-removed get /api/companies/{id}');
  });

  it('runs from the command line with --api and a config', async () => {
    const result = await runCli(['diff', '--api', 'slice', '-c', fixture('api-contracts.config.json'), '--vendor', VENDOR]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('2 changes: 2 breaking, 0 warning, 0 info; 3 marked deviations not listed');
    expect(result.stdout).not.toMatch(/attachCustomerBank|listPaymentSources/);
  });
});

describe.skipIf(!existsSync(ABCONNECT_VENDOR))('diff --vendor on the ABConnect document (skipped: ../shared/reference/abconnect/acportal-swagger.json is absent)', () => {
  it('compares only our ten operations and lists only unmarked deviations, each a real disagreement', async () => {
    const vendor = await loadSpec(ABCONNECT_VENDOR);
    const ours = await loadSpec(ABCONNECT_SPEC);
    const { changes } = diffDocuments(vendor.document, ours.document, { vendor: true });
    const ourPaths = new Set(Object.keys(ours.document['paths'] as Doc));
    expect(changes.every((c) => ourPaths.has(c.path))).toBe(true);
    for (const change of changes.filter((c) => c.rule === 'request-body-became-required')) {
      const vendorBody = (vendor.document['paths'] as Doc)[change.path][change.method].requestBody as Doc | undefined;
      expect(vendorBody?.['required']).not.toBe(true);
    }
    // Marking every operation that disagrees silences exactly what was listed.
    const marked = structuredClone(ours.document) as Doc;
    for (const change of changes) marked['paths'][change.path][change.method][WHY_MARKER] = 'deliberate, for this test';
    const after = diffDocuments(vendor.document, marked, { vendor: true });
    expect(after.changes.filter((c) => c.path !== '')).toEqual([]);
    expect(after.silenced).toBe(changes.filter((c) => c.path !== '').length);
  });
});

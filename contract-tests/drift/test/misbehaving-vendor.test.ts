/**
 * The drift check against a misbehaving vendor (misbehaving-vendor.ts): refused credentials exit 4,
 * a 5xx, an HTML error page and an answer that never comes exit 1, and each report says what
 * happened. Exit codes as documented in contract-tests/drift/README.md.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDriftCommand } from '../../cli/drift-command.js';
import { SANDBOX_FIXTURES } from '../../core/fixtures.js';
import type { DriftJson } from '../report-json.js';
import { startMisbehavingVendor, type Misbehaviour } from './misbehaving-vendor.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const ENV = { PAYQUICKER_CLIENT_ID: 'client-x', PAYQUICKER_CLIENT_SECRET: 'stand-in-secret-value' };

async function check(mode: Misbehaviour) {
  const vendor = await startMisbehavingVendor(mode);
  const reportDir = await mkdtemp(path.join(tmpdir(), 'misbehaving-'));
  dirs.push(reportDir);
  const out: string[] = [];
  const err: string[] = [];
  // A named target, so the scenarios get the fixtures they need (a URL target has none).
  const config = path.join(reportDir, 'api-contracts.config.json');
  const target = { payquicker: { baseUrl: vendor.payquickerUrl, fixtures: SANDBOX_FIXTURES.payquicker } };
  await writeFile(config, JSON.stringify({ apis: [{ name: 'payquicker', spec: 'spec/payquicker.yaml' }], targets: { vendor: target } }));
  try {
    const options = { target: 'vendor', config, scenario: ['list-payment-jobs', 'retrieve-payment-job'], timeoutMs: '300', reportDir };
    const code = await runDriftCommand(options, { out: (l) => out.push(l), err: (l) => err.push(l), env: ENV });
    const json = JSON.parse(await readFile(path.join(reportDir, 'drift.json'), 'utf8')) as DriftJson;
    const md = await readFile(path.join(reportDir, 'drift.md'), 'utf8');
    for (const text of [...out, ...err, md, JSON.stringify(json)]) expect(text).not.toContain('stand-in-secret-value');
    return { code, out, err, json, md };
  } finally {
    await vendor.close();
  }
}

describe('drift against a misbehaving vendor', () => {
  it('refused credentials: exit 4, every scenario inconclusive, the variables to check named', async () => {
    const { code, err, json, md } = await check('reject-credentials');
    expect(code).toBe(4);
    expect(json.outcomes).toEqual({ passed: 0, drift: 0, inconclusive: 2 });
    expect(json.scenarios.map((s) => s.reason)).toEqual(Array(2).fill('credentials rejected: requestToken answered HTTP 401 invalid_client; check PAYQUICKER_CLIENT_ID and PAYQUICKER_CLIENT_SECRET'));
    expect(err.at(-1)).toMatch(/^error: 2 scenarios could not be checked: .*PAYQUICKER_CLIENT_SECRET/);
    expect(md).toContain('this is not a pass');
    expect(md).not.toContain('client secret expired');
  });

  it('5xx: exit 1, success-became-error at the operations that failed', async () => {
    const { code, json, md } = await check('server-error');
    expect(code).toBe(1);
    expect(json.outcomes).toEqual({ passed: 0, drift: 2, inconclusive: 0 });
    expect(json.groups.map((g) => `${g.rule} ${g.operationId} ${g.expected}→${g.actual}`)).toEqual([
      'success-became-error listPaymentJobs 200→500',
      'success-became-error retrievePaymentJob 200→500',
    ]);
    expect(md).toMatch(/\| breaking \| success-became-error \| payquicker `listPaymentJobs`, `retrievePaymentJob` \|/);
  });

  it('HTML error page: exit 1, non-json-body naming the media type', async () => {
    const { code, json } = await check('html-error-page');
    expect(code).toBe(1);
    expect(json.outcomes.drift).toBe(2);
    expect(json.groups.map((g) => g.rule)).toEqual(['non-json-body', 'non-json-body']);
    expect(json.groups[0]?.actual).toMatch(/^text\/html; charset=utf-8: "<!DOCTYPE html>/);
  });

  it('an answer that never comes: exit 1, a timeout finding naming the operation and the limit', async () => {
    const { code, json, out } = await check('no-answer');
    expect(code).toBe(1);
    expect(json.groups.map((g) => `${g.rule} ${g.operationId} ${g.actual}`)).toEqual([
      'timeout listPaymentJobs no answer after 300 ms',
      'timeout retrievePaymentJob no answer after 300 ms',
    ]);
    expect(out[0]).toBe('scenarios: 0 passed, 2 drift, 0 inconclusive');
  });
});

/**
 * The production guard compares normalised host names (trailing dot, case, percent escapes,
 * IDN/full-width dots, IPv6 brackets, default and other ports), and a target URL carrying
 * credentials is refused without printing the password; through the drift command both exit 2.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../generator/src/diagnostics.js';
import { runDriftCommand } from '../../cli/drift-command.js';
import { assertAllowedBaseUrl, isLoopback, normalizedHost, withoutUserInfo } from '../target-guards.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

function refusal(api: 'payquicker' | 'abconnect', url: string): unknown {
  try {
    assertAllowedBaseUrl(api, url, '--target');
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('normalizedHost', () => {
  it.each([
    ['https://api.payquicker.io./api/v2', 'api.payquicker.io'],
    ['https://API.PayQuicker.IO/api/v2', 'api.payquicker.io'],
    ['https://api%2Epayquicker.io/api/v2', 'api.payquicker.io'],
    ['https://api\u3002payquicker\u3002io/api/v2', 'api.payquicker.io'],
    ['https://b\u00fccher.example/', 'xn--bcher-kva.example'],
    ['http://[0:0::1]:8080/', '::1'],
    ['https://api.payquicker.io:443/', 'api.payquicker.io'],
  ])('%s is %s', (url, host) => {
    expect(normalizedHost(new URL(url))).toBe(host);
  });
});

describe('assertAllowedBaseUrl', () => {
  it.each([
    ['payquicker', 'https://api.payquicker.io./api/v2'],
    ['payquicker', 'https://API.PAYQUICKER.IO/api/v2'],
    ['payquicker', 'https://api.payquicker.io:443/api/v2'],
    ['payquicker', 'https://api.payquicker.io:8443/api/v2'],
    ['payquicker', 'https://api%2Epayquicker.io/api/v2'],
    ['payquicker', 'https://api\uff0epayquicker\uff0eio/api/v2'],
    ['abconnect', 'https://Login.ABConnect.co../connect'],
    ['abconnect', 'https://portal.abconnect.co.:443/api'],
  ] as const)('refuses the %s production host spelled %s', (api, url) => {
    const error = refusal(api, url);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/refusing .* production server/);
  });

  it('lets the vendor sandboxes and loopback through', () => {
    expect(refusal('payquicker', 'https://api.sbx1.payquicker.io/api/v2')).toBeUndefined();
    expect(refusal('payquicker', 'https://api.payquicker.io.example.test/api/v2')).toBeUndefined();
    expect(refusal('abconnect', 'http://[::1]:8080/api')).toBeUndefined();
  });

  it('refuses a URL carrying credentials without printing the password', () => {
    const error = refusal('payquicker', 'https://user:hunter2-secret@api.sbx1.payquicker.io/api/v2');
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/carries credentials/);
    expect((error as Error).message).toContain('https://***@api.sbx1.payquicker.io/api/v2');
    expect((error as Error).message).not.toMatch(/hunter2|user:/);
    expect((refusal('payquicker', 'https://only-user@api.sbx1.payquicker.io/') as Error).message).toMatch(/carries credentials/);
  });

  it('masks user information in every message about a URL, parsable or not', () => {
    expect(withoutUserInfo('http://a:b@host/x')).toBe('http://***@host/x');
    expect((refusal('payquicker', 'http://a:hunter2 x@bad host/') as Error).message).not.toContain('hunter2');
  });
});

describe('isLoopback', () => {
  it.each([
    ['http://localhost./x', true],
    ['http://LOCALHOST:80/x', true],
    ['http://127.1/x', true],
    ['http://[::1]/x', true],
    ['http://127.0.0.1.example.test/x', false],
    ['http://[::2]/x', false],
  ])('%s → %s', (url, loopback) => {
    expect(isLoopback(url)).toBe(loopback);
  });
});

describe('drift command guard exit codes', () => {
  async function run(target: string, extra: Record<string, unknown> = {}) {
    const reportDir = await mkdtemp(path.join(tmpdir(), 'guard-'));
    dirs.push(reportDir);
    const lines: string[] = [];
    const env = { PAYQUICKER_CLIENT_ID: 'id', PAYQUICKER_CLIENT_SECRET: 'secret' };
    const code = await runDriftCommand({ target, api: 'payquicker', reportDir, ...extra }, { out: (l) => lines.push(l), err: (l) => lines.push(l), env });
    return { code, text: lines.join('\n') };
  }

  it('exits 2 for the production host with a trailing dot, even with --allow-mutations', async () => {
    const { code, text } = await run('https://api.payquicker.io./api/v2', { allowMutations: true });
    expect(code).toBe(2);
    expect(text).toMatch(/refusing payquicker production server/);
  });

  it('exits 2 for a target URL with user:password@, and never prints the password', async () => {
    const { code, text } = await run('http://user:hunter2-secret@127.0.0.1:9/api/v2');
    expect(code).toBe(2);
    expect(text).toMatch(/carries credentials/);
    expect(text).not.toMatch(/hunter2/);
    const noApi = await runDriftCommand({ target: 'http://user:hunter2-secret@127.0.0.1:9/api/v2' }, { out: () => undefined, err: (l) => expect(l).not.toMatch(/hunter2/), env: {} });
    expect(noApi).toBe(2);
  });
});

/** resolveTargets: the embedded sandbox, URLs and named targets, with the safety guards. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../generator/src/diagnostics.js';
import { resolveTargets } from '../targets.js';

const PQ_ENV = { PAYQUICKER_CLIENT_ID: 'id', PAYQUICKER_CLIENT_SECRET: 'secret' };
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'targets-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('resolveTargets', () => {
  it('starts one sandbox for both APIs, with its default credentials, and closes it', async () => {
    const resolved = await resolveTargets({ target: 'sandbox', allowMutations: false, env: {} });
    expect(resolved.targets.map((t) => [t.api, t.loopback, t.credentials])).toEqual([
      ['payquicker', true, { clientId: 'sandbox-client', clientSecret: 'sandbox-secret', scopes: ['readonly', 'modify'] }],
      ['abconnect', true, { username: 'sandbox-user', password: 'sandbox-password', clientId: 'sandbox-client', clientSecret: 'sandbox-secret' }],
    ]);
    expect(resolved.allowMutations).toBe(true);
    const answer = await fetch(`${resolved.targets[0]?.baseUrl}/payments/jobs?page=1&pageSize=1`);
    expect(answer.status).toBe(401);
    await resolved.close();
    await expect(fetch(`${resolved.targets[0]?.baseUrl}/payments/jobs`)).rejects.toThrow();
  });

  it('needs --api with a URL and credentials from the environment', async () => {
    await expect(resolveTargets({ target: 'https://pq.example.test/api/v2', allowMutations: false, env: PQ_ENV })).rejects.toThrow(/--api/);
    await expect(resolveTargets({ target: 'https://pq.example.test/api/v2', api: 'payquicker', allowMutations: false, env: {} })).rejects.toThrow(
      /PAYQUICKER_CLIENT_ID, PAYQUICKER_CLIENT_SECRET/,
    );
    const token = await resolveTargets({ target: 'https://ab.example.test/api', api: 'abconnect', allowMutations: false, env: { ABCONNECT_ACCESS_TOKEN: 't' } });
    expect(token.targets[0]?.credentials).toEqual({ accessToken: 't' });
  });

  it('allows mutations on a non-loopback host only with --allow-mutations', async () => {
    const remote = await resolveTargets({ target: 'https://pq.example.test/api/v2', api: 'payquicker', allowMutations: false, env: PQ_ENV });
    expect([remote.targets[0]?.loopback, remote.allowMutations]).toEqual([false, false]);
    const allowed = await resolveTargets({ target: 'https://pq.example.test/api/v2', api: 'payquicker', allowMutations: true, env: PQ_ENV });
    expect(allowed.allowMutations).toBe(true);
    const local = await resolveTargets({ target: 'http://localhost:8080/api/v2', api: 'payquicker', allowMutations: false, env: PQ_ENV });
    expect([local.targets[0]?.loopback, local.allowMutations]).toEqual([true, true]);
  });

  it.each([
    ['payquicker', 'https://api.payquicker.io/api/v2'],
    ['abconnect', 'https://portal.abconnect.co/api'],
    ['abconnect', 'https://login.abconnect.co/'],
  ] as const)('refuses the %s production server %s', async (api, url) => {
    const env = { ...PQ_ENV, ABCONNECT_ACCESS_TOKEN: 't' };
    const refused = resolveTargets({ target: url, api, allowMutations: true, env });
    await expect(refused).rejects.toBeInstanceOf(UserError);
    await expect(refused).rejects.toThrow(/production/);
  });

  it('reads named targets from the config file and refuses production there too', async () => {
    const config = path.join(dir, 'api-contracts.config.json');
    const apis = [{ name: 'payquicker', spec: 'spec/payquicker.yaml' }];
    await writeFile(config, JSON.stringify({ apis, targets: { staging: { payquicker: { baseUrl: 'https://api.sbx1.payquicker.io/api/v2' } }, prod: { payquicker: { baseUrl: 'https://api.payquicker.io/api/v2' } } } }));
    const staging = await resolveTargets({ target: 'staging', allowMutations: false, env: PQ_ENV, configFile: config });
    expect(staging.targets.map((t) => [t.api, t.label, t.baseUrl])).toEqual([['payquicker', 'staging', 'https://api.sbx1.payquicker.io/api/v2']]);
    await expect(resolveTargets({ target: 'prod', allowMutations: false, env: PQ_ENV, configFile: config })).rejects.toThrow(/#\/targets\/prod\/payquicker\/baseUrl: refusing/);
    await expect(resolveTargets({ target: 'qa', allowMutations: false, env: PQ_ENV, configFile: config })).rejects.toThrow(/unknown target 'qa'.*\(staging, prod\)/);
  });

  it('refuses a named target of the config that names only APIs the suite has no scenarios for', async () => {
    const config = path.join(dir, 'own-api.config.json');
    const apis = [{ name: 'payquicker', spec: 'spec/payquicker.yaml' }, { name: 'pet-store', spec: 'openapi.yaml' }];
    await writeFile(config, JSON.stringify({ apis, targets: { pets: { 'pet-store': { baseUrl: 'https://pets.example.test/v1' } } } }));
    await expect(resolveTargets({ target: 'pets', allowMutations: false, env: PQ_ENV, configFile: config })).rejects.toThrow(
      /target 'pets' in .*own-api\.config\.json names no API the contract suite checks \(payquicker, abconnect\); it names pet-store/,
    );
  });

  it('gives a named target the fixtures of its fixtures file and config entry (inline wins), a URL target none', async () => {
    const config = path.join(dir, 'fixtures.config.json');
    await writeFile(path.join(dir, 'staging.fixtures.json'), JSON.stringify({ payquicker: { sourceToken: 'acct-file', completedJobToken: 'jobs-file' } }));
    const targets = { staging: { fixturesFile: 'staging.fixtures.json', payquicker: { baseUrl: 'https://api.sbx1.payquicker.io/api/v2', fixtures: { sourceToken: 'acct-inline' } } } };
    await writeFile(config, JSON.stringify({ apis: [{ name: 'payquicker', spec: 'spec/payquicker.yaml' }], targets }));
    const staging = await resolveTargets({ target: 'staging', allowMutations: false, env: PQ_ENV, configFile: config });
    expect(staging.targets[0]?.fixtures).toEqual({ sourceToken: 'acct-inline', completedJobToken: 'jobs-file' });
    const url = await resolveTargets({ target: 'https://api.sbx1.payquicker.io/api/v2', api: 'payquicker', allowMutations: false, env: PQ_ENV });
    expect(url.targets[0]?.fixtures).toEqual({});
  });

  it('reports bad fixtures with the file and JSON pointer: a value of another kind, a fixtures file that cannot be read', async () => {
    const config = path.join(dir, 'bad-fixtures.config.json');
    const base = { baseUrl: 'https://api.sbx1.payquicker.io/api/v2' };
    const apis = [{ name: 'payquicker', spec: 'spec/payquicker.yaml' }];
    await writeFile(config, JSON.stringify({ apis, targets: { qa: { payquicker: { ...base, fixtures: { microDeposits: [1, 'x'] } } } } }));
    const gone = path.join(dir, 'gone.config.json');
    await writeFile(gone, JSON.stringify({ apis, targets: { gone: { fixturesFile: 'nope.json', payquicker: base } } }));
    const error = await resolveTargets({ target: 'qa', allowMutations: false, env: PQ_ENV, configFile: config }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).diagnostics.map((d) => [d.pointer, d.message])).toEqual([['#/targets/qa/payquicker/fixtures/microDeposits', 'must be a string, a number or an array of numbers']]);
    await expect(resolveTargets({ target: 'gone', allowMutations: false, env: PQ_ENV, configFile: gone })).rejects.toThrow(/cannot read the fixtures file .*nope\.json/);
  });

  it('reports a bad targets entry of the config file with its JSON pointer', async () => {
    const config = path.join(dir, 'bad.config.json');
    await writeFile(config, JSON.stringify({ apis: [{ name: 'payquicker', spec: 'spec/payquicker.yaml' }], targets: { qa: { payquicker: { baseUrl: 'not a url' } } } }));
    const error = await resolveTargets({ target: 'qa', allowMutations: false, env: PQ_ENV, configFile: config }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).diagnostics.map((d) => d.pointer)).toEqual(['#/targets/qa/payquicker/baseUrl']);
  });
});

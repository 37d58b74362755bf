/**
 * Every request a scenario sends, token requests included, conforms to the spec, as judged by an
 * independent validator: Prism, running as a validating proxy of `spec/<api>.yaml` in front of the
 * embedded sandbox (prism-proxy.ts). Scenarios marked `breaksSpec` must draw at least one violation,
 * which proves the proxy is checking. Each scenario gets a fresh sandbox (seed 1), as when
 * recording, so scenarios do not see each other's data; Prism is started once per API, in front of
 * an upstream switch that is pointed at each new sandbox (upstream-switch.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxCredentials } from '../core/credentials.js';
import { runScenario } from '../core/run-scenario.js';
import type { ApiName, Scenario } from '../core/types.js';
import { ABCONNECT_PATH, PAYQUICKER_PATH } from '../sandbox/paths.js';
import { startSandbox, type Sandbox } from '../sandbox/index.js';
import { SCENARIOS } from '../scenarios/index.js';
import { startPrismProxy, violationCollector, type PrismProxy, type RequestViolation } from './prism-proxy.js';
import { startUpstreamSwitch, type UpstreamSwitch } from './upstream-switch.js';

const APIS: readonly ApiName[] = ['payquicker', 'abconnect'];
const BASE_PATH: Readonly<Record<ApiName, string>> = { payquicker: PAYQUICKER_PATH, abconnect: ABCONNECT_PATH };
const proxies = new Map<ApiName, PrismProxy>();
let upstream: UpstreamSwitch | undefined;
let sandbox: Sandbox | undefined;

beforeAll(async () => {
  const running = await startUpstreamSwitch();
  upstream = running;
  const started = await Promise.all(APIS.map(async (api) => [api, await startPrismProxy(api, `${running.url}${BASE_PATH[api]}`)] as const));
  for (const [api, proxy] of started) proxies.set(api, proxy);
});

afterAll(async () => {
  await Promise.all([...proxies.values()].map((proxy) => proxy.close()));
  await upstream?.close();
  await sandbox?.close();
});

/** Runs `scenario` through its API's Prism proxy against a fresh sandbox; returns the request violations. */
async function violationsOf(scenario: Scenario): Promise<{ violations: RequestViolation[]; error?: Error }> {
  await sandbox?.close();
  sandbox = await startSandbox({ seed: 1 });
  upstream?.point(new URL(sandbox.payquickerUrl).origin);
  const proxy = proxies.get(scenario.api);
  if (proxy === undefined) throw new Error(`no Prism proxy for ${scenario.api}`);
  const violations: RequestViolation[] = [];
  const target = { api: scenario.api, label: 'prism', baseUrl: proxy.url, credentials: sandboxCredentials(scenario.api), loopback: true };
  const run = await runScenario(scenario, target, { fetch: violationCollector(violations), capture: false });
  return { violations, ...(run.error === undefined ? {} : { error: run.error }) };
}

function show(violations: readonly RequestViolation[]): string[] {
  return violations.map((v) => `${v.method} ${new URL(v.url).pathname} ${v.location}: ${v.message}`);
}

describe('requests conform to the spec, judged by Prism', () => {
  const conforming = SCENARIOS.filter((s) => s.breaksSpec !== true);
  const negative = SCENARIOS.filter((s) => s.breaksSpec === true);

  it.each(conforming.map((s) => [`${s.api}/${s.name}`, s] as const))('%s sends only requests Prism accepts', async (_label, scenario) => {
    const { violations, error } = await violationsOf(scenario);
    expect(show(violations)).toEqual([]);
    expect(error?.message).toBeUndefined();
  });

  it.each(negative.map((s) => [`${s.api}/${s.name}`, s] as const))('%s (breaksSpec) draws a request violation', async (_label, scenario) => {
    const { violations } = await violationsOf(scenario);
    expect(violations.length).toBeGreaterThan(0);
  });
});

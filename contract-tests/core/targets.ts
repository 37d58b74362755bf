/**
 * Resolves what the user passed as `--target` (`sandbox`, a target name from
 * `api-contracts.config.json`, or a base URL) into {@link Target}s, refusing unsafe ones before any
 * request is sent.
 */
import { loadConfig } from '../../generator/src/config/load-config.js';
import { UserError } from '../../generator/src/diagnostics.js';
import { startSandbox } from '../sandbox/index.js';
import { credentialsFromEnv, sandboxCredentials, type SandboxCredentials } from './credentials.js';
import { targetFixtures } from './target-fixtures.js';
import { assertAllowedBaseUrl, isLoopback, withoutUserInfo } from './target-guards.js';
import type { ApiName, Target } from './types.js';

const APIS: readonly ApiName[] = ['payquicker', 'abconnect'];

/** What {@link resolveTargets} takes. */
export interface TargetInput {
  /** `sandbox`, a config target name, or an absolute http(s) base URL (then `api` is required). */
  target: string;
  /** Only this API; default both (a URL needs it). */
  api?: ApiName;
  /** `--allow-mutations`: run mutating scenarios against non-loopback hosts too. */
  allowMutations: boolean;
  /** Where credentials come from for non-sandbox targets (see credentials.ts). */
  env: Record<string, string | undefined>;
  /** Seed of the embedded sandbox; default 1. */
  seed?: number;
  /** Drift names for the embedded sandbox (tests of the drift checker). */
  drift?: string[];
  /** Credentials the embedded sandbox is started with and the clients use; default the sandbox's. */
  sandboxCredentials?: SandboxCredentials;
  /** Config file to read named targets from; default `api-contracts.config.json` in `cwd`. */
  configFile?: string;
  cwd?: string;
}

/** Resolved targets, whether mutating scenarios may run, and how to release what was started. */
export interface ResolvedTargets {
  targets: Target[];
  /** True when every target is on loopback or `--allow-mutations` was given. */
  allowMutations: boolean;
  /** Closes the embedded sandbox, if one was started; safe to call twice. */
  close(): Promise<void>;
}

function isUrl(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
}

function remoteTarget(api: ApiName, label: string, baseUrl: string, env: TargetInput['env'], origin: string): Target {
  assertAllowedBaseUrl(api, baseUrl, origin);
  return { api, label, baseUrl: baseUrl.replace(/\/+$/, ''), credentials: credentialsFromEnv(api, env), loopback: isLoopback(baseUrl), fixtures: {} };
}

async function configTargets(input: TargetInput): Promise<Target[]> {
  const config = await loadConfig(input.configFile, input.cwd);
  const named = config.targets[input.target];
  if (named === undefined) {
    const known = Object.keys(config.targets);
    throw new UserError(
      `unknown target '${input.target}': use sandbox, a base URL with --api, or a target of ${config.file}` +
        (known.length > 0 ? ` (${known.join(', ')})` : ' (it defines none under "targets")'),
    );
  }
  const apis = input.api === undefined ? APIS.filter((api) => named.servers[api] !== undefined) : [input.api];
  if (apis.length === 0) {
    throw new UserError(`target '${input.target}' in ${config.file} names no API the contract suite checks (${APIS.join(', ')}); it names ${Object.keys(named.servers).join(', ')}`);
  }
  const targets: Target[] = [];
  for (const api of apis) {
    const server = named.servers[api];
    if (server === undefined) throw new UserError(`target '${input.target}' in ${config.file} has no ${api} baseUrl`);
    const target = remoteTarget(api, input.target, server.baseUrl, input.env, `${config.file} #/targets/${input.target}/${api}/baseUrl`);
    targets.push({ ...target, fixtures: await targetFixtures(config.file, input.target, named, api) });
  }
  return targets;
}

/**
 * Resolves `input.target`. `sandbox` starts the embedded sandbox (seed `input.seed ?? 1`, the given
 * drifts and credentials) and targets both APIs or `input.api`; a URL targets `input.api`; any other
 * word is a named target of the config file. Credentials of non-sandbox targets come from `env`.
 * @throws {UserError} for a URL without `api`, an unknown target name, missing credentials, or a
 *   production server of the spec; nothing has been sent then.
 */
export async function resolveTargets(input: TargetInput): Promise<ResolvedTargets> {
  if (input.target === 'sandbox') {
    const sandbox = await startSandbox({
      seed: input.seed ?? 1,
      ...(input.drift === undefined ? {} : { drift: input.drift }),
      ...input.sandboxCredentials,
    });
    const urls: Record<ApiName, string> = { payquicker: sandbox.payquickerUrl, abconnect: sandbox.abconnectUrl };
    const apis = input.api === undefined ? APIS : [input.api];
    const targets = apis.map((api) => ({
      api,
      label: 'sandbox',
      baseUrl: urls[api],
      credentials: sandboxCredentials(api, input.sandboxCredentials),
      loopback: true,
    }));
    let closed: Promise<void> | undefined;
    return { targets, allowMutations: true, close: () => (closed ??= sandbox.close()) };
  }
  let targets: Target[];
  if (isUrl(input.target)) {
    if (input.api === undefined) throw new UserError(`--target ${withoutUserInfo(input.target)} is a URL: name its API with --api payquicker|abconnect`);
    targets = [remoteTarget(input.api, input.target, input.target, input.env, '--target')];
  } else {
    targets = await configTargets(input);
  }
  return {
    targets,
    allowMutations: input.allowMutations || targets.every((target) => target.loopback),
    close: async () => undefined,
  };
}

/**
 * The optional `targets` key of `api-contracts.config.json`: named servers the contract suite can
 * record from or check for drift (`api-contracts record --target staging`). Each target is keyed
 * by the `name`s of `apis[]`, so a config of any API can carry targets; which of those APIs a
 * command can use is the command's business (the contract suite's scenarios cover payquicker and
 * abconnect).
 *
 * ```json
 * { "targets": { "staging": {
 *     "abconnect": { "baseUrl": "https://portal.staging.abconnect.co/api", "fixtures": { "exampleJob": "4100231" } },
 *     "fixturesFile": "fixtures/staging.json" } } }
 * ```
 *
 * `fixtures` are the ids, tokens and amounts that exist on that server (contract-tests/core/fixtures.ts
 * lists them); `fixturesFile` names a JSON file `{ "payquicker": { … }, "abconnect": { … } }` with
 * more of them, relative to the config file's folder (inline `fixtures` win).
 */
import { escapePointerToken } from '../diagnostics.js';

/** A fixture value: a string, a finite number, or an array of finite numbers. */
export type FixtureValue = string | number | readonly number[];

/** One API's server within a named target. */
export interface TargetApiConfig {
  /** Absolute http(s) URL, used as the client's `baseUrl`. */
  baseUrl: string;
  /** Fixture values that exist on this server, by fixture name. */
  fixtures?: Record<string, FixtureValue>;
}

/** A named target: a server per API; at least one API is present. */
export interface TargetConfig {
  /** The target's server of each API it names, by API name (a `name` of `apis[]`). */
  servers: Record<string, TargetApiConfig>;
  /** Path of a JSON fixtures file as written in the config (relative to the config file's folder). */
  fixturesFile?: string;
}

/**
 * Checks `raw` as an object of fixture values, reporting each bad one through `problem` with its
 * JSON pointer below `pointer`; returns the good ones.
 */
export function parseFixtures(raw: unknown, pointer: string, problem: (pointer: string, message: string) => void): Record<string, FixtureValue> {
  if (!isObject(raw)) {
    problem(pointer, 'must be an object of fixture names and values');
    return {};
  }
  const fixtures: Record<string, FixtureValue> = {};
  for (const [name, value] of Object.entries(raw)) {
    const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
    if (typeof value === 'string' || finite(value) || (Array.isArray(value) && value.every(finite))) fixtures[name] = value as FixtureValue;
    else problem(`${pointer}/${escapePointerToken(name)}`, 'must be a string, a number or an array of numbers');
  }
  return fixtures;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * Parses `raw.targets` (absent → `{}`), reporting each bad field through `problem` with its JSON
 * pointer (`#/targets/staging/payquicker/baseUrl`); `apis` are the API names of the config
 * (`apis[].name`), the only keys besides `fixturesFile` a target may have.
 */
export function parseTargets(
  raw: unknown,
  apis: readonly string[],
  problem: (pointer: string, message: string) => void,
): Record<string, TargetConfig> {
  const targets = isObject(raw) ? raw.targets : undefined;
  if (targets === undefined) return {};
  if (!isObject(targets)) {
    problem('#/targets', 'must be an object of named targets');
    return {};
  }
  const result: Record<string, TargetConfig> = {};
  for (const [name, entry] of Object.entries(targets)) {
    const pointer = `#/targets/${escapePointerToken(name)}`;
    if (!isObject(entry)) {
      problem(pointer, `must be an object with a server { baseUrl } for one or more of: ${apis.join(', ')}`);
      continue;
    }
    const target: TargetConfig = { servers: {} };
    for (const key of Object.keys(entry)) {
      if (key !== 'fixturesFile' && !apis.includes(key)) problem(`${pointer}/${escapePointerToken(key)}`, `unknown API; use a name of #/apis: ${apis.join(', ')}`);
    }
    if (entry.fixturesFile !== undefined) {
      if (typeof entry.fixturesFile === 'string' && entry.fixturesFile !== '') target.fixturesFile = entry.fixturesFile;
      else problem(`${pointer}/fixturesFile`, 'must be the path of a JSON fixtures file');
    }
    for (const api of apis) {
      const server = entry[api];
      if (server === undefined) continue;
      const at = `${pointer}/${escapePointerToken(api)}`;
      const baseUrl = isObject(server) ? server.baseUrl : undefined;
      if (!isHttpUrl(baseUrl)) {
        problem(`${at}/baseUrl`, 'must be an absolute http(s) URL');
        continue;
      }
      const parsed: TargetApiConfig = { baseUrl };
      if (isObject(server) && server.fixtures !== undefined) parsed.fixtures = parseFixtures(server.fixtures, `${at}/fixtures`, problem);
      target.servers[api] = parsed;
    }
    if (!Object.keys(entry).some((key) => key !== 'fixturesFile')) {
      problem(pointer, `names no API; add a server { baseUrl } for one of: ${apis.join(', ')}`);
    }
    result[name] = target;
  }
  return result;
}


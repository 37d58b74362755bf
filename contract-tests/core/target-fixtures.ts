/**
 * Reads the fixtures of a named target: its `fixturesFile` (JSON, `{ "payquicker": { … },
 * "abconnect": { … } }`, relative to the config file's folder) and the inline `fixtures` of each API
 * entry, which win. Every value and name is checked before anything is sent (see fixtures.ts for
 * the names).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFixtures, type TargetConfig } from '../../generator/src/config/targets-config.js';
import { UserError, escapePointerToken, type Diagnostic } from '../../generator/src/diagnostics.js';
import { FIXTURES, type FixtureValues } from './fixtures.js';
import type { ApiName } from './types.js';

function problemsTo(list: Diagnostic[], file: string): (pointer: string, message: string) => void {
  return (pointer, message) => list.push({ code: 'bad-fixtures', severity: 'error', file, pointer, message });
}

async function fromFile(file: string, api: ApiName, problems: Diagnostic[]): Promise<FixtureValues> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    throw new UserError(`cannot read the fixtures file ${file}: ${(error as Error).message}`);
  }
  const entry = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>)[api] : undefined;
  if (entry === undefined) return {};
  return parseFixtures(entry, `#/${api}`, problemsTo(problems, file));
}

function checkNames(values: FixtureValues, api: ApiName, report: (name: string) => void): void {
  for (const name of Object.keys(values)) if (!(name in FIXTURES[api])) report(name);
}

/**
 * The fixtures of `api` on the target `name` of the config file `configFile`.
 * @throws {UserError} naming the file and JSON pointer of each bad value or unknown fixture name,
 *   or the fixtures file that cannot be read.
 */
export async function targetFixtures(configFile: string, name: string, target: TargetConfig, api: ApiName): Promise<FixtureValues> {
  const problems: Diagnostic[] = [];
  const known = Object.keys(FIXTURES[api]).join(', ');
  let fileValues: FixtureValues = {};
  if (target.fixturesFile !== undefined) {
    const file = path.resolve(path.dirname(configFile), target.fixturesFile);
    fileValues = await fromFile(file, api, problems);
    checkNames(fileValues, api, (fixture) =>
      problemsTo(problems, file)(`#/${api}/${escapePointerToken(fixture)}`, `unknown ${api} fixture; known: ${known}`),
    );
  }
  const inline = target.servers[api]?.fixtures ?? {};
  checkNames(inline, api, (fixture) =>
    problemsTo(problems, configFile)(`#/targets/${escapePointerToken(name)}/${api}/fixtures/${escapePointerToken(fixture)}`, `unknown ${api} fixture; known: ${known}`),
  );
  if (problems.length > 0) throw new UserError(`invalid fixtures for target '${name}'`, problems);
  return { ...fileValues, ...inline };
}

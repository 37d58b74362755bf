/**
 * Failures as cassettes: each shrunk failure is saved as a HAR cassette (har/cassette.ts, written
 * scrubbed and scanned for secrets by har/write-cassettes.ts) under `<report-dir>/cassettes/<api>/`,
 * named `explore-<operationId>-<n>`, holding the token exchange and the minimal request's exchange.
 * The scenario that replays one is rebuilt from the cassette itself ({@link exploreScenario}): it
 * sends the recorded request again through the generated client, so the replay suite
 * (replay-cassette.ts, with that scenario in its catalogue) and `drift --cassettes` take it.
 */
import path from 'node:path';
import { cassetteFiles, readCassette, type Cassette } from '../har/cassette.js';
import { writeCassettes } from '../har/write-cassettes.js';
import type { Exchange, Scenario } from '../core/types.js';
import { loadSpec } from '../drift/spec-document.js';
import { conforms, operationModels, type ExploreCase, type OperationModel } from './operation-model.js';
import type { ExploreFailure } from './run-explore.js';
import { flatten } from './schema-arbitrary.js';
import { callOperation } from './send-case.js';

/** Prefix of the scenario name of every cassette explore saves. */
export const EXPLORE_PREFIX = 'explore-';

/** The folder of explore's cassettes inside a report folder. */
export function exploreCassetteDir(reportDir: string): string {
  return path.join(reportDir, 'cassettes');
}

/**
 * Writes a cassette for every failure that got an answer into `exploreCassetteDir(reportDir)`,
 * all or nothing. Returns their paths, in failure order.
 * @throws {SecretsFoundError} when one still looks like it holds a secret after scrubbing (nothing written).
 */
export async function saveFailureCassettes(reportDir: string, failures: readonly ExploreFailure[]): Promise<string[]> {
  const counts = new Map<string, number>();
  const cassettes: Cassette[] = [];
  for (const failure of failures) {
    if (failure.exchanges.length === 0) continue;
    const n = (counts.get(failure.operationId) ?? 0) + 1;
    counts.set(failure.operationId, n);
    const scenario = `${EXPLORE_PREFIX}${failure.operationId}-${n}`;
    const file = path.join(exploreCassetteDir(reportDir), failure.api, `${scenario}.har`);
    cassettes.push({ file, api: failure.api, scenario, exchanges: [...failure.exchanges] });
  }
  await writeCassettes(cassettes);
  return cassettes.map((c) => c.file);
}

/** A query or header text as the schema types it: numeric text for a number or integer, `true`/`false` for a boolean. */
function typedText(doc: unknown, schema: unknown, text: string): unknown {
  const types = [flatten(doc, schema)['type']].flat().map(String);
  if ((types.includes('integer') || types.includes('number')) && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text)) return Number(text);
  if (types.includes('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

/** The case `request` sent to `model`, read back from the wire (path template, query string, headers, JSON body). */
export function caseOfRequest(doc: unknown, model: OperationModel, request: Exchange['request']): ExploreCase {
  const [pathname = '', query = ''] = request.path.split('?');
  const names: string[] = [];
  const pattern = model.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
    names.push(name);
    return '([^/]*)';
  });
  const match = new RegExp(`^${pattern}$`).exec(pathname);
  const search = new URLSearchParams(query);
  const parameters: Record<string, unknown> = {};
  for (const parameter of model.parameters) {
    let text: string | undefined;
    if (parameter.in === 'path') {
      const index = names.indexOf(parameter.name);
      text = index < 0 || match === null ? undefined : decodeURIComponent(match[index + 1] ?? '');
    } else if (parameter.in === 'query') text = search.get(parameter.name) ?? undefined;
    else if (parameter.in === 'header') text = request.headers[parameter.name.toLowerCase()];
    if (text !== undefined) parameters[parameter.valueKey] = typedText(doc, parameter.schema, text);
  }
  const body = request.body === undefined || request.body === '' ? undefined : (JSON.parse(request.body) as unknown);
  return body === undefined ? { parameters } : { parameters, body };
}

/**
 * The scenario that replays an explore cassette: it sends the cassette's last request again through
 * the generated client (errors are the answer, not a failure). Marked `breaksSpec` when that
 * request breaks the spec (a negative case), `error` when its recorded answer was not a 2xx.
 * @throws {Error} when the cassette's last request matches no operation explore can call.
 */
export async function exploreScenario(cassette: Cassette): Promise<Scenario> {
  const spec = await loadSpec(cassette.api);
  const last = cassette.exchanges.at(-1);
  const model = operationModels(cassette.api, spec).find((m) => m.operationId === last?.operationId);
  if (last === undefined || model === undefined) throw new Error(`${cassette.file}: its last request calls no operation explore can send`);
  const c = caseOfRequest(spec.doc, model, last.request);
  const status = last.response.status;
  return {
    api: cassette.api,
    name: cassette.scenario,
    description: `explore's minimal ${model.operationId} request, replayed`,
    kind: status >= 200 && status < 300 ? 'happy' : 'error',
    operations: [model.operationId],
    mutates: model.mutates,
    ...(conforms(model, c) ? {} : { breaksSpec: true }),
    run: async (client) => {
      await callOperation(client, model, c).catch(() => undefined);
    },
  };
}

/** Every explore cassette under `dir` (`<api>/explore-*.har`) with the scenario that replays it. */
export async function exploreCassettes(dir: string): Promise<{ cassette: Cassette; scenario: Scenario }[]> {
  const found: { cassette: Cassette; scenario: Scenario }[] = [];
  for (const file of cassetteFiles(dir)) {
    if (!path.basename(file).startsWith(EXPLORE_PREFIX)) continue;
    const cassette = await readCassette(path.join(dir, file));
    found.push({ cassette, scenario: await exploreScenario(cassette) });
  }
  return found;
}


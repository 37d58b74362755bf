/**
 * Picks the scenarios a `record` run covers: those of the requested API, narrowed by `--scenario`
 * names, and without mutating ones where mutations are not allowed.
 */
import { UserError } from '../../generator/src/diagnostics.js';
import type { ApiName, Scenario } from '../core/types.js';

/** The scenarios to run and those left out because they mutate and mutations are not allowed. */
export interface Selection {
  run: Scenario[];
  skipped: Scenario[];
}

function matches(scenario: Scenario, name: string): boolean {
  return name === scenario.name || name === `${scenario.api}/${scenario.name}`;
}

/**
 * Selects from `all`. A `--scenario` name is `<name>` or `<api>/<name>`.
 * @throws {UserError} for a name no scenario has, or when a named scenario mutates and mutations
 *   are not allowed (nothing has been sent then).
 */
export function selectScenarios(
  all: readonly Scenario[],
  options: { apis: readonly ApiName[]; names: readonly string[]; allowMutations: boolean },
): Selection {
  const ofApis = all.filter((scenario) => options.apis.includes(scenario.api));
  for (const name of options.names) {
    if (!ofApis.some((scenario) => matches(scenario, name))) {
      throw new UserError(`unknown scenario '${name}' for ${options.apis.join(', ')}; known: ${ofApis.map((s) => `${s.api}/${s.name}`).join(', ')}`);
    }
  }
  const chosen = options.names.length === 0 ? ofApis : ofApis.filter((s) => options.names.some((name) => matches(s, name)));
  if (options.allowMutations) return { run: chosen, skipped: [] };
  const named = chosen.filter((s) => s.mutates && options.names.length > 0);
  if (named.length > 0) {
    throw new UserError(
      `scenario ${named.map((s) => `${s.api}/${s.name}`).join(', ')} changes data on the target; ` +
        'the target is not on loopback, so pass --allow-mutations to record it',
    );
  }
  return { run: chosen.filter((s) => !s.mutates), skipped: chosen.filter((s) => s.mutates) };
}

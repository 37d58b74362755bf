/**
 * The flags that `drift` and `explore` share (`--target`, `--api`, `--fail-on`, `--sandbox-drift`),
 * checked and typed once for both commands.
 */
import { UserError } from '../../generator/src/diagnostics.js';

/** The shared flags as commander parses them (values are still text). */
export interface LiveCheckCliOptions {
  readonly target?: string;
  readonly api?: string;
  readonly failOn?: string;
  readonly sandboxDrift?: readonly string[];
}

/** The shared flags checked and typed. */
export interface LiveCheckFlags {
  readonly target: string;
  readonly api: 'payquicker' | 'abconnect' | undefined;
  readonly failOn: 'breaking' | 'warning';
  readonly sandboxDrift: readonly string[];
}

/**
 * Checks the shared flags: a target is given, `--api` names one of the suite's APIs, `--fail-on` is
 * a level, and `--sandbox-drift` comes with `--target sandbox`.
 * @throws {UserError} naming the bad flag.
 */
export function parseLiveCheckFlags(options: LiveCheckCliOptions): LiveCheckFlags {
  if (options.target === undefined || options.target === '') throw new UserError('--target is required: sandbox, a target name of api-contracts.config.json, or a base URL');
  const api = options.api;
  if (api !== undefined && api !== 'payquicker' && api !== 'abconnect') throw new UserError(`--api must be payquicker or abconnect, got '${api}'`);
  const failOn = options.failOn ?? 'breaking';
  if (failOn !== 'breaking' && failOn !== 'warning') throw new UserError(`--fail-on must be breaking or warning, got '${failOn}'`);
  const sandboxDrift = options.sandboxDrift ?? [];
  if (sandboxDrift.length > 0 && options.target !== 'sandbox') throw new UserError('--sandbox-drift needs --target sandbox');
  return { target: options.target, api, failOn, sandboxDrift };
}

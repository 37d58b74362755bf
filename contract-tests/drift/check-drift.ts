/**
 * `checkDrift(options)`: the programmatic form of `api-contracts drift`, for scripts and scheduled
 * jobs. Runs the drift check (run-drift.ts), optionally writes the three reports, and gives the
 * verdict the CLI turns into its exit code (see contract-tests/cli/drift-command.ts).
 */
import { UserError } from '../../generator/src/diagnostics.js';
import { DEFAULT_DRIFT_TIMEOUT_MS } from './defaults.js';
import { CREDENTIAL_KINDS } from './outcome.js';
import { atOrAbove, type DriftLevel } from './rules.js';
import { runDrift, type DriftOptions, type DriftResult } from './run-drift.js';
import { writeReports, type ReportPaths } from './write-reports.js';

/** {@link DriftOptions} with defaults, plus where the reports go and the level that fails. */
export interface CheckDriftOptions extends Omit<DriftOptions, 'env' | 'allowMutations' | 'timeoutMs'> {
  /** Where credentials of non-sandbox targets come from; default `process.env`. */
  readonly env?: Record<string, string | undefined>;
  /** Also run scenarios that create or change data off loopback; default false. */
  readonly allowMutations?: boolean;
  /** Per-request limit in milliseconds; default {@link DEFAULT_DRIFT_TIMEOUT_MS}. */
  readonly timeoutMs?: number;
  /** Findings at or above this level fail the check; default `breaking`. */
  readonly failOn?: DriftLevel;
  /** Folder to write `drift.md`, `drift.json` and `drift.junit.xml` into; default none written. */
  readonly reportDir?: string;
}

/**
 * The verdict: `passed`; `failed` (a finding at or above `failOn`, or every scenario
 * inconclusive: a check of nothing is not a pass); `credentials` (the target refused the
 * credentials or they lack a scope for some scenario: nothing trustworthy was checked).
 */
export type DriftVerdict = 'passed' | 'failed' | 'credentials';

/** The outcome of {@link checkDrift}. */
export interface DriftCheck {
  readonly verdict: DriftVerdict;
  /** One line saying why, when the verdict is not `passed` by findings alone (credentials, all inconclusive). */
  readonly message?: string;
  /** Every scenario, finding and operation of the run. */
  readonly result: DriftResult;
  /** The reports written, when `reportDir` was given. */
  readonly reports?: ReportPaths;
}

function verdictOf(result: DriftResult, failOn: DriftLevel): Pick<DriftCheck, 'verdict' | 'message'> {
  const refused = result.scenarios.filter((r) => r.kind !== undefined && CREDENTIAL_KINDS.includes(r.kind));
  const first = refused[0];
  if (first !== undefined) {
    return { verdict: 'credentials', message: `${refused.length} scenario${refused.length === 1 ? '' : 's'} could not be checked: ${first.api} ${first.reason}` };
  }
  if (result.scenarios.length > 0 && result.scenarios.every((r) => r.outcome === 'inconclusive')) {
    const why = result.scenarios[0]?.reason ?? '';
    return { verdict: 'failed', message: `none of the ${result.scenarios.length} scenarios could be exercised on this target (all inconclusive, the first: ${why}); give the fixtures they name` };
  }
  return { verdict: result.findings.some((f) => atOrAbove(f.level, failOn)) ? 'failed' : 'passed' };
}

/**
 * Runs every selected scenario live against `options.target` and judges the answers against the
 * spec and the cassettes (the packaged ones, or `specFile` / `cassettesDir`).
 * @throws {UserError} for bad input: an unknown scenario or target, a production server, missing
 *   credentials, an unreadable spec, cassette or fixtures file, an unknown sandbox drift, or a
 *   report folder that cannot be written (nothing is sent for the input errors);
 *   `TargetUnreachableError` (run-drift.ts) when the target answers nothing. Any other error is a bug.
 */
export async function checkDrift(options: CheckDriftOptions): Promise<DriftCheck> {
  const failOn = options.failOn ?? 'breaking';
  const result = await runDrift({
    ...options,
    env: options.env ?? process.env,
    allowMutations: options.allowMutations === true,
    timeoutMs: options.timeoutMs ?? DEFAULT_DRIFT_TIMEOUT_MS,
  });
  const verdict = verdictOf(result, failOn);
  if (options.reportDir === undefined) return { ...verdict, result };
  const dir = options.reportDir;
  const reports = await writeReports(dir, result, failOn).catch((error: unknown) => {
    throw new UserError(`--report-dir: cannot write the reports into ${dir}: ${(error as Error).message}`);
  });
  return { ...verdict, result, reports };
}

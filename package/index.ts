/**
 * The programmatic API of the `api-contracts` package (its `.` export), for build scripts and
 * scheduled jobs, as openapi-typescript and Hey API are used: each function returns the structured
 * result the matching CLI command prints, and throws {@link UserError} for bad input (the CLI's
 * exit 2). The vendor clients are the `./payquicker` and `./abconnect` exports.
 *
 * ```js
 * import { checkDrift, diff, generate } from 'api-contracts';
 * await generate({ spec: 'openapi.yaml', out: 'src/api', name: 'shop' });
 * const { verdict } = await checkDrift({ target: 'sandbox', api: 'payquicker' });
 * const { changes, bump } = await diff({ base: 'git:origin/main:openapi.yaml', revision: 'openapi.yaml' });
 * ```
 */
export { UserError, type Diagnostic, type Severity } from '../generator/src/diagnostics.js';
export { generate, type GenerateApiResult, type GenerateOptions, type GenerateResult } from '../generator/src/generate/generate.js';
export type { TreeDifference } from '../generator/src/generate/write-tree.js';
export { checkDrift, type CheckDriftOptions, type DriftCheck, type DriftVerdict } from '../contract-tests/drift/check-drift.js';
export { DEFAULT_DRIFT_TIMEOUT_MS } from '../contract-tests/drift/defaults.js';
export { TargetUnreachableError, type CheckedOperation, type DriftResult } from '../contract-tests/drift/run-drift.js';
export type { Outcome, ScenarioResult } from '../contract-tests/drift/outcome.js';
export type { DriftLevel, Finding } from '../contract-tests/drift/rules.js';
export type { ReportPaths } from '../contract-tests/drift/write-reports.js';
export { lint, type LintOptions } from './lint.js';
export { diff, type DiffSides } from '../generator/src/diff/diff.js';
export type { DiffResult } from '../generator/src/diff/diff-result.js';
export type { Change, DiffLevel, SemverBump } from '../generator/src/diff/rules.js';

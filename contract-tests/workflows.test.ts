/**
 * The GitHub Actions workflows parse as YAML and have the structure CI relies on: `ci.yml` runs
 * `npm ci` and `npm test` on pull requests; `drift.yml` runs nightly and on demand with a `target`
 * input, maps the repository secrets to the credential variables, falls back to the embedded
 * sandbox, publishes the report in the job summary and as an artifact even when the check fails,
 * and fails on breaking drift. `ci.yml`'s spec-diff job diffs the specs of a pull request that
 * touches `spec/` against the target branch, fails on breaking changes unless the pull request has
 * the `breaking-change-approved` label, and puts diff.md in the job summary; `drift.yml` runs
 * `diff --vendor` when a vendor document URL is configured.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  'continue-on-error'?: unknown;
}

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { 'runs-on': string; steps: Step[]; 'continue-on-error'?: unknown; if?: string }>;
}

function load(name: string): Workflow {
  const file = fileURLToPath(new URL(`../.github/workflows/${name}`, import.meta.url));
  return parse(readFileSync(file, 'utf8')) as Workflow;
}

function steps(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs).flatMap((job) => job.steps);
}

describe('ci.yml', () => {
  const ci = load('ci.yml');

  it('runs on pull requests', () => {
    expect(ci.on).toHaveProperty('pull_request');
  });

  it('installs with npm ci, then runs npm test', () => {
    const runs = steps(ci).map((s) => s.run?.trim());
    expect(runs).toContain('npm ci');
    expect(runs.indexOf('npm test')).toBeGreaterThan(runs.indexOf('npm ci'));
  });
});

describe('ci.yml spec-diff job', () => {
  const ci = load('ci.yml');
  const job = ci.jobs['spec-diff'];
  const all = job?.steps ?? [];
  const changed = all.find((s) => /git diff --quiet "origin\/\$BASE_REF\.\.\.HEAD" -- spec\//.test(s.run ?? ''));
  const diff = all.find((s) => /api-contracts(\.js)? diff\b/.test(s.run ?? ''));

  it('runs on pull requests, again when a label is added or removed, and only then', () => {
    expect(job?.if).toMatch(/github\.event_name == 'pull_request'/);
    const types = (ci.on['pull_request'] as { types: string[] }).types;
    expect(types).toEqual(expect.arrayContaining(['opened', 'synchronize', 'reopened', 'labeled', 'unlabeled']));
    expect(ci.jobs['test']?.if).toMatch(/labeled/);
  });

  it('diffs only when spec/ changed, against the target branch, with full history', () => {
    expect(all[0]?.uses).toBe('actions/checkout@v4');
    expect(all[0]?.with?.['fetch-depth']).toBe(0);
    expect(changed?.env?.['BASE_REF']).toBe('${{ github.base_ref }}');
    expect(diff?.if).toBe(`steps.${changed?.id}.outputs.spec == 'true'`);
    expect(diff?.run).toMatch(/--base "origin\/\$BASE_REF"/);
    expect(diff?.env?.['BASE_REF']).toBe('${{ github.base_ref }}');
    const install = all.findIndex((s) => s.run?.trim() === 'npm ci');
    expect(install).toBeGreaterThan(all.indexOf(changed as Step));
    expect(all.indexOf(diff as Step)).toBeGreaterThan(install);
  });

  it('puts diff.md in the job summary and fails on breaking changes unless the label approves them', () => {
    expect(diff?.run).toMatch(/diff\.md"?\s*>>\s*"?\$GITHUB_STEP_SUMMARY/);
    expect(diff?.run).toMatch(/--fail-on breaking/);
    expect(diff?.env?.['APPROVED']).toBe("${{ contains(github.event.pull_request.labels.*.name, 'breaking-change-approved') }}");
    expect(diff?.run).toMatch(/if \[ "\$status" -eq 1 \] && \[ "\$APPROVED" = "true" \]; then[\s\S]*exit 0/);
    expect(diff?.run).toMatch(/exit "\$status"\s*$/);
    expect(diff?.run).not.toMatch(/\|\|\s*true/);
    expect(job?.['continue-on-error']).toBeUndefined();
  });
});

describe('drift.yml', () => {
  const drift = load('drift.yml');
  const all = steps(drift);
  const check = all.find((s) => /api-contracts(\.js)? drift\b/.test(s.run ?? ''));

  it('runs nightly on a valid cron schedule and on demand with a target input', () => {
    const schedule = drift.on['schedule'] as { cron: string }[];
    expect(schedule[0]?.cron.trim().split(/\s+/)).toHaveLength(5);
    const dispatch = drift.on['workflow_dispatch'] as { inputs: Record<string, { type?: string }> };
    expect(dispatch.inputs).toHaveProperty('target');
  });

  it('installs with npm ci before the drift check', () => {
    expect(check).toBeDefined();
    const ci = all.findIndex((s) => s.run?.trim() === 'npm ci');
    expect(ci).toBeGreaterThanOrEqual(0);
    expect(all.indexOf(check as Step)).toBeGreaterThan(ci);
  });

  it('maps the credential secrets and a target URL secret, falling back to the embedded sandbox', () => {
    const env = check?.env ?? {};
    for (const name of ['PAYQUICKER_CLIENT_ID', 'PAYQUICKER_CLIENT_SECRET', 'ABCONNECT_USERNAME', 'ABCONNECT_PASSWORD', 'ABCONNECT_CLIENT_ID', 'ABCONNECT_CLIENT_SECRET']) {
      expect(env[name]).toBe(`\${{ secrets.${name} }}`);
    }
    expect(Object.values(env).join(' ')).toMatch(/secrets\.PAYQUICKER_SANDBOX_URL/);
    expect(check?.run).toMatch(/--target "[^"]*:-sandbox\}/);
  });

  it('takes a named target (with its fixtures) from the DRIFT_TARGET variable before the URL secrets', () => {
    expect(check?.env?.['DRIFT_TARGET']).toBe('${{ vars.DRIFT_TARGET }}');
    expect(check?.run).toMatch(/--target "\$\{INPUT_TARGET:-\$\{DRIFT_TARGET:-\$\{TARGET_URL:-sandbox\}\}\}"/);
  });

  it('fails on breaking drift: the check step may fail the job', () => {
    expect(check?.run).not.toMatch(/\|\|\s*true/);
    expect(check?.['continue-on-error']).toBeUndefined();
    expect(Object.values(drift.jobs).every((job) => job['continue-on-error'] === undefined)).toBe(true);
    expect(check?.run).toMatch(/--fail-on/);
    expect(check?.env?.['FAIL_ON']).toMatch(/'breaking'/);
  });

  it('compares the abconnect spec with the vendor document when its URL is configured', () => {
    const vendor = all.find((s) => /api-contracts(\.js)? diff --vendor\b/.test(s.run ?? ''));
    expect(vendor?.if).toMatch(/matrix\.api == 'abconnect' && vars\.ABCONNECT_VENDOR_DOCUMENT_URL != ''/);
    expect(vendor?.run).toMatch(/--vendor "\$VENDOR_URL" --api abconnect --report-dir reports\//);
    expect(all.find((s) => /diff\.md\s*>>\s*"?\$GITHUB_STEP_SUMMARY/.test(s.run ?? ''))?.if).toBe('always()');
  });

  it('appends drift.md to the job summary and uploads reports/ even when the check failed', () => {
    const summary = all.find((s) => /drift\.md\s*>>\s*"?\$GITHUB_STEP_SUMMARY/.test(s.run ?? ''));
    expect(summary?.if).toBe('always()');
    const upload = all.find((s) => s.uses === 'actions/upload-artifact@v4');
    expect(upload?.if).toBe('always()');
    expect(String(upload?.with?.['path'])).toMatch(/^reports\/?$/);
    expect(all.indexOf(upload as Step)).toBeGreaterThan(all.indexOf(check as Step));
  });
});

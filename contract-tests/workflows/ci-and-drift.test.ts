/**
 * The GitHub Actions workflows parse as YAML and have the structure CI relies on: `ci.yml` runs
 * `npm ci` and `npm test` on pull requests; its spec-diff job diffs the specs of a pull request
 * that touches `spec/` against the target branch, fails on breaking changes unless the pull request
 * has the `breaking-change-approved` label, and puts diff.md in the job summary. `drift.yml` runs
 * nightly and on demand with a `target` input (its drift check through the reusable workflow is
 * checked in drift-reusable.test.ts) and runs `diff --vendor` when a vendor document URL is
 * configured.
 */
import { describe, expect, it } from 'vitest';
import { loadWorkflow as load, stepsOf as steps, type Step } from './workflow-file.js';

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
  const vendorJob = drift.jobs['vendor-diff'];
  const all = vendorJob?.steps ?? [];

  it('runs nightly on a valid cron schedule and on demand with a target input', () => {
    const schedule = drift.on['schedule'] as { cron: string }[];
    expect(schedule[0]?.cron.trim().split(/\s+/)).toHaveLength(5);
    const dispatch = drift.on['workflow_dispatch'] as { inputs: Record<string, { type?: string }> };
    expect(dispatch.inputs).toHaveProperty('target');
  });

  it('compares the abconnect spec with the vendor document when its URL is configured, after npm ci', () => {
    expect(vendorJob?.if).toMatch(/vars\.ABCONNECT_VENDOR_DOCUMENT_URL != ''/);
    const vendor = all.find((s) => /api-contracts(\.js)? diff --vendor\b/.test(s.run ?? ''));
    expect(vendor?.run).toMatch(/--vendor "\$VENDOR_URL" --api abconnect --report-dir reports\//);
    expect(vendor?.env?.['VENDOR_URL']).toBe('${{ vars.ABCONNECT_VENDOR_DOCUMENT_URL }}');
    expect(all.indexOf(vendor as Step)).toBeGreaterThan(all.findIndex((s) => s.run?.trim() === 'npm ci'));
    expect(all.find((s) => /diff\.md\s*>>\s*"?\$GITHUB_STEP_SUMMARY/.test(s.run ?? ''))?.if).toBe('always()');
    const upload = all.find((s) => s.uses === 'actions/upload-artifact@v4');
    expect(upload?.if).toBe('always()');
  });
});

/**
 * The reusable drift workflow (`drift-reusable.yml`, `on: workflow_call`, issue 14 item 4) and its
 * callers: this repository's `drift.yml` and the caller the README shows. Checked as data, the way
 * actionlint would check what GitHub only finds out at run time: every declared input and secret is
 * used and every one used is declared; each caller passes the inputs the callee requires and only
 * names the callee knows; inputs and secrets reach scripts only through `env` (no `${{ }}` spliced
 * into a script, GitHub's script-injection advice), no script prints a secret; the commands run
 * are the package's `bin` with subcommands and flags its `--help` lists; the job ends with drift's
 * exit code and uploads the reports even when the check failed.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../generator/test/run-cli.js';
import { ROOT, loadWorkflow, stepsOf, type Job, type Step, type Workflow, type WorkflowCall } from './workflow-file.js';

const REUSABLE = 'drift-reusable.yml';
const CREDENTIALS = ['PAYQUICKER_CLIENT_ID', 'PAYQUICKER_CLIENT_SECRET', 'ABCONNECT_USERNAME', 'ABCONNECT_PASSWORD', 'ABCONNECT_CLIENT_ID', 'ABCONNECT_CLIENT_SECRET', 'ABCONNECT_ACCESS_TOKEN'];

const reusable = loadWorkflow(REUSABLE);
const call = reusable.on['workflow_call'] as WorkflowCall;
const inputs = call.inputs ?? {};
const secrets = call.secrets ?? {};
const job = reusable.jobs['drift'];
const steps = stepsOf(reusable);
const check = steps.find((s) => /\bapi-contracts drift\b/.test(s.run ?? ''));
const install = steps.find((s) => /\bnpm install\b/.test(s.run ?? ''));

/** The names `context.<name>` expressions refer to in `text` (e.g. every `inputs.x` of the file). */
function referenced(text: string, context: 'inputs' | 'secrets'): Set<string> {
  const names = new Set<string>();
  for (const expression of text.matchAll(/\$\{\{([^}]*)\}\}/g)) {
    for (const match of (expression[1] ?? '').matchAll(new RegExp(`\\b${context}\\.([A-Za-z_][\\w-]*)`, 'g'))) names.add(match[1] ?? '');
  }
  return names;
}

/** The jobs and outputs of a reusable workflow, not its declarations, as text to search for uses. */
function body(workflow: Workflow): string {
  const outputs = (workflow.on['workflow_call'] as WorkflowCall).outputs ?? {};
  return JSON.stringify(workflow.jobs) + JSON.stringify(outputs);
}

/** Checks a job that calls the reusable workflow against what the callee declares. */
function expectValidCall(caller: Job | undefined): void {
  expect(caller?.uses).toMatch(/(^\.\/|\/api-contracts\/)\.github\/workflows\/drift-reusable\.yml(@.+)?$/);
  const passed = Object.keys(caller?.with ?? {});
  expect(Object.keys(inputs)).toEqual(expect.arrayContaining(passed));
  const required = Object.entries(inputs).filter(([, p]) => p.required).map(([name]) => name);
  expect(passed).toEqual(expect.arrayContaining(required));
  const given = caller?.secrets;
  if (given !== 'inherit') {
    expect(Object.keys(secrets)).toEqual(expect.arrayContaining(Object.keys(given ?? {})));
    for (const [name, value] of Object.entries(given ?? {})) expect(value, name).toMatch(/^\$\{\{.*\bsecrets\.[A-Z_]+.*\}\}$/);
  }
  for (const [name, value] of Object.entries(caller?.with ?? {})) expect(String(value), `with.${name} must not carry a secret`).not.toMatch(/\bsecrets\./);
}

describe('drift-reusable.yml', () => {
  it('is a reusable workflow taking the API, the target, fail-on, the package and the paths, with api required', () => {
    expect(Object.keys(reusable.on)).toEqual(['workflow_call']);
    expect(Object.keys(inputs)).toEqual(expect.arrayContaining(['api', 'target', 'fail-on', 'package', 'spec', 'cassettes']));
    expect(inputs['api']?.required).toBe(true);
    expect(inputs['fail-on']?.default).toBe('breaking');
    for (const [name, input] of Object.entries(inputs)) {
      expect(input.type, name).toBe('string');
      expect(input.description, name).toBeTruthy();
      if (!input.required) expect(input, `${name} needs a default`).toHaveProperty('default');
    }
  });

  it('takes every credential variable drift reads and a target URL as optional secrets', () => {
    expect(Object.keys(secrets)).toEqual(expect.arrayContaining([...CREDENTIALS, 'TARGET_URL']));
    for (const [name, secret] of Object.entries(secrets)) expect(secret?.required, name).toBe(false);
  });

  it('uses every input and secret it declares, and declares every one it uses', () => {
    const text = body(reusable);
    expect([...referenced(text, 'inputs')].sort()).toEqual(Object.keys(inputs).sort());
    expect([...referenced(text, 'secrets')].sort()).toEqual(Object.keys(secrets).sort());
  });

  it('splices no expression into a script: inputs and secrets reach scripts through env only', () => {
    for (const step of steps.filter((s) => s.run !== undefined)) expect(step.run, step.name).not.toContain('${{');
    for (const step of stepsOf(loadWorkflow('drift.yml'))) expect(step.run ?? '', step.name).not.toMatch(/\$\{\{\s*(inputs|secrets)\./);
  });

  it('prints no secret: credentials only in the check step, never echoed, no shell tracing', () => {
    const secretEnv = (step: Step) => Object.entries(step.env ?? {}).filter(([, v]) => /\bsecrets\./.test(v)).map(([k]) => k);
    expect(steps.filter((s) => secretEnv(s).length > 0)).toEqual([check]);
    const names = secretEnv(check as Step);
    expect(names).toEqual(expect.arrayContaining(CREDENTIALS));
    for (const step of steps) {
      const script = step.run ?? '';
      expect(script).not.toMatch(/\bset -[a-z]*x|\bset -o xtrace/);
      for (const name of names) {
        expect(script, `${name} in ${step.name}`).not.toMatch(new RegExp(`\\b(echo|printf|cat|tee)\\b[^\\n]*\\$\\{?${name}\\b`));
      }
    }
    // Credentials are read by drift from its environment, so the script never needs to name them.
    for (const name of CREDENTIALS) expect(check?.run).not.toContain(name);
    expect(job?.outputs?.['exit-code']).toBe('${{ steps.check.outputs.exit-code }}');
  });

  it('installs the package into a folder of its own and puts its bin on the PATH before the check', () => {
    expect(install?.env?.['PACKAGE']).toBe('${{ inputs.package }}');
    expect(install?.run).toMatch(/npm install --no-audit --no-fund "\$PACKAGE"/);
    expect(install?.run).toMatch(/cd "\$tool"/);
    expect(install?.run).toMatch(/"\$tool\/node_modules\/\.bin" >> "\$GITHUB_PATH"/);
    expect(install?.run).toMatch(/if \[ "\$PACKAGE" = "\." \]; then[\s\S]*npm pack/);
    expect(steps.indexOf(install as Step)).toBeGreaterThan(steps.findIndex((s) => s.uses === 'actions/checkout@v4'));
    expect(steps.indexOf(check as Step)).toBeGreaterThan(steps.indexOf(install as Step));
  });

  it('ends with drift’s exit code: captured, written as the output, exited with; nothing may swallow it', () => {
    const script = check?.run ?? '';
    expect(check?.shell).toBe('bash');
    expect(script).toMatch(/api-contracts drift "\$\{args\[@\]\}" \|\| code=\$\?\n/);
    expect(script).toMatch(/exit-code=\$code" >> "\$GITHUB_OUTPUT"/);
    expect(script.trim().split('\n').pop()).toBe('exit "$code"');
    expect(script).not.toMatch(/\|\|\s*true/);
    expect(check?.['continue-on-error']).toBeUndefined();
    expect(job?.['continue-on-error']).toBeUndefined();
    expect(script).toMatch(/--target "\$\{TARGET:-\$\{TARGET_URL:-sandbox\}\}"/);
    expect(script).toMatch(/--fail-on "\$FAIL_ON"/);
    expect(script).toMatch(/--report-dir "reports\/\$API"/);
    expect(script).toMatch(/if \[ -n "\$SPEC" \]; then args\+=\(--spec "\$SPEC"\); fi/);
    expect(script).toMatch(/if \[ -n "\$CASSETTES" \]; then args\+=\(--cassettes "\$CASSETTES"\); fi/);
  });

  it('puts drift.md in the job summary and uploads the report folder even when the check failed', () => {
    const summary = steps.find((s) => /drift\.md"?\s*>>\s*"?\$GITHUB_STEP_SUMMARY/.test(s.run ?? ''));
    expect(summary?.if).toBe('always()');
    expect(summary?.run).toContain('reports/$API/drift.md');
    const upload = steps.find((s) => s.uses === 'actions/upload-artifact@v4');
    expect(upload?.if).toBe('always()');
    expect(upload?.with?.['path']).toBe('reports/${{ inputs.api }}/');
    expect(steps.indexOf(upload as Step)).toBeGreaterThan(steps.indexOf(check as Step));
  });

  describe('commands', () => {
    let help = '';
    beforeAll(async () => {
      help = (await runCli(['drift', '--help'])).stdout;
    });

    it('runs the package’s bin, with a subcommand and flags the bin knows', () => {
      const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { bin: Record<string, string> };
      const commands = steps.flatMap((s) => [...(s.run ?? '').matchAll(/(?:^|\s)(api-contracts) (\w[\w-]*)/g)]);
      expect(commands.length).toBeGreaterThan(0);
      for (const [, bin, subcommand] of commands) {
        expect(Object.keys(pkg.bin)).toContain(bin);
        expect(subcommand).toBe('drift');
      }
      const flags = new Set([...(check?.run ?? '').matchAll(/(--[a-z][a-z-]*)/g)].map((m) => m[1] ?? ''));
      expect(flags.size).toBeGreaterThanOrEqual(6);
      for (const flag of flags) expect(help, `drift --help lists ${flag}`).toMatch(new RegExp(`${flag}\\b`));
    });
  });
});

describe('callers of drift-reusable.yml', () => {
  it('drift.yml calls it per API under its own schedule, packing this checkout, with every secret mapped', () => {
    const drift = loadWorkflow('drift.yml');
    const caller = drift.jobs['drift'];
    expectValidCall(caller);
    expect(caller?.uses).toBe(`./.github/workflows/${REUSABLE}`);
    expect(drift.on).toHaveProperty('schedule');
    const config = JSON.parse(readFileSync(`${ROOT}api-contracts.config.json`, 'utf8')) as { apis: { name: string }[] };
    expect(caller?.strategy?.matrix?.['api']).toEqual(config.apis.map((a) => a.name));
    expect(caller?.with?.['api']).toBe('${{ matrix.api }}');
    expect(caller?.with?.['package']).toBe('.');
    expect(caller?.with?.['target']).toBe('${{ inputs.target || vars.DRIFT_TARGET }}');
    expect(caller?.with?.['fail-on']).toBe("${{ inputs.fail-on || 'breaking' }}");
    const given = caller?.secrets as Record<string, string>;
    for (const name of CREDENTIALS) expect(given[name]).toBe(`\${{ secrets.${name} }}`);
    expect(given['TARGET_URL']).toMatch(/secrets\.PAYQUICKER_SANDBOX_URL[\s\S]*secrets\.ABCONNECT_SANDBOX_URL/);
  });

  it('the README’s caller calls it under a schedule with what it requires', () => {
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '').find((b) => b.includes(REUSABLE));
    expect(block, 'a yaml block in the README calls drift-reusable.yml').toBeDefined();
    const workflow = parse(block ?? '') as Workflow;
    expect(workflow.on).toHaveProperty('schedule');
    const callers = Object.values(workflow.jobs).filter((j) => j.uses?.includes(REUSABLE));
    expect(callers).toHaveLength(1);
    expectValidCall(callers[0]);
    expect(callers[0]?.uses).toMatch(/@v?\d+\.\d+\.\d+$/);
  });
});

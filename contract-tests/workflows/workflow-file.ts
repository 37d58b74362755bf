/**
 * Reads the GitHub Actions workflow files of `.github/workflows/` as data for the workflow tests:
 * the shapes below are the parts of GitHub's workflow syntax the tests look at
 * (docs.github.com, "Workflow syntax for GitHub Actions" and "Reusing workflows"). Test helper.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** One step of a job: an action (`uses`) or a shell script (`run`). */
export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  'continue-on-error'?: unknown;
}

/** A job: steps on a runner, or a call of a reusable workflow (`uses`, `with`, `secrets`). */
export interface Job {
  'runs-on'?: string;
  steps?: Step[];
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, string> | 'inherit';
  strategy?: { matrix?: Record<string, unknown> };
  outputs?: Record<string, string>;
  'continue-on-error'?: unknown;
  if?: string;
}

/** An input or secret declared under `on.workflow_call`. */
export interface CallParameter {
  description?: string;
  required?: boolean;
  default?: unknown;
  type?: string;
}

/** The `on.workflow_call` trigger of a reusable workflow. */
export interface WorkflowCall {
  inputs?: Record<string, CallParameter>;
  secrets?: Record<string, CallParameter | null>;
  outputs?: Record<string, { value: string }>;
}

/** A workflow file. */
export interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Parses `.github/workflows/<name>`. */
export function loadWorkflow(name: string): Workflow {
  return parse(readFileSync(`${ROOT}.github/workflows/${name}`, 'utf8')) as Workflow;
}

/** Every step of every job, in file order. */
export function stepsOf(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
}

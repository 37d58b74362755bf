/**
 * Benchmark 7, spec diff: whole-process wall time of `api-contracts diff` on GitHub's REST API
 * document (`@octokit/openapi`, 13 MB) against a copy with 50 scripted changes, compared with
 * `api-contracts generate` on the same document (issue 17: the diff takes less than generation).
 * Each scripted change names the rule the diff must report for it; the section says how many were
 * found, so a fast but blind diff does not pass unnoticed.
 *
 * Runs are interleaved (diff, generate, diff, …). Run alone: `npx tsx bench/diff.ts [--quick]`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ours, prepareOurs } from './lib/generators.js';
import { measureProcess, type ProcessRun } from './lib/measure-process.js';
import { runIfMain, type BenchOptions } from './lib/standalone.js';
import { fixed, summarize } from './lib/stats.js';
import { REPO_ROOT } from './lib/versions.js';
import { atMost, type Section } from './report.js';

const GITHUB = join(REPO_ROOT, 'node_modules/@octokit/openapi/generated/api.github.com.json');
const RUN_TIMEOUT_MS = 180_000;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the document is edited freely

/** One scripted change and what the diff must report for it. */
interface Scripted {
  readonly rules: readonly string[];
  readonly method: string;
  readonly path: string;
}

/** Edits of one kind: each takes an operation and returns the rules expected, or undefined when it does not apply. */
const KINDS: readonly ((op: Json, path: string, method: string, doc: Json, n: number) => string[] | undefined)[] = [
  (_op, path, method, doc) => {
    delete doc['paths'][path][method];
    return ['api-removed', 'api-path-removed'];
  },
  (op) => {
    op['operationId'] = `${String(op['operationId'])}-renamed`;
    return ['api-operation-id-changed'];
  },
  (op, _p, _m, _d, n) => {
    (op['parameters'] ??= []).push({ name: `bench_required_${n}`, in: 'query', required: true, schema: { type: 'string' } });
    return ['new-required-request-parameter'];
  },
  (op, _p, _m, _d, n) => {
    (op['parameters'] ??= []).push({ name: `X-Bench-${n}`, in: 'header', required: true, schema: { type: 'string' } });
    return ['new-required-request-header'];
  },
  (op, _p, _m, _d, n) => {
    (op['parameters'] ??= []).push({ name: `bench_optional_${n}`, in: 'query', schema: { type: 'integer' } });
    return ['new-optional-request-parameter'];
  },
  (op) => {
    const responses = op['responses'] as Json;
    if (responses['200'] === undefined || responses['203'] !== undefined) return undefined;
    responses['203'] = responses['200'];
    delete responses['200'];
    return ['response-success-status-removed'];
  },
  (op) => {
    const body = op['requestBody'] as Json | undefined;
    if (body === undefined || body['$ref'] !== undefined || body['required'] === true) return undefined;
    body['required'] = true;
    return ['request-body-became-required'];
  },
  (op) => {
    const params = op['parameters'] as Json[] | undefined;
    const index = params?.findIndex((p) => p['$ref'] === undefined && p['in'] === 'query' && p['required'] !== true) ?? -1;
    if (params === undefined || index < 0) return undefined;
    params[index] = { ...params[index], required: true };
    return ['request-parameter-became-required'];
  },
  (op) => {
    op['description'] = `${String(op['description'] ?? '')} (edited by the benchmark)`;
    return [];
  },
  (_op, _path, method, doc, n) => {
    doc['paths'][`/bench/${n}`] = { [method]: { operationId: `bench-added-${n}`, responses: { '200': { description: 'ok' } } } };
    return ['api-added'];
  },
];

/** Writes the revision (50 changes, five of each kind, on distinct operations) and returns what each change must produce. */
function writeRevision(file: string): Scripted[] {
  const doc = JSON.parse(readFileSync(GITHUB, 'utf8')) as Json;
  const operations = Object.keys(doc['paths'] as Json).sort().flatMap((path) => METHODS.filter((m) => doc['paths'][path][m] !== undefined).map((method) => ({ path, method })));
  const scripted: Scripted[] = [];
  let next = 0;
  KINDS.forEach((kind, k) => {
    for (let done = 0; done < 5 && next < operations.length; next += 1) {
      const { path, method } = operations[next] as { path: string; method: string };
      const op = doc['paths'][path]?.[method] as Json | undefined;
      if (op === undefined) continue;
      const n = k * 5 + done;
      const rules = kind(op, path, method, doc, n);
      if (rules === undefined) continue;
      scripted.push({ rules, method, path: rules.includes('api-added') ? `/bench/${n}` : path });
      done += 1;
    }
  });
  writeFileSync(file, JSON.stringify(doc));
  return scripted;
}

function found(scripted: readonly Scripted[], reportFile: string): number {
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { changes: { rule: string; method: string; path: string }[] };
  return scripted.filter((s) => s.rules.length === 0 || report.changes.some((c) => s.rules.includes(c.rule) && c.method === s.method && c.path === s.path)).length;
}

/** Runs benchmark 7 and returns its section. */
export async function runDiffBench(options: BenchOptions): Promise<Section> {
  const started = performance.now();
  const notes: string[] = [];
  const title = '7. Spec diff: GitHub REST API document against a copy with 50 scripted changes';
  if (!existsSync(GITHUB)) {
    return { id: 'diff', title, tables: [], targets: [atMost('diff ÷ generate (time)', undefined, 1)], notes: [`skipped: ${GITHUB} is absent (npm ci installs @octokit/openapi)`], data: {}, elapsedMs: 0 };
  }
  notes.push(prepareOurs());
  const work = mkdtempSync(join(tmpdir(), 'bench-diff-'));
  try {
    const revision = join(work, 'revised.json');
    const scripted = writeRevision(revision);
    const runs = options.quick ? 1 : 3;
    const diffRuns: ProcessRun[] = [];
    const generateRuns: ProcessRun[] = [];
    let recognised = 0;
    const bin = join(REPO_ROOT, 'generator/bin/api-contracts.js');
    for (let round = 0; round < runs; round++) {
      const reports = join(work, `reports-${round}`);
      // `diff` exits 1 here (the changes include breaking ones): a run counts when it wrote its report.
      const diff = await measureProcess(process.execPath, [bin, 'diff', GITHUB, revision, '--report-dir', reports], { cwd: REPO_ROOT, timeoutMs: RUN_TIMEOUT_MS });
      const report = join(reports, 'diff.json');
      if (diff.timedOut || !existsSync(report)) throw new Error(`diff failed: ${diff.firstErrorLine ?? 'no report written'}`);
      diffRuns.push(diff);
      recognised = found(scripted, report);
      const cmd = ours.prepare(GITHUB, join(work, `generated-${round}`));
      const generate = await measureProcess(cmd.command, cmd.args, { cwd: cmd.cwd, timeoutMs: RUN_TIMEOUT_MS });
      if (!generate.ok) throw new Error(`generate failed: ${generate.firstErrorLine ?? 'no output'}`);
      generateRuns.push(generate);
    }
    const diffTime = summarize(diffRuns.map((r) => r.wallMs / 1000));
    const generateTime = summarize(generateRuns.map((r) => r.wallMs / 1000));
    const ratio = diffTime.median / generateTime.median;
    const table = {
      columns: ['command', 'runs', 'median s', 'min–max s'],
      rows: [
        ['api-contracts diff (base, revision)', String(diffRuns.length), fixed(diffTime.median), `${fixed(diffTime.min)}–${fixed(diffTime.max)}`],
        ['api-contracts generate (base)', String(generateRuns.length), fixed(generateTime.median), `${fixed(generateTime.min)}–${fixed(generateTime.max)}`],
      ],
    };
    notes.push(
      `diff ÷ generate (time): ${fixed(ratio)}.`,
      `The diff reported ${recognised} of the ${scripted.length} scripted changes (five each of: operation removed, operationId renamed, required query parameter added, required header added, optional query parameter added, 200 renamed to 203, request body made required, optional query parameter made required, description edited, operation added).`,
      'Whole process, spawned as `node generator/bin/api-contracts.js …`, wall time from spawn to exit; diff loads and validates both documents.',
    );
    return {
      id: 'diff',
      title,
      tables: [table],
      targets: [atMost('diff ÷ generate (time)', ratio, 1)],
      notes,
      data: { scripted: scripted.length, recognised, diffMs: diffRuns.map((r) => r.wallMs), generateMs: generateRuns.map((r) => r.wallMs) },
      elapsedMs: performance.now() - started,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

runIfMain(import.meta.url, runDiffBench);

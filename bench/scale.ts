/**
 * Benchmark 5, scale: api-contracts' whole-process generation time and peak RSS on synthetic
 * documents (bench/synthetic-spec.ts) of growing size, and the exponent `k` of time ≈ c·n^k
 * fitted by least squares on log-log (k ≈ 1: linear).
 *
 * The issue’s sizes are 100, 1,000 and 5,000 operations; 20 is added so a fit exists
 * even when the large sizes cannot run, and a 4-operation document measures the fixed start-up
 * cost (the "marginal" fit subtracts it). Sizes run smallest first, one run each; a size whose
 * projected time (from the fit so far, never below linear) exceeds the per-run timeout is
 * skipped and its projection printed, so the benchmark stays bounded.
 *
 * Run alone: `npx tsx bench/scale.ts [--quick]`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ours, prepareOurs } from './lib/generators.js';
import { measureProcess, type ProcessRun } from './lib/measure-process.js';
import { runIfMain, type BenchOptions } from './lib/standalone.js';
import { fixed, kibToMib, powerLawExponent } from './lib/stats.js';
import { atMost, type Section } from './report.js';
import { syntheticSpec } from './synthetic-spec.js';

const RUN_TIMEOUT_MS = 180_000;
const ISSUE_SIZES = [100, 1_000, 5_000];
const BASELINE = 4;

interface Point {
  readonly operations: number;
  readonly run: ProcessRun | undefined;
  readonly skipped: string | undefined;
}

async function generate(operations: number): Promise<ProcessRun> {
  const dir = mkdtempSync(join(tmpdir(), `bench-scale-${operations}-`));
  try {
    const specPath = join(dir, `synthetic-${operations}.json`);
    writeFileSync(specPath, JSON.stringify(syntheticSpec(operations)));
    const cmd = ours.prepare(specPath, dir);
    return await measureProcess(cmd.command, cmd.args, { cwd: cmd.cwd, timeoutMs: RUN_TIMEOUT_MS });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function fitPoints(points: readonly Point[], minOps: number, minus = 0): { x: number; y: number }[] {
  return points.flatMap((p) => (p.run?.ok && p.operations >= minOps && p.run.wallMs - minus > 0 ? [{ x: p.operations, y: p.run.wallMs - minus }] : []));
}

function fitOrUndefined(points: readonly { x: number; y: number }[]): number | undefined {
  return points.length >= 2 ? powerLawExponent(points) : undefined;
}

/** Projected wall time (ms) at `operations` from the largest measured point, growth exponent at least 1. */
function projectMs(points: readonly Point[], operations: number): number | undefined {
  const fit = fitPoints(points, BASELINE + 1);
  const last = fit[fit.length - 1];
  if (!last) return undefined;
  const k = Math.max(1, fitOrUndefined(fit) ?? 1);
  return last.y * (operations / last.x) ** k;
}

/** Runs benchmark 5 and returns its section. */
export async function runScale(options: BenchOptions): Promise<Section> {
  const started = performance.now();
  const bundleNote = prepareOurs();
  const sizes = options.quick ? [BASELINE, 20, 40] : [BASELINE, 20, ...ISSUE_SIZES];
  const points: Point[] = [];
  for (const operations of sizes) {
    const failedBefore = points.some((p) => p.run && !p.run.ok);
    const projected = projectMs(points, operations);
    if (failedBefore) points.push({ operations, run: undefined, skipped: 'skipped: a smaller size already failed' });
    else if (projected !== undefined && projected > RUN_TIMEOUT_MS) {
      points.push({ operations, run: undefined, skipped: `skipped: projected ${fixed(projected / 1000, 0)} s exceeds the ${RUN_TIMEOUT_MS / 1000} s per-run timeout` });
    } else points.push({ operations, run: await generate(operations), skipped: undefined });
  }
  const baselineMs = points.find((p) => p.operations === BASELINE)?.run?.wallMs ?? 0;
  const raw = fitOrUndefined(fitPoints(points, BASELINE + 1));
  const marginal = fitOrUndefined(fitPoints(points, BASELINE + 1, baselineMs));
  const issueOnly = fitPoints(points, ISSUE_SIZES[0]!);
  const issueFit = issueOnly.length === ISSUE_SIZES.length ? powerLawExponent(issueOnly) : undefined;
  const rows = points.map((p) => [
    `${p.operations.toLocaleString('en-US')}${ISSUE_SIZES.includes(p.operations) ? ' (issue size)' : ''}`,
    fixed(p.run ? p.run.wallMs / 1000 : undefined),
    p.run?.ok ? fixed((p.run.wallMs - baselineMs) / p.operations, 1) : '–',
    kibToMib(p.run?.peakRssKib),
    p.skipped ?? (p.run?.ok ? 'ok' : (p.run?.firstErrorLine ?? 'failed')),
  ]);
  return {
    id: 'scale',
    title: '5. Scale: generation time and memory vs document size (api-contracts)',
    tables: [
      { columns: ['operations', 'wall s', 'ms per operation above the 4-op baseline', 'peak RSS MiB', 'status'], rows },
      {
        caption: 'Growth exponent k of time ≈ c·n^k (least squares on log-log):',
        columns: ['fit', 'k'],
        rows: [
          ['issue sizes 100 / 1,000 / 5,000', issueFit === undefined ? 'not measured (sizes skipped or failed)' : fixed(issueFit)],
          ['every measured size ≥ 20 operations, raw wall time', fixed(raw)],
          ['every measured size ≥ 20 operations, minus the 4-operation start-up time', fixed(marginal)],
        ],
      },
    ],
    targets: [atMost('growth exponent k on the issue sizes 100 / 1,000 / 5,000, close to linear', issueFit, 1.2)],
    notes: [
      bundleNote,
      'Synthetic documents: PayQuicker’s four Jobs operations and all its component schemas cloned with numbered names (bench/synthetic-spec.ts), JSON.',
      `One run per size (growth, not noise, is the point); per-run timeout ${RUN_TIMEOUT_MS / 1000} s.`,
      'The issue asks for growth “close to linear” without a number; 1.2 is used as the limit here. When a size is skipped or fails the target is NOT MEASURED; the fits over the smaller sizes are shown for information.',
    ],
    data: { baselineMs, exponents: { issueSizes: issueFit, raw, marginal }, points: points.map((p) => ({ operations: p.operations, wallMs: p.run?.wallMs, peakRssKib: p.run?.peakRssKib, ok: p.run?.ok, skipped: p.skipped, error: p.run?.ok ? undefined : p.run?.firstErrorLine })) },
    elapsedMs: performance.now() - started,
  };
}

runIfMain(import.meta.url, runScale);

/**
 * `npm run bench`: runs the nine benchmarks one after another, each in a fresh Node process
 * (`node --expose-gc --import tsx <script> --json <file>`, so one benchmark's JIT state and heap
 * never colour the next), then writes bench/RESULTS.md (machine header, every target with
 * PASS/FAIL, one section per benchmark) and bench/results.json (the same plus raw numbers).
 *
 * Flags: `--quick` (fewer runs, for development; the header says so), `--only a,b` (benchmark
 * ids: generation, validators, client-overhead, replay, scale, sandbox-load, diff, explore, installed).
 * Exit code 0 even when targets FAIL (they are results); 1 when a benchmark itself crashed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { peakRssMethod } from './lib/measure-process.js';
import { REPO_ROOT } from './lib/versions.js';
import { renderSection, renderTable, targetRow, type Section } from './report.js';

const BENCHMARKS: readonly { id: string; script: string; title: string }[] = [
  { id: 'generation', script: 'bench/generation.ts', title: '1. Generation' },
  { id: 'validators', script: 'bench/validators/run.ts', title: '2. Validators' },
  { id: 'client-overhead', script: 'bench/client-overhead.ts', title: '3. Client overhead' },
  { id: 'replay', script: 'bench/replay.ts', title: '4. Replay and drift' },
  { id: 'scale', script: 'bench/scale.ts', title: '5. Scale' },
  { id: 'sandbox-load', script: 'bench/sandbox-load.ts', title: '6. Sandbox load test' },
  { id: 'diff', script: 'bench/diff.ts', title: '7. Spec diff' },
  { id: 'explore', script: 'bench/explore.ts', title: '8. Explore' },
  { id: 'installed', script: 'bench/installed.ts', title: '9. The installed package' },
];

/** Runs one benchmark script in its own process; its Markdown goes to our stdout as it comes. */
async function runBenchmark(script: string, jsonPath: string, quick: boolean): Promise<{ code: number | null; stderr: string }> {
  const args = ['--expose-gc', '--import', 'tsx', script, '--json', jsonPath, ...(quick ? ['--quick'] : [])];
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stderr };
}

function crashSection(id: string, title: string, stderr: string, elapsedMs: number): Section {
  const firstLine = stderr.split('\n').find((l) => l.trim() !== '') ?? 'no output';
  return { id, title: `${title}: did not complete`, tables: [], targets: [], notes: [`The benchmark crashed: ${firstLine}`], data: { crashed: true, stderr }, elapsedMs };
}

function machine(quick: boolean, elapsedMs: number, load: number[]): Record<string, string> {
  return {
    date: new Date().toISOString(),
    cpus: `${availableParallelism()} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    'load average at start (1/5/15 min)': load.map((l) => l.toFixed(2)).join(' / '),
    'peak RSS method': peakRssMethod(),
    mode: quick ? 'QUICK (fewer runs; not for publishing)' : 'full',
    'total time': `${(elapsedMs / 1000).toFixed(0)} s`,
  };
}

function renderReport(header: Record<string, string>, sections: readonly Section[]): string {
  const summary = sections.flatMap((s) => s.targets.map((t) => [s.title.split(':')[0] ?? s.id, ...targetRow(t)]));
  return [
    '# Benchmark results',
    'Written by `npm run bench` (bench/run-all.ts); see bench/README.md for what each benchmark measures. Ratios are measured side by side in one run on one machine; absolute times drift on shared machines, ratios much less.',
    renderTable({ columns: ['', ''], rows: Object.entries(header) }),
    '## Targets at a glance',
    renderTable({ columns: ['benchmark', 'target', 'limit', 'measured', 'verdict'], rows: summary }),
    ...sections.map(renderSection),
  ].join('\n\n') + '\n';
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const onlyIndex = args.indexOf('--only');
  const only = onlyIndex >= 0 ? new Set((args[onlyIndex + 1] ?? '').split(',')) : undefined;
  const load = loadavg();
  const started = performance.now();
  const scratch = mkdtempSync(join(tmpdir(), 'bench-all-'));
  const sections: Section[] = [];
  let crashed = false;
  try {
    for (const bench of BENCHMARKS.filter((b) => !only || only.has(b.id))) {
      const jsonPath = join(scratch, `${bench.id}.json`);
      const benchStarted = performance.now();
      const { code, stderr } = await runBenchmark(bench.script, jsonPath, quick);
      if (code === 0 && existsSync(jsonPath)) sections.push(JSON.parse(readFileSync(jsonPath, 'utf8')) as Section);
      else {
        crashed = true;
        sections.push(crashSection(bench.id, bench.title, stderr, performance.now() - benchStarted));
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const header = machine(quick, performance.now() - started, load);
  writeFileSync(join(REPO_ROOT, 'bench/RESULTS.md'), renderReport(header, sections));
  writeFileSync(join(REPO_ROOT, 'bench/results.json'), `${JSON.stringify({ machine: header, sections }, null, 2)}\n`);
  process.stdout.write(`\nwrote bench/RESULTS.md and bench/results.json in ${header['total time']}\n`);
  return crashed ? 1 : 0;
}

process.exitCode = await main();

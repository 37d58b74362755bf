/**
 * Benchmark 10, the installed package (issue 14, item 6): api-contracts packed and installed into
 * an empty project (lib/installed-package.ts), measured as another repository runs it, side by side
 * in one run, whole process, median of 5 interleaved runs:
 * - `generate` on spec/payquicker.yaml against openapi-typescript on the same file (≤ 1.00×);
 * - `--help` (≤ 0.3 s), beside the in-checkout bin's for information;
 * - `generate` on the vendor's ABConnect document against the in-checkout bin (no slower: ≤ 1.02×,
 *   the same bundle on both sides, so 2% is left for run-to-run noise; skipped when ../shared is absent).
 *
 * Run alone: `npx tsx bench/installed.ts [--quick]`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { apiContracts, openapiTypescript, ours, prepareOurs, type Command, type Generator } from './lib/generators.js';
import { installPackedCheckout } from './lib/installed-package.js';
import { measureProcess } from './lib/measure-process.js';
import { runIfMain, type BenchOptions } from './lib/standalone.js';
import { fixed, summarize, type Summary } from './lib/stats.js';
import { REPO_ROOT, VENDOR_ABCONNECT_DOCUMENT } from './lib/versions.js';
import { atMost, information, type Section, type Table, type Target } from './report.js';

const RUN_TIMEOUT_MS = 180_000;

/** One command measured repeatedly; `make` gets a fresh scratch folder per run. */
interface Contender {
  readonly label: string;
  readonly version: string;
  make(workDir: string): Command;
}

/** Wall times of one contender, in seconds, or the first error line of its failed run. */
interface Measured {
  readonly contender: Contender;
  readonly seconds: number[];
  failure?: string;
}

function generating(generator: Generator, specPath: string): Contender {
  return { label: `${generator.tool} generate`, version: generator.version, make: (workDir) => generator.prepare(specPath, workDir) };
}

function help(label: string, bin: string, cwd: string): Contender {
  return { label, version: ours.version, make: () => ({ command: process.execPath, args: [bin, '--help'], cwd }) };
}

/** `runs` rounds; in each, every contender runs once (A, B, A, B…), so machine drift hits all alike. */
async function interleaved(contenders: readonly Contender[], runs: number): Promise<Measured[]> {
  const measured: Measured[] = contenders.map((contender) => ({ contender, seconds: [] }));
  for (let round = 0; round < runs; round++) {
    for (const m of measured) {
      if (m.failure !== undefined) continue;
      const workDir = mkdtempSync(join(tmpdir(), 'bench-installed-run-'));
      try {
        const cmd = m.contender.make(workDir);
        const run = await measureProcess(cmd.command, cmd.args, { cwd: cmd.cwd, timeoutMs: RUN_TIMEOUT_MS });
        if (run.ok) m.seconds.push(run.wallMs / 1000);
        else m.failure = run.firstErrorLine ?? 'failed';
      } finally {
        rmSync(workDir, { recursive: true, force: true });
      }
    }
  }
  return measured;
}

function median(m: Measured | undefined): Summary | undefined {
  return m && m.failure === undefined && m.seconds.length > 0 ? summarize(m.seconds) : undefined;
}

function ratio(a: Measured | undefined, b: Measured | undefined): number | undefined {
  const x = median(a);
  const y = median(b);
  return x && y ? x.median / y.median : undefined;
}

function table(caption: string, measured: readonly Measured[]): Table {
  const first = measured[0];
  return {
    caption,
    columns: ['command', 'version', 'runs', 'median s', 'min–max s', 'first ÷ this (time)', 'status'],
    rows: measured.map((m) => {
      const s = median(m);
      return [m.contender.label, m.contender.version, String(m.seconds.length), fixed(s?.median), s ? `${fixed(s.min)}–${fixed(s.max)}` : '–', fixed(ratio(first, m)), m.failure ?? 'ok'];
    }),
  };
}

/** Limit of installed ÷ checkout on the vendor document: the same code, so only noise above 1.00. */
const VENDOR_NOISE_LIMIT = 1.02;

/** Runs benchmark 10 and returns its section. */
export async function runInstalled(options: BenchOptions): Promise<Section> {
  const started = performance.now();
  const runs = options.quick ? 1 : 5;
  const notes = [prepareOurs()];
  const installed = await installPackedCheckout();
  try {
    const mine = apiContracts('ours-installed', 'api-contracts (installed)', installed.bin, installed.project);
    const payquicker = join(REPO_ROOT, 'spec/payquicker.yaml');
    const generate = await interleaved([generating(mine, payquicker), generating(openapiTypescript, payquicker)], runs);
    const helps = await interleaved([help('api-contracts --help (installed)', installed.bin, installed.project), help('api-contracts --help (this checkout)', join(REPO_ROOT, 'generator/bin/api-contracts.js'), REPO_ROOT)], runs);
    const tables = [table('**generate on spec/payquicker.yaml**', generate), table('**--help**', helps)];
    const targets: Target[] = [
      atMost('installed: generate on spec/payquicker.yaml, ours ÷ openapi-typescript (time)', ratio(generate[0], generate[1]), 1),
      atMost('installed: --help, median seconds', median(helps[0])?.median, 0.3),
      information('--help, installed ÷ this checkout (time)', ratio(helps[0], helps[1])),
    ];
    const data: Record<string, unknown> = { generate, helps };
    if (existsSync(VENDOR_ABCONNECT_DOCUMENT)) {
      const vendor = await interleaved([generating(mine, VENDOR_ABCONNECT_DOCUMENT), { ...generating(ours, VENDOR_ABCONNECT_DOCUMENT), label: 'api-contracts generate (this checkout)' }], runs);
      tables.push(table('**generate on the vendor ABConnect document (acportal-swagger.json, 294 operations)**', vendor));
      // Both run the same bundle, so "no slower" allows run-to-run noise (medians of 5 differ by about 1%).
      targets.push(atMost('installed: generate on the vendor ABConnect document, installed ÷ this checkout (time)', ratio(vendor[0], vendor[1]), VENDOR_NOISE_LIMIT));
      data['vendor'] = vendor;
    } else {
      notes.push(`The vendor ABConnect document is absent (${VENDOR_ABCONNECT_DOCUMENT} lives outside the repository): its row is skipped.`);
    }
    notes.push(
      `The package is packed from this checkout and installed into an empty project with \`npm install --prefer-offline\`; each command is spawned as \`node <the installed bin>\` from that project (openapi-typescript and the checkout's bin as in benchmark 1). Whole process, wall time from spawn to exit; median of ${runs} interleaved runs.`,
      'Targets (issue 14, item 6): generate on spec/payquicker.yaml at most 1.00× openapi-typescript’s time; --help at most 0.3 s; on the vendor ABConnect document no slower than the bin of this checkout measured in the same run (≤ 1.02: both run the same bundle, the 2% is run-to-run noise).',
    );
    return { id: 'installed', title: '8. The installed package: generate and --help as another repository runs them', tables, targets, notes, data, elapsedMs: performance.now() - started };
  } finally {
    installed.remove();
  }
}

runIfMain(import.meta.url, runInstalled);

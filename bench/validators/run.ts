/**
 * Benchmark 2, validators: operations per second of `validatePaymentJobResult` (generated) and of
 * ajv, zod, valibot and TypeBox on the same rules, for a valid 10-item `PaymentJobResult` and
 * for one with a bad nested token. One process; every contender is warmed up, then timed in 5
 * interleaved rounds (so machine drift hits all alike); the median round is reported.
 *
 * Run alone: `npx tsx bench/validators/run.ts [--quick]`.
 * @throws Error (aborting the benchmark) when the validators disagree on any probe document:
 *   timing validators that check different rules would be meaningless.
 */
import { performance } from 'node:perf_hooks';
import { aimAtLeast, atLeast, information, type Section, type Target } from '../report.js';
import { runIfMain, type BenchOptions } from '../lib/standalone.js';
import { fixed, grouped, summarize, type Summary } from '../lib/stats.js';
import { contenders, type Contender } from './contenders.js';
import { invalidJob, probes, validJob } from './fixtures.js';

const ROUNDS = 5;
// Counts valid results; reported in the data so the timed calls have an observable effect.
let sink = 0;

function assertAgreement(list: readonly Contender[]): void {
  const problems: string[] = [];
  for (const probe of probes()) {
    for (const c of list) {
      if (c.ignores?.includes(probe.name)) continue;
      if (c.check(probe.value) !== probe.valid) problems.push(`${c.id} says ${probe.valid ? 'invalid' : 'valid'} for "${probe.name}"`);
    }
  }
  if (problems.length > 0) throw new Error(`validators disagree, benchmark aborted:\n  ${problems.join('\n  ')}`);
}

/** Operations per second of `iterations` calls of `check(doc)`. */
function opsPerSecond(check: (value: unknown) => boolean, doc: unknown, iterations: number): number {
  const started = performance.now();
  for (let i = 0; i < iterations; i++) if (check(doc)) sink++;
  return iterations / ((performance.now() - started) / 1000);
}

/** Warms `check` up and returns the iteration count that takes about `roundMs`. */
function calibrate(check: (value: unknown) => boolean, doc: unknown, roundMs: number): number {
  let n = 500;
  for (;;) {
    const started = performance.now();
    for (let i = 0; i < n; i++) if (check(doc)) sink++;
    const ms = performance.now() - started;
    if (ms >= roundMs / 2) return Math.max(1, Math.round((n * roundMs) / ms));
    n *= 2;
  }
}

function measure(list: readonly Contender[], doc: unknown, roundMs: number): Map<string, Summary> {
  const iterations = new Map(list.map((c) => [c.id, calibrate(c.check, doc, roundMs)]));
  const samples = new Map<string, number[]>(list.map((c) => [c.id, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < list.length; k++) {
      const c = list[(k + round) % list.length]!;
      samples.get(c.id)!.push(opsPerSecond(c.check, doc, iterations.get(c.id)!));
    }
  }
  return new Map([...samples].map(([id, values]) => [id, summarize(values)]));
}

function ratio(results: Map<string, Summary>, id: string): number | undefined {
  const ours = results.get('ours')?.median;
  const other = results.get(id)?.median;
  return ours === undefined || other === undefined ? undefined : ours / other;
}

/**
 * How much faster than ajv the generated validators must stay (issue 15: readable output must not
 * cost speed): twice as fast on the valid document, 1.5 times on the invalid one.
 */
const AJV_LIMIT: Readonly<Record<string, number>> = { valid: 2, invalid: 1.5 };

function targetsFor(kind: string, results: Map<string, Summary>): Target[] {
  const ajv = AJV_LIMIT[kind] ?? 1;
  return [
    atLeast(`${kind}: ours ÷ ajv (allErrors:false)`, ratio(results, 'ajv-first'), ajv),
    atLeast(`${kind}: ours ÷ ajv (allErrors:true)`, ratio(results, 'ajv-all'), ajv),
    atLeast(`${kind}: ours ÷ zod`, ratio(results, 'zod'), 2),
    aimAtLeast(`${kind}: ours ÷ TypeBox compiled`, ratio(results, 'typebox'), 1),
    information(`${kind}: ours ÷ TypeBox without uniqueItems`, ratio(results, 'typebox-no-unique')),
  ];
}

/** Runs benchmark 2 and returns its section (ops/s per contender, ratios, targets). */
export async function runValidators(options: BenchOptions): Promise<Section> {
  const started = performance.now();
  const list = contenders();
  assertAgreement(list);
  const roundMs = options.quick ? 60 : 400;
  const valid = measure(list, validJob(), roundMs);
  const invalid = measure(list, invalidJob(), roundMs);
  const cell = (s: Summary | undefined) => (s ? grouped(s.median) : '–');
  const range = (s: Summary | undefined) => (s ? `${grouped(s.min)}–${grouped(s.max)}` : '–');
  const rows = list.map((c) => [
    c.tool, c.version, c.call,
    cell(valid.get(c.id)), range(valid.get(c.id)), fixed(ratio(valid, c.id)),
    cell(invalid.get(c.id)), range(invalid.get(c.id)), fixed(ratio(invalid, c.id)),
  ]);
  return {
    id: 'validators',
    title: '2. Validators: PaymentJobResult, ops/s',
    tables: [{
      columns: ['validator', 'version', 'call', 'valid ops/s (median)', 'valid min–max', 'ours ÷ tool', 'invalid ops/s (median)', 'invalid min–max', 'ours ÷ tool'],
      rows,
    }],
    targets: [...targetsFor('valid', valid), ...targetsFor('invalid', invalid)],
    notes: [
      `Median of ${ROUNDS} interleaved rounds of about ${roundMs} ms each after a warm-up, one process${options.quick ? ' (quick mode)' : ''}.`,
      'Valid: a 10-item job using every property; invalid: the same job with items[7].destinationToken breaking its pattern (length kept).',
      'All validators first judged 9 probe documents (one break per kind of rule) identically; the benchmark aborts otherwise.',
      'ajv compiles `spec#/components/schemas/PaymentJobResult` from the whole spec (Ajv2020, ajv-formats, strict:false); zod, valibot and TypeBox schemas are hand-written in bench/validators/ with the enums read from the spec.',
      'String lengths: ours and ajv count code points as JSON Schema says; zod, valibot and TypeBox count UTF-16 units (same result on these ASCII documents).',
      '"ours ÷ tool" is ours (validatePaymentJobResult) ops/s divided by the tool ops/s; above 1 means ours is faster.',
    ],
    data: {
      validResultsCounted: sink,
      roundMs,
      rounds: ROUNDS,
      contenders: list.map((c) => ({ id: c.id, tool: c.tool, version: c.version, call: c.call, valid: valid.get(c.id), invalid: invalid.get(c.id) })),
    },
    elapsedMs: performance.now() - started,
  };
}

runIfMain(import.meta.url, runValidators);

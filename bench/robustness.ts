/**
 * Benchmark 9, robustness: a handful of public real-world documents from the
 * `@readme/oas-examples` devDependency (ReadMe's OpenAPI 3.0 and 3.1 examples: a real API, the
 * Train Travel API, and the edge-case sets for webhooks, discriminators, parameter styles and
 * schema types), each run through api-contracts, openapi-typescript and Hey API, reporting
 * side by side whether generation succeeded (exit 0) and whether its output type-checks under
 * `tsc --strict` (`exactOptionalPropertyTypes`, `noUncheckedIndexedAccess`, as a strict consumer
 * would; `skipLibCheck`). A pass/fail table, not a timing: nothing here has a target.
 *
 * Each run's output goes to a fresh folder under the repository (so Hey API's `zod` import
 * resolves from its node_modules), removed at the end.
 *
 * Run alone: `npx tsx bench/robustness.ts [--quick] [--docs <folder of the package>]`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { heyApi, openapiTypescript, ours, prepareOurs, type Generator } from './lib/generators.js';
import { measureProcess } from './lib/measure-process.js';
import { runIfMain, type BenchOptions } from './lib/standalone.js';
import { REPO_ROOT } from './lib/versions.js';
import type { Section } from './report.js';

/** The documents, as paths inside the `@readme/oas-examples` package. */
const DOCUMENTS: readonly string[] = [
  '3.1/json/train-travel.json',
  '3.1/json/readme.json',
  '3.1/json/webhooks.json',
  '3.1/json/schema-types.json',
  '3.0/json/discriminators.json',
  '3.0/json/parameters-style.json',
  '3.0/json/petstore-expanded.json',
];

const GENERATORS: readonly Generator[] = [ours, openapiTypescript, heyApi];
const RUN_TIMEOUT_MS = 180_000;

/** The strict consumer settings the output is checked with (as generator/test/typecheck.ts). */
const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    types: ['node'],
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    skipLibCheck: true,
  },
  include: ['out/**/*.ts'],
};

/** One cell pair: `ok`, `FAIL (first error line)`, or `–` when generation failed first. */
interface Outcome {
  readonly generate: string;
  readonly tsc: string;
}

function packageFolder(args: readonly string[]): string {
  const index = args.indexOf('--docs');
  const given = index >= 0 ? args[index + 1] : undefined;
  if (given !== undefined) return given;
  return dirname(createRequire(join(REPO_ROOT, 'package.json')).resolve('@readme/oas-examples/package.json'));
}

function failure(firstErrorLine: string | undefined, timedOut: boolean): string {
  if (timedOut) return 'FAIL (timed out)';
  return `FAIL (${(firstErrorLine ?? 'no message').replace(/\|/g, '\\|').slice(0, 80)})`;
}

async function runOne(generator: Generator, spec: string, scratch: string): Promise<Outcome> {
  const workDir = mkdtempSync(join(scratch, `${generator.id}-`));
  const cmd = generator.prepare(spec, workDir);
  const generated = await measureProcess(cmd.command, cmd.args, { cwd: cmd.cwd, timeoutMs: RUN_TIMEOUT_MS });
  if (!generated.ok) return { generate: failure(generated.firstErrorLine, generated.timedOut), tsc: '–' };
  writeFileSync(join(workDir, 'tsconfig.json'), JSON.stringify(TSCONFIG));
  const tsc = join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
  const checked = await measureProcess(process.execPath, [tsc, '-p', workDir, '--pretty', 'false'], { cwd: workDir, timeoutMs: RUN_TIMEOUT_MS });
  return { generate: 'ok', tsc: checked.ok ? 'ok' : failure(checked.firstErrorLine, checked.timedOut) };
}

async function robustness(options: BenchOptions): Promise<Section> {
  const started = performance.now();
  const notes = [prepareOurs()];
  const folder = packageFolder(process.argv.slice(2));
  const documents = options.quick ? DOCUMENTS.slice(0, 3) : DOCUMENTS;
  const scratch = mkdtempSync(join(REPO_ROOT, '.tmp-robustness-'));
  const rows: string[][] = [];
  const all: Outcome[][] = [];
  const data: Record<string, Record<string, Outcome | undefined>> = {};
  try {
    for (const document of documents) {
      const outcomes: Outcome[] = [];
      for (const generator of GENERATORS) outcomes.push(await runOne(generator, join(folder, document), scratch));
      all.push(outcomes);
      data[document] = Object.fromEntries(GENERATORS.map((g, i) => [g.id, outcomes[i]]));
      rows.push([`\`${document}\``, ...outcomes.flatMap((o) => [o.generate, o.tsc])]);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const count = (i: number, key: keyof Outcome): string => `${all.filter((o) => o[i]?.[key] === 'ok').length}/${all.length}`;
  rows.push(['**ok**', ...GENERATORS.flatMap((_, i) => [count(i, 'generate'), count(i, 'tsc')])]);
  notes.push(
    `Documents: @readme/oas-examples (${folder.includes('node_modules') ? 'the devDependency' : folder}); tsc: ${JSON.stringify(TSCONFIG.compilerOptions)}.`,
    'FAIL cells quote the first error line of the generator or of tsc.',
  );
  return {
    id: 'robustness',
    title: '9. Robustness: public documents through three generators',
    tables: [
      {
        columns: ['document', ...GENERATORS.flatMap((g) => [`${g.tool} generate`, `${g.tool} tsc`])],
        rows,
      },
    ],
    targets: [],
    notes,
    data,
    elapsedMs: performance.now() - started,
  };
}

runIfMain(import.meta.url, robustness);

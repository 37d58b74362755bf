/**
 * Synthetic OpenAPI 3.1 documents of a chosen size for the scale benchmark, built from
 * spec/payquicker.yaml's shapes: its four Jobs operations (the paths under `/payments/jobs`) and
 * all its component schemas are cloned `operations / 4` times with numbered names
 * (`/c7/payments/jobs`, `listPaymentJobs7`, tag `Jobs7`, `PaymentJobResult7`…), every
 * `#/components/schemas/…` `$ref` inside a clone pointing at its own numbered copies. Shared
 * components (parameters, responses, security schemes) and the original schemas stay as they are;
 * the token endpoint is dropped so the document has exactly `operations` operations.
 *
 * Run alone: `npx tsx bench/synthetic-spec.ts <operations> <out.json>`.
 */
import { writeFileSync } from 'node:fs';
import { isMain } from './lib/standalone.js';
import { loadSpec } from './validators/rules.js';

const OPERATIONS_PER_COPY = 4;
const SCHEMA_REF = '#/components/schemas/';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A deep copy of `value` with schema `$ref`s, operationIds and tags suffixed with `n`. */
function renumber(value: Json, n: number): Json {
  if (Array.isArray(value)) return value.map((v) => renumber(v, n));
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: Json } = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === '$ref' && typeof v === 'string' && v.startsWith(SCHEMA_REF)) out[key] = `${v}${n}`;
    else if (key === 'operationId' && typeof v === 'string') out[key] = `${v}${n}`;
    else if (key === 'tags' && Array.isArray(v)) out[key] = v.map((t) => `${String(t)}${n}`);
    else out[key] = renumber(v, n);
  }
  return out;
}

/**
 * A document with exactly `operations` operations (a positive multiple of 4).
 * @throws RangeError for any other count.
 */
export function syntheticSpec(operations: number): Record<string, Json> {
  if (!Number.isInteger(operations) || operations <= 0 || operations % OPERATIONS_PER_COPY !== 0) {
    throw new RangeError(`operations must be a positive multiple of ${OPERATIONS_PER_COPY}, got ${operations}`);
  }
  const spec = loadSpec() as Record<string, Json>;
  const paths = spec['paths'] as Record<string, Json>;
  const components = spec['components'] as Record<string, Record<string, Json>>;
  const jobPaths = Object.entries(paths).filter(([path]) => path.startsWith('/payments/jobs'));
  const schemas: Record<string, Json> = { ...components['schemas'] };
  const outPaths: Record<string, Json> = {};
  const tags: Json[] = [];
  for (let n = 1; n <= operations / OPERATIONS_PER_COPY; n++) {
    for (const [path, item] of jobPaths) outPaths[`/c${n}${path}`] = renumber(item, n);
    for (const [name, schema] of Object.entries(components['schemas'] ?? {})) schemas[`${name}${n}`] = renumber(schema, n);
    tags.push({ name: `Jobs${n}`, description: `Copy ${n} of the Jobs operations.` });
  }
  return {
    ...spec,
    info: { ...(spec['info'] as Record<string, Json>), title: `Synthetic API (${operations} operations)` },
    tags,
    paths: outPaths,
    components: { ...components, schemas },
  };
}

if (isMain(import.meta.url)) {
  const [count, out] = process.argv.slice(2);
  if (count === undefined || out === undefined) {
    process.stderr.write('usage: npx tsx bench/synthetic-spec.ts <operations> <out.json>\n');
    process.exitCode = 2;
  } else {
    writeFileSync(out, JSON.stringify(syntheticSpec(Number(count))));
  }
}

/**
 * The programmatic API (the package's `.` export): generate, checkDrift, lint and diff return the
 * structured results the CLI prints, and bad input is a UserError.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { fromPackageRoot } from '../../generator/src/package-root.js';
import { UserError, checkDrift, diff, generate, lint } from '../index.js';

const SPEC = fromPackageRoot('spec/payquicker.yaml');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'api-contracts-api-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('generate', () => {
  it('writes one spec\'s client and reports its files; check then finds it up to date, and names a changed file', async () => {
    const out = path.join(dir, 'pq');
    const written = await generate({ spec: SPEC, out, name: 'payquicker' });
    expect(written.mode).toBe('write');
    expect(written.upToDate).toBe(true);
    expect(written.apis.map((a) => [a.name, a.spec, a.output])).toEqual([['payquicker', SPEC, out]]);
    expect(written.apis[0]?.files).toEqual(expect.arrayContaining(['client.gen.ts', 'index.gen.ts', 'runtime/client-core.ts']));
    for (const file of written.apis[0]?.files ?? []) expect(existsSync(path.join(out, file))).toBe(true);
    expect((await generate({ spec: SPEC, out, name: 'payquicker', check: true })).upToDate).toBe(true);
    await writeFile(path.join(out, 'client.gen.ts'), '// edited\n');
    const stale = await generate({ spec: SPEC, out, name: 'payquicker', check: true });
    expect(stale.upToDate).toBe(false);
    expect(stale.apis[0]?.difference).toEqual({ changed: ['client.gen.ts'], missing: [], extra: [] });
  }, 120_000);

  it('throws a UserError for a spec that is not OpenAPI, and for --spec without --out', async () => {
    const bad = path.join(dir, 'bad.yaml');
    await writeFile(bad, 'just: text\n');
    await expect(generate({ spec: bad, out: path.join(dir, 'bad') })).rejects.toBeInstanceOf(UserError);
    await expect(generate({ spec: bad })).rejects.toThrow(/--spec and --out go together/);
    expect(existsSync(path.join(dir, 'bad'))).toBe(false);
  }, 60_000);
});

describe('checkDrift', () => {
  it('gives the verdict, the findings and, with reportDir, the report paths', async () => {
    const options = { target: 'sandbox', api: 'payquicker', scenarios: ['retrieve-payment-job'] } as const;
    const clean = await checkDrift(options);
    expect([clean.verdict, clean.result.findings.length, clean.reports]).toEqual(['passed', 0, undefined]);
    const reportDir = path.join(dir, 'reports');
    const drifted = await checkDrift({ ...options, sandboxDrift: ['type-change'], reportDir });
    expect(drifted.verdict).toBe('failed');
    expect(drifted.result.findings.map((f) => [f.level, f.operationId])).toEqual([['breaking', 'retrievePaymentJob']]);
    expect(drifted.reports).toEqual({ markdown: path.join(reportDir, 'drift.md'), json: path.join(reportDir, 'drift.json'), junit: path.join(reportDir, 'drift.junit.xml') });
    for (const file of Object.values(drifted.reports ?? {})) expect(existsSync(file)).toBe(true);
  }, 60_000);

  it('throws a UserError for an unknown scenario before anything is sent', async () => {
    await expect(checkDrift({ target: 'sandbox', scenarios: ['no-such-scenario'] })).rejects.toBeInstanceOf(UserError);
  });
});

describe('lint', () => {
  it('returns the problems of each file: none for our spec, a located parse error for a broken one', async () => {
    const broken = path.join(dir, 'broken.yaml');
    await writeFile(broken, 'openapi: 3.1.0\ninfo: [\n');
    const result = await lint([SPEC, broken]);
    expect(result[SPEC]).toEqual([]);
    expect(result[broken]?.map((d) => [d.code, d.severity])).toEqual([['parse-error', 'error']]);
  }, 60_000);
});

describe('diff', () => {
  it('reports a removed operation as breaking with a major bump, and no change of a spec against itself', async () => {
    const document = parse(await readFile(SPEC, 'utf8')) as { paths: Record<string, Record<string, { operationId?: string }>> };
    const [route] = Object.entries(document.paths).filter(([, item]) => Object.values(item).some((o) => o.operationId === 'cancelPaymentJob'));
    delete document.paths[route?.[0] ?? ''];
    const revision = path.join(dir, 'without-cancel.yaml');
    await writeFile(revision, stringify(document));
    const same = await diff({ base: SPEC, revision: SPEC });
    expect([same.changes.length, same.bump]).toEqual([0, 'patch']);
    const removed = await diff({ base: SPEC, revision });
    expect(removed.bump).toBe('major');
    expect(removed.changes.filter((c) => c.level === 'breaking').map((c) => c.operationId)).toContain('cancelPaymentJob');
    await expect(diff({ base: SPEC, revision: path.join(dir, 'missing.yaml') })).rejects.toBeInstanceOf(UserError);
  }, 60_000);
});

/**
 * `drift --spec FILE` and `--cassettes DIR`: a repo judges the answers against its own copy of the
 * spec and compares with its own cassettes instead of the packaged ones; a copy that cannot be
 * read is bad input (exit 2, nothing sent). Without them the packaged ones are found from the
 * package root, whatever the working directory.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../../../generator/src/package-root.js';
import { runCli } from '../../../generator/test/run-cli.js';
import { runDriftCommand, type DriftCliOptions } from '../../cli/drift-command.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'drift-own-copies-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(options: DriftCliOptions) {
  const out: string[] = [];
  const err: string[] = [];
  const reportDir = path.join(dir, 'reports');
  const code = await runDriftCommand({ target: 'sandbox', api: 'payquicker', scenario: ['retrieve-payment-job'], reportDir, ...options }, { out: (l) => out.push(l), err: (l) => err.push(l), env: {} });
  return { code, out, err };
}

describe('drift with a repo\'s own spec and cassettes', () => {
  it('judges against --spec: a copy without the 200 response of retrievePaymentJob makes the answer undocumented', async () => {
    const spec = parse(await readFile(fromPackageRoot('spec/payquicker.yaml'), 'utf8')) as { paths: Record<string, Record<string, { operationId?: string; responses: Record<string, unknown> }>> };
    const operation = Object.values(spec.paths).flatMap((item) => Object.values(item)).find((o) => o.operationId === 'retrievePaymentJob');
    delete operation?.responses['200'];
    const file = path.join(dir, 'our-payquicker.yaml');
    await writeFile(file, stringify(spec));
    const packaged = await run({});
    expect(packaged.code).toBe(0);
    const own = await run({ spec: file });
    expect(own.code).toBe(1);
    expect(own.out.some((line) => /^breaking\s+\S+\s+payquicker\/retrievePaymentJob/.test(line))).toBe(true);
  });

  it('compares with --cassettes: a folder without the scenario\'s cassette is checked against the spec only, and says so', async () => {
    const cassettes = path.join(dir, 'cassettes');
    await cp(fromPackageRoot('contract-tests/cassettes'), cassettes, { recursive: true });
    await rm(path.join(cassettes, 'payquicker/retrieve-payment-job.har'));
    const { code, err } = await run({ cassettes });
    expect(code).toBe(0);
    expect(err).toContain(`note: no cassette ${path.relative(process.cwd(), path.join(cassettes, 'payquicker/retrieve-payment-job.har'))}: payquicker/retrieve-payment-job is checked against the spec only`);
  });

  it('finds the packaged spec and cassettes from another working directory', async () => {
    const elsewhere = await mkdtemp(path.join(dir, 'elsewhere-'));
    const { code, stdout, stderr } = await runCli(['drift', '--target', 'sandbox', '--api', 'payquicker', '--scenario', 'retrieve-payment-job', '--report-dir', 'out'], elsewhere);
    expect([code, stderr]).toEqual([0, '[1/1] payquicker/retrieve-payment-job … 0 findings\n']);
    expect(stdout).toContain(`reports: ${path.join('out', 'drift.md')}`);
  }, 60_000);

  it.each([
    ['a spec file that does not exist', { spec: 'no-such-spec.yaml' }, /cannot read the spec .*no-such-spec\.yaml/],
    ['--spec without --api', { spec: 'spec/payquicker.yaml', api: undefined }, /--spec needs --api/],
    ['a cassettes folder that does not exist', { cassettes: 'no-such-folder' }, /--cassettes no-such-folder: no such folder/],
  ] as const)('refuses %s with exit 2', async (_what, options, message) => {
    const { code, err } = await run(options as DriftCliOptions);
    expect(code).toBe(2);
    expect(err.at(-1)).toMatch(message);
  });
});

/**
 * The command line as users and CI see it: help on every subcommand, unknown flags rejected with
 * exit code 2, and `lint` clean on both specs.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

const SUBCOMMANDS = ['generate', 'lint', 'sandbox', 'record', 'drift', 'diff', 'import-har'];

describe('api-contracts --help', () => {
  it('lists every subcommand and exits 0', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const name of SUBCOMMANDS) expect(stdout).toMatch(new RegExp(`^\\s+${name}\\b`, 'm'));
  });

  it.each(SUBCOMMANDS)('%s --help describes its flags and exits 0', async (name) => {
    const { code, stdout } = await runCli([name, '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: api-contracts ${name}`);
    expect(stdout).toContain('--help');
  });
});

describe('--allow-remote-refs', () => {
  it.each(['generate', 'lint'])('%s --help documents it', async (name) => {
    const { stdout } = await runCli([name, '--help']);
    expect(stdout).toMatch(/--allow-remote-refs\s+fetch http\(s\) \$refs/);
  });
});

describe('usage errors', () => {
  it.each([{ args: ['generate', '--no-such-flag'] }, { args: ['lint', '--bogus'] }, { args: ['drift', '--target', 'sandbox', '--bogus'] }, { args: ['diff', '--bogus'] }, { args: ['--bogus'] }])(
    '$args exits 2 naming the flag',
    async ({ args }) => {
      const { code, stderr } = await runCli(args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/unknown option '--(no-such-flag|bogus)'/);
    },
  );

  it('an unknown subcommand exits 2', async () => {
    const { code, stderr } = await runCli(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown command 'frobnicate'");
  });
});

describe('api-contracts lint', () => {
  it('finds no errors in either spec', async () => {
    const { code, stdout } = await runCli(['lint']);
    expect(stdout).toContain('spec/payquicker.yaml');
    expect(stdout).toContain('spec/abconnect.yaml');
    expect(stdout).toMatch(/2 specs linted: 0 errors, \d+ warnings/);
    expect(code).toBe(0);
  });
});

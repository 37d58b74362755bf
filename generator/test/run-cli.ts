/**
 * Runs the real `api-contracts` command (the package's `bin` file) in a child process, as a user
 * or CI would, and collects its exit code and output. Test helper.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The bin entry of package.json. */
export const BIN = fileURLToPath(new URL('../bin/api-contracts.js', import.meta.url));
/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Exit code and output of one run. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `api-contracts <args>` in `cwd` (default: the repository root). */
export function runCli(args: readonly string[], cwd = ROOT): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

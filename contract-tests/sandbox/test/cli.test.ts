/**
 * `api-contracts sandbox`: the first two stdout lines are the two base URLs, the server answers on
 * them, SIGTERM and SIGINT close it with exit 0, `--list-drifts` prints the catalogue, and bad flags
 * or unknown drift names exit 2. Runs the real `api-contracts` bin in a child process, and
 * runSandboxCommand in-process.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runSandboxCommand, type SandboxIo } from '../../cli/sandbox-command.js';
import { DRIFTS } from '../index.js';
import { call } from './helpers.js';

const BIN = fileURLToPath(new URL('../../../generator/bin/api-contracts.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function spawnCli(args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
}

/** The first `count` stdout lines of `child`. */
function firstLines(child: ChildProcessWithoutNullStreams, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const lines: string[] = [];
    const reader = createInterface({ input: child.stdout });
    reader.on('line', (line) => {
      lines.push(line);
      if (lines.length === count) resolve(lines);
    });
    child.on('exit', (code) => reject(new Error(`exited ${code} after ${lines.length} lines`)));
  });
}

function exitCode(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

/** An io that records lines and stops when `stop()` is called. */
function fakeIo(): SandboxIo & { lines: string[]; errors: string[]; stop: () => void; started: Promise<void> } {
  let stop = (): void => undefined;
  let started = (): void => undefined;
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    stop: () => stop(),
    started: new Promise((resolve) => (started = resolve)),
    out: (line) => {
      lines.push(line);
      if (lines.length === 2) started();
    },
    err: (line) => errors.push(line),
    stopSignal: () => new Promise((resolve) => (stop = () => resolve('SIGTERM'))),
  };
}

describe('sandbox command in a child process', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`prints the two base URLs first, serves them, and exits 0 on ${signal}`, async () => {
      const child = spawnCli(['sandbox', '--port', '0', '--seed', '1']);
      const exited = exitCode(child);
      const [payquicker, abconnect] = await firstLines(child, 2);
      expect(payquicker).toMatch(/^payquicker http:\/\/127\.0\.0\.1:\d+\/payquicker\/api\/v2$/);
      expect(abconnect).toMatch(/^abconnect http:\/\/127\.0\.0\.1:\d+\/abconnect\/api$/);
      const token = await call(`${payquicker?.split(' ')[1]}/auth/connect/token`, { method: 'POST' });
      expect(token.status).toBe(401);
      child.kill(signal);
      expect(await exited).toBe(0);
    });
  }

  it('exits 2 naming the valid drifts for an unknown --drift', async () => {
    const child = spawnCli(['sandbox', '--drift', 'nope']);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await exitCode(child)).toBe(2);
    expect(stderr).toContain("unknown drift 'nope'");
    for (const drift of DRIFTS) expect(stderr).toContain(drift.name);
  });
});

describe('runSandboxCommand', () => {
  it('starts with the flags given (credentials, drift) and closes when told to stop', async () => {
    const io = fakeIo();
    const done = runSandboxCommand({ seed: '3', drift: ['undocumented-status'], payquickerClientSecret: 'flag-secret', abconnectUsername: 'flag-user' }, io);
    await io.started;
    const base = io.lines[0]?.split(' ')[1] ?? '';
    const token = await call(`${base}/auth/connect/token`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from('sandbox-client:flag-secret').toString('base64')}`,
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-MyPayQuicker-Version': '2026.02.01',
      },
      body: 'grant_type=client_credentials',
    });
    expect(token.status).toBe(200);
    const access = (token.body as { access_token: string }).access_token;
    const list = await call(`${base}/payments/jobs?page=1&pageSize=1`, { headers: { Authorization: `Bearer ${access}`, 'X-MyPayQuicker-Version': '2026.02.01' } });
    expect(list.status).toBe(418);
    io.stop();
    expect(await done).toBe(0);
    await expect(fetch(`${base}/auth/connect/token`, { method: 'POST' })).rejects.toThrow();
  });

  it('--list-drifts prints one line per drift with its description and exits 0', async () => {
    const io = fakeIo();
    expect(await runSandboxCommand({ listDrifts: true }, io)).toBe(0);
    expect(io.lines).toHaveLength(DRIFTS.length);
    for (const [i, drift] of DRIFTS.entries()) {
      expect(io.lines[i]).toMatch(new RegExp(`^${drift.name} +\\S`));
      expect(io.lines[i]).toContain(drift.description);
    }
  });

  it('exits 2 for a flag value that is not a whole number or is out of range', async () => {
    for (const options of [{ port: 'eighty' }, { seed: '-1' }, { tokenTtl: '0' }, { port: '70000' }]) {
      const io = fakeIo();
      expect(await runSandboxCommand(options, io), JSON.stringify(options)).toBe(2);
      expect(io.errors.join('\n')).toMatch(/^error: /);
    }
  });
});

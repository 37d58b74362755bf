/**
 * Runs one command as a child process and measures it as a user would experience it: wall time
 * from spawn to exit (`performance.now()`, milliseconds) and peak resident set size (KiB).
 *
 * Peak RSS comes from GNU time (`/usr/bin/time -f %M`, i.e. `getrusage` `ru_maxrss` of the child
 * after it exits) when that binary exists; otherwise `/proc/<pid>/status` `VmHWM` is polled every
 * 20 ms (may miss a final spike; the report says which method was used). Each run gets its own
 * process group so a timeout kills the tool and everything it started.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const GNU_TIME = '/usr/bin/time';

/** Outcome of one measured run. `ok` is false for a non-zero exit, a signal or a timeout. */
export interface ProcessRun {
  readonly ok: boolean;
  readonly wallMs: number;
  readonly peakRssKib: number | undefined;
  readonly timedOut: boolean;
  /** First line of stderr that mentions an error (else the first stderr line), for failed runs. */
  readonly firstErrorLine: string | undefined;
}

/** Options of {@link measureProcess}. */
export interface MeasureOptions {
  readonly cwd?: string;
  /** Kill the run after this many milliseconds and report it as timed out. */
  readonly timeoutMs: number;
}

/** How peak memory is measured on this machine (printed in the report header). */
export function peakRssMethod(): string {
  if (existsSync(GNU_TIME)) return 'GNU time %M (ru_maxrss of the child)';
  return existsSync('/proc/self/status') ? '/proc/<pid>/status VmHWM polled every 20 ms' : 'unavailable';
}

function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

function firstErrorLine(stderr: string, stdout: string): string | undefined {
  const lines = stripAnsi(`${stderr}\n${stdout}`).split('\n').map((l) => l.trim()).filter(Boolean);
  const index = Math.max(0, lines.findIndex((l) => /error|fail|exception/i.test(l)));
  const line = lines[index];
  if (line === undefined) return undefined;
  // A heading such as "internal error (…):" says little on its own; its next line names the error.
  const detail = line.endsWith(':') && lines[index + 1] !== undefined ? `${line} ${lines[index + 1]}` : line;
  return detail.slice(0, 240);
}

function readVmHwm(pid: number): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `command args…` to completion (or until `timeoutMs`) and measures it. Never throws for a
 * failing tool: the failure is part of the result. Output is captured (last 64 KiB of each stream).
 */
export async function measureProcess(command: string, args: readonly string[], options: MeasureOptions): Promise<ProcessRun> {
  const useTime = existsSync(GNU_TIME);
  const scratch = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const timeFile = join(scratch, 'rusage');
  const [file, argv] = useTime ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout = (stdout + chunk.toString()).slice(-65536)));
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-65536)));
  let polledKib: number | undefined;
  const poller = useTime ? undefined : setInterval(() => (polledKib = readVmHwm(child.pid ?? -1) ?? polledKib), 20);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  }, options.timeoutMs);
  const exit = await new Promise<{ code: number | null; error?: Error }>((resolve) => {
    child.on('error', (error) => resolve({ code: null, error }));
    child.on('close', (code) => resolve({ code }));
  });
  const wallMs = performance.now() - started;
  clearTimeout(timer);
  if (poller) clearInterval(poller);
  const peakRssKib = useTime ? parseTimeFile(timeFile) : polledKib;
  rmSync(scratch, { recursive: true, force: true });
  const ok = exit.code === 0 && !timedOut;
  const errorLine = timedOut
    ? `timed out after ${Math.round(options.timeoutMs / 1000)} s`
    : (exit.error?.message ?? (ok ? undefined : firstErrorLine(stderr, stdout)));
  return { ok, wallMs, peakRssKib, timedOut, firstErrorLine: errorLine };
}

function parseTimeFile(path: string): number | undefined {
  try {
    // GNU time writes "Command exited with non-zero status N" before the format line on failure.
    const last = readFileSync(path, 'utf8').trim().split('\n').pop() ?? '';
    const kib = Number(last);
    return Number.isFinite(kib) && last !== '' ? kib : undefined;
  } catch {
    return undefined;
  }
}

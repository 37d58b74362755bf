/** startWorkerJob: one message to a worker thread, its answer or its failure named by label. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkerJob, type WorkerJob } from '../../src/worker-job.js';

let dir: string;
const script = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'worker-job-'));
  const header = "import { parentPort } from 'node:worker_threads';\n";
  await writeFile(script('double.mjs'), `${header}parentPort.on('message', (n) => parentPort.postMessage({ result: n * 2 }));\n`);
  const refuseOdd = "parentPort.on('message', (n) => parentPort.postMessage(n % 2 ? { error: 'no thanks' } : { result: n }));";
  await writeFile(script('refuse.mjs'), `${header}${refuseOdd}\n`);
  await writeFile(script('quit.mjs'), `${header}parentPort.once('message', () => process.exit(3));\n`);
  await writeFile(script('crash.mjs'), `${header}parentPort.once('message', () => { throw new Error('boom'); });\n`);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs `use` with a job on `name`, closing it afterwards. */
async function withJob(name: string, use: (job: WorkerJob<number, number>) => Promise<void>): Promise<void> {
  const job = startWorkerJob<number, number>(script(name), 'doubling');
  try {
    await use(job);
  } finally {
    await job.close();
  }
}

describe('startWorkerJob', () => {
  it("resolves to the worker's result", () => withJob('double.mjs', (job) => expect(job.run(21)).resolves.toBe(42)));

  it('answers inputs in turn, however many are sent at once', () =>
    withJob('double.mjs', (job) => expect(Promise.all([1, 2, 3].map((n) => job.run(n)))).resolves.toEqual([2, 4, 6])));

  it('rejects with the label and the message the worker reports, and goes on answering', () =>
    withJob('refuse.mjs', async (job) => {
      const [first, second] = [job.run(1), job.run(2)];
      await expect(first).rejects.toThrow('doubling failed: no thanks');
      await expect(second).resolves.toBe(2);
    }));

  it('rejects with the label when the worker crashes', () =>
    withJob('crash.mjs', (job) => expect(job.run(1)).rejects.toThrow('doubling failed: boom')));

  it('rejects with the label when the worker exits without answering', () =>
    withJob('quit.mjs', (job) => expect(job.run(1)).rejects.toThrow('doubling failed: its worker exited (code 3) without answering')));

  it('can be closed twice and before any run', async () => {
    const job = startWorkerJob<number, number>(script('double.mjs'), 'doubling');
    await job.close();
    await expect(job.close()).resolves.toBeUndefined();
  });
});

/** Cassettes are scanned before anything is written, then written all-or-nothing with no temporary file left. */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exchange } from '../../core/types.js';
import type { Cassette } from '../cassette.js';
import { SecretsFoundError, writeCassettes } from '../write-cassettes.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'write-cassettes-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function exchange(note: string): Exchange {
  return {
    operationId: 'listPaymentJobs',
    request: { method: 'GET', url: 'https://payquicker.cassette.invalid/api/v2/payments/jobs', path: '/payments/jobs', headers: {} },
    response: { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ note }) },
  };
}

function cassette(folder: string, scenario: string, note: string): Cassette {
  return { file: path.join(folder, 'payquicker', `${scenario}.har`), api: 'payquicker', scenario, exchanges: [exchange(note)] };
}

async function listing(folder: string): Promise<string[]> {
  return (await readdir(folder, { recursive: true })).sort();
}

describe('writeCassettes', () => {
  it('writes every cassette', async () => {
    const folder = path.join(dir, 'ok');
    await writeCassettes([cassette(folder, 'a', 'first'), cassette(folder, 'b', 'second')]);
    expect(await listing(folder)).toEqual(['payquicker', path.join('payquicker', 'a.har'), path.join('payquicker', 'b.har')]);
    expect(await readFile(path.join(folder, 'payquicker', 'b.har'), 'utf8')).toContain('second');
  });

  it('writes nothing when any cassette still looks like it holds a secret', async () => {
    const folder = path.join(dir, 'secret');
    const leaking = cassette(folder, 'b', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl');
    const error = await writeCassettes([cassette(folder, 'a', 'first'), leaking]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretsFoundError);
    expect((error as SecretsFoundError).cassette).toBe(leaking);
    expect((error as SecretsFoundError).message).not.toContain('eyJ');
    await expect(readdir(folder)).rejects.toThrow();
  });

  it('puts back the cassettes it replaced, removes the new ones and leaves no temporary file when a later one fails', async () => {
    const folder = path.join(dir, 'rollback');
    await writeCassettes([cassette(folder, 'a', 'old')]);
    const before = await readFile(path.join(folder, 'payquicker', 'a.har'), 'utf8');
    await mkdir(path.join(folder, 'payquicker', 'c.har', 'inside'), { recursive: true }); // a folder where a cassette should go
    await expect(writeCassettes([cassette(folder, 'a', 'new'), cassette(folder, 'b', 'new'), cassette(folder, 'c', 'new')])).rejects.toThrow();
    expect(await readFile(path.join(folder, 'payquicker', 'a.har'), 'utf8')).toBe(before);
    expect(await listing(folder)).toEqual(['payquicker', path.join('payquicker', 'a.har'), path.join('payquicker', 'c.har'), path.join('payquicker', 'c.har', 'inside')]);
  });

  it('leaves no temporary file when a folder cannot be created', async () => {
    const folder = path.join(dir, 'blocked');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'payquicker'), 'a file where the api folder should be');
    await expect(writeCassettes([cassette(folder, 'a', 'new')])).rejects.toThrow();
    expect(await listing(folder)).toEqual(['payquicker']);
  });
});

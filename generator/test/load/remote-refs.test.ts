/**
 * Remote `$ref`s in process: refused without a request by default; with `allowRemoteRefs`
 * fetched once, bundled, and held to the same limits as local documents.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostics.js';
import { loadSpec } from '../../src/load/load-spec.js';
import { useRecordingListener } from '../recording-listener.js';

const SERVED: Record<string, string> = {
  '/schemas.yaml': 'Thing: {type: object, properties: {id: {type: string}}}\n',
  '/loop.yaml': "Loop: {$ref: '#/Loop'}\n",
};

const listener = useRecordingListener(SERVED);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'remote-refs-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function specReferring(name: string, target: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, `openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Remote: {$ref: '${listener.origin}${target}'}\n`);
  return file;
}

const failure = (promise: Promise<unknown>): Promise<UserError> =>
  promise.then(
    () => {
      throw new Error('expected a UserError');
    },
    (error: unknown) => error as UserError,
  );

describe('remote $refs', () => {
  it('are refused at their pointer without a request by default', async () => {
    const error = await failure(loadSpec(await specReferring('default.yaml', '/schemas.yaml#/Thing')));
    expect(error).toBeInstanceOf(UserError);
    expect(error.diagnostics).toEqual([
      expect.objectContaining({ code: 'no-unresolved-refs', pointer: '#/components/schemas/Remote', message: expect.stringMatching(/not fetched.*--allow-remote-refs/) as unknown }),
    ]);
    expect(listener.requests).toEqual([]);
  });

  it('are fetched once and bundled with allowRemoteRefs', async () => {
    const spec = await loadSpec(await specReferring('allowed.yaml', '/schemas.yaml#/Thing'), { allowRemoteRefs: true });
    expect(JSON.stringify(spec.document)).toContain('"id":{"type":"string"}');
    expect(listener.requests).toEqual(['GET /schemas.yaml']);
  });

  it('are held to the $ref limits when fetched', async () => {
    const error = await failure(loadSpec(await specReferring('loop.yaml', '/loop.yaml#/Loop'), { allowRemoteRefs: true }));
    expect(error.diagnostics).toEqual([expect.objectContaining({ code: 'ref-cycle', file: `${listener.origin}/loop.yaml`, pointer: '#/Loop' })]);
    expect(listener.requests).toEqual(['GET /loop.yaml']);
  });
});

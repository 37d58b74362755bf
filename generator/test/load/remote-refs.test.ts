/**
 * Remote `$ref`s in process: refused without a request by default; with `allowRemoteRefs`
 * fetched once, bundled, and held to the same limits as local documents.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostics.js';
import { loadSpec } from '../../src/load/load-spec.js';

const SERVED: Record<string, string> = {
  '/schemas.yaml': 'Thing: {type: object, properties: {id: {type: string}}}\n',
  '/loop.yaml': "Loop: {$ref: '#/Loop'}\n",
};

let dir: string;
let server: Server;
let origin = '';
let requests: string[] = [];
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'remote-refs-'));
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const body = SERVED[request.url ?? ''];
    if (body === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': 'application/yaml' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  requests = [];
});

async function specReferring(name: string, target: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, `openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Remote: {$ref: '${origin}${target}'}\n`);
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
    expect(requests).toEqual([]);
  });

  it('are fetched once and bundled with allowRemoteRefs', async () => {
    const spec = await loadSpec(await specReferring('allowed.yaml', '/schemas.yaml#/Thing'), { allowRemoteRefs: true });
    expect(JSON.stringify(spec.document)).toContain('"id":{"type":"string"}');
    expect(requests).toEqual(['/schemas.yaml']);
  });

  it('are held to the $ref limits when fetched', async () => {
    const error = await failure(loadSpec(await specReferring('loop.yaml', '/loop.yaml#/Loop'), { allowRemoteRefs: true }));
    expect(error.diagnostics).toEqual([expect.objectContaining({ code: 'ref-cycle', file: `${origin}/loop.yaml`, pointer: '#/Loop' })]);
    expect(requests).toEqual(['/loop.yaml']);
  });
});

/**
 * The replay session keeps the network closed while replays run, reports unmatched requests to the
 * replay being served, cleans up its interceptors, and gives the network back when it closes.
 */
import '../promise-with-resolvers.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nockFetch } from '../nock-fetch.js';
import { closeReplaySession, openReplaySession, ReplaySessionError, withReplaySession } from '../replay-session.js';

let server: Server;
let loopback: string;

beforeAll(async () => {
  server = createServer((_request, response) => response.end('from loopback'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  loopback = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  closeReplaySession();
  nock.cleanAll();
});

async function reachesLoopback(): Promise<boolean> {
  try {
    return (await (await nockFetch(loopback)).text()) === 'from loopback';
  } catch {
    return false;
  }
}

describe('replay session', () => {
  it('refuses the network while open and allows it again once closed', async () => {
    await openReplaySession();
    expect(await reachesLoopback()).toBe(false);
    closeReplaySession();
    expect(await reachesLoopback()).toBe(true);
  });

  it('reports each unmatched request to the replay being served, and only then', async () => {
    await openReplaySession();
    const unmatched: string[] = [];
    await withReplaySession((request) => unmatched.push(`${request.method} ${request.url}`), async () => {
      await expect(nockFetch('https://payquicker.cassette.invalid/api/v2/nowhere', { method: 'DELETE' })).rejects.toMatchObject({ code: 'ENETUNREACH' });
    });
    await expect(nockFetch('https://payquicker.cassette.invalid/api/v2/later')).rejects.toMatchObject({ code: 'ENETUNREACH' });
    expect(unmatched).toEqual(['DELETE https://payquicker.cassette.invalid/api/v2/nowhere']);
  });

  it('removes the interceptors a replay left unused', async () => {
    await openReplaySession();
    await withReplaySession(() => undefined, async () => {
      nock('https://abconnect.cassette.invalid').get('/api/never').reply(200, '{}');
      expect(nock.pendingMocks()).toHaveLength(1);
    });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('opens and closes a session of its own when none is open', async () => {
    const inside = await withReplaySession(() => undefined, reachesLoopback);
    expect(inside).toBe(false);
    expect(await reachesLoopback()).toBe(true);
  });

  it('rejects a second replay while one is being served', async () => {
    await openReplaySession();
    let release!: () => void;
    const first = withReplaySession(() => undefined, () => new Promise<void>((resolve) => (release = resolve)));
    await expect(withReplaySession(() => undefined, async () => undefined)).rejects.toThrow(/another cassette is being replayed/);
    release();
    await first;
  });

  it('will not open when the probe request is answered', async () => {
    nock('https://network-probe.cassette.invalid').get('/').reply(200, 'answered');
    await expect(openReplaySession()).rejects.toThrow(ReplaySessionError);
    expect(await reachesLoopback()).toBe(true);
  });
});

/**
 * Replays every committed cassette offline (nock): the generated clients must send exactly the
 * recorded requests, use every recorded exchange, and every recorded response must match the spec.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASSETTES_DIR, cassetteFiles, readCassetteSync, type Cassette } from './har/cassette.js';
import { replayCassette } from './replay/replay-cassette.js';
import { closeReplaySession, openReplaySession } from './replay/replay-session.js';
import { preloadRequestExamples } from './scenarios/spec-examples.js';

describe('cassette replay', () => {
  const files = cassetteFiles();
  const cassettes = new Map<string, Cassette>();
  // One nock setup for the whole file: each replay then only adds and removes its interceptors.
  // The specs' request examples and every cassette are read and parsed here, once; a cassette that
  // cannot be read fails the file with the CassetteError naming it.
  beforeAll(() => {
    preloadRequestExamples();
    for (const file of files) cassettes.set(file, readCassetteSync(path.join(CASSETTES_DIR, file)));
    return openReplaySession();
  });
  afterAll(closeReplaySession);

  it('finds the committed cassettes', () => {
    expect(files.length).toBeGreaterThanOrEqual(28);
  });

  it.each(files)('%s replays cleanly', async (file) => {
    const result = await replayCassette(cassettes.get(file) as Cassette);
    expect(result.failures).toEqual([]);
  });
});

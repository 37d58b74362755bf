/**
 * Checks on the committed cassettes themselves: no secret anywhere, every operation of both specs
 * covered by a happy-path and an error cassette, and stable formatting (re-serialising a cassette
 * gives the same bytes).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { descriptorsOf } from './core/descriptors.js';
import { CASSETTES_DIR, cassetteFiles, readCassette, serializeCassette } from './har/cassette.js';
import { findSecrets } from './har/secret-scan.js';
import { SCENARIOS } from './scenarios/index.js';
import type { ApiName } from './core/types.js';

const files = cassetteFiles();

describe('committed cassettes', () => {
  it.each(files)('%s contains nothing that looks like a secret', (file) => {
    expect(findSecrets(readFileSync(path.join(CASSETTES_DIR, file), 'utf8'))).toEqual([]);
  });

  it.each(files)('%s is in its stable form', async (file) => {
    const full = path.join(CASSETTES_DIR, file);
    expect(serializeCassette(await readCassette(full))).toBe(readFileSync(full, 'utf8'));
  });

  it.each<ApiName>(['payquicker', 'abconnect'])('cover every %s operation with a happy and an error cassette', async (api) => {
    const covered = { happy: new Set<string>(), error: new Set<string>() };
    for (const file of files.filter((f) => f.startsWith(`${api}${path.sep}`))) {
      const cassette = await readCassette(path.join(CASSETTES_DIR, file));
      const scenario = SCENARIOS.find((s) => s.api === api && s.name === cassette.scenario);
      expect(scenario, `${file} has no scenario`).toBeDefined();
      const last = cassette.exchanges.at(-1);
      const status = last?.response.status ?? 0;
      // A happy cassette ends in a 2xx answer, an error cassette in a 4xx one: judged from the recording, not the scenario's label.
      const kind = status >= 200 && status < 300 ? 'happy' : status >= 400 && status < 500 ? 'error' : undefined;
      expect(kind, `${file} ends with status ${status}`).toBe(scenario?.kind);
      if (kind !== undefined && last?.operationId !== undefined) covered[kind].add(last.operationId);
    }
    const operations = Object.keys(descriptorsOf(api)).sort();
    expect([...covered.happy].sort()).toEqual(operations);
    expect([...covered.error].sort()).toEqual(operations);
  });

  it('number at least 28', () => {
    expect(files.length).toBeGreaterThanOrEqual(28);
  });
});

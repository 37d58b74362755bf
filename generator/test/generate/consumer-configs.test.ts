/**
 * The committed vendor clients compile wherever TypeScript users are (issue 14, item 5): in each
 * of the {@link CONSUMER_CONFIGS} (Node, browser, erasable syntax only), all under `strict`,
 * `noUncheckedIndexedAccess` and `exactOptionalPropertyTypes`.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../run-cli.js';
import { CONSUMER_CONFIGS, typecheck } from '../typecheck.js';

const CLIENTS = ['payquicker', 'abconnect'].map((api) => path.join(ROOT, 'generated', api, 'index.gen.ts'));

describe('generated clients type-check in consumer configurations', () => {
  for (const [name, options] of Object.entries(CONSUMER_CONFIGS)) {
    it(name, () => {
      expect(typecheck(CLIENTS, options)).toEqual([]);
    });
  }
});

#!/usr/bin/env node
// The `api-contracts` command. It runs the prebuilt bundle of the TypeScript sources
// (`generator/dist/`, made by `npm run build`, which `npm ci` and `npm pack` run). In an installed
// package the TypeScript sources are not shipped and the bundle is the code, so no TypeScript
// loader is loaded. In a checkout it runs the bundle while it matches the sources, and otherwise
// the sources themselves through tsx's loader: same code, the bundle only starts faster.
import { existsSync } from 'node:fs';
import { bundleIsFresh } from './bundle-freshness.mjs';

const SOURCES = new URL('../../package/cli.ts', import.meta.url);

async function loadMain() {
  if (!existsSync(SOURCES) || bundleIsFresh()) return import('../dist/main.mjs');
  const { register } = await import('tsx/esm/api');
  register();
  return import('../../package/cli.ts');
}

const { main } = await loadMain();
process.exitCode = await main(process.argv.slice(2));

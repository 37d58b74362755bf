#!/usr/bin/env node
// The `api-contracts` command. It runs the prebuilt bundle of the TypeScript sources
// (`generator/dist/`, made by `npm run build`, which `npm ci` runs) when that bundle matches the
// sources, and otherwise the sources themselves through tsx's loader: same code, the bundle only
// starts faster.
import { bundleIsFresh } from './bundle-freshness.mjs';

async function loadMain() {
  if (bundleIsFresh()) return import('../dist/main.mjs');
  const { register } = await import('tsx/esm/api');
  register();
  return import('../../package/cli.ts');
}

const { main } = await loadMain();
process.exitCode = await main(process.argv.slice(2));

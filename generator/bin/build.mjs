#!/usr/bin/env node
// `npm run build` (also run by `prepare`, so `npm ci` and `npm pack` build it): bundles the CLI's
// TypeScript sources with esbuild into `generator/dist/` (ESM, split so each subcommand loads only
// its own code; npm packages but Redocly left external). The bin then starts without a TypeScript
// loader, which halves the start-up of every command. `inputs.json` lists the sources and their
// hash so the bin can tell a stale bundle from a fresh one (see bundle-freshness.mjs); this script
// and the lockfile are among them, so a change to how the bundle is built, or to the Redocly
// version bundled, makes it stale too.
// The bundle is written to a temporary folder and renamed into place: never half-written.
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { BUILD_SCRIPT, DIST, LOCKFILE, MANIFEST, PACKAGE_ROOT, bundleIsFresh, hashInputs } from './bundle-freshness.mjs';

const DIST_DIR = path.join(PACKAGE_ROOT, DIST);

/**
 * npm packages stay external (loaded from node_modules at run time), except Redocly's openapi-core
 * and what it imports: as some 250 ES modules it takes twice as long to load as bundled, and the
 * main thread waits for it before it can read the spec.
 */
const externalsExceptRedocly = {
  name: 'externals-except-redocly',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      const inRedocly = args.importer.includes(`${path.sep}node_modules${path.sep}`);
      return inRedocly || args.path === '@redocly/openapi-core' ? undefined : { external: true };
    });
  },
};

async function bundle() {
  const staging = `${DIST_DIR}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    const result = await build({
      absWorkingDir: PACKAGE_ROOT,
      entryPoints: { main: 'package/cli.ts', 'emit-worker': 'generator/src/emit/emit-worker.ts' },
      outdir: staging,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      plugins: [externalsExceptRedocly],
      // Redocly's CommonJS dependencies call `require` (for Node built-ins); ES modules have none.
      banner: { js: "import { createRequire as __bundleRequire } from 'node:module';\nconst require = __bundleRequire(import.meta.url);" },
      metafile: true,
      logLevel: 'warning',
    });
    // Our sources, this script and the lockfile (which pins the bundled Redocly), not node_modules.
    const sources = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('node_modules/'));
    const inputs = [...sources, BUILD_SCRIPT, LOCKFILE].sort();
    const manifest = { inputs, hash: hashInputs(PACKAGE_ROOT, inputs) };
    await writeFile(path.join(staging, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    await rm(DIST_DIR, { recursive: true, force: true });
    await rename(staging, DIST_DIR);
    return inputs.length;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

// An up-to-date bundle is left in place: a CLI run may be reading it (`npm pack` runs this too).
const where = path.relative(process.cwd(), DIST_DIR) || DIST_DIR;
if (bundleIsFresh()) console.log(`${where} is up to date`);
else console.log(`built ${where} from ${await bundle()} sources`);

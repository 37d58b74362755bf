#!/usr/bin/env node
// The `api-contracts` command. The sources are TypeScript; tsx's loader runs them without a
// separate build step, so the same files serve the CLI, the tests and an installed package.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));

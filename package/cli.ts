/**
 * Entry point of the `api-contracts` command (`generator/bin/api-contracts.js` runs it): the one
 * place that composes the generator's commands (`generate`, `lint`, `diff`) with the contract
 * suite's (`sandbox`, `record`, `drift`, `explore`, `import-har`). The generator never imports the suite;
 * this module depends on both (see the README, "Layering").
 */
import { readFileSync } from 'node:fs';
import { registerContractCommands } from '../contract-tests/cli/register.js';
import { registerGeneratorCommands, runProgram } from '../generator/src/cli/program.js';
import { fromPackageRoot } from '../generator/src/package-root.js';

/** The commands of the CLI, in the order `--help` lists them. */
export const COMMANDS = [registerGeneratorCommands, registerContractCommands] as const;

/** The package's version, as `--version` prints it. */
function version(): string {
  return (JSON.parse(readFileSync(fromPackageRoot('package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Runs the command line `argv` (without `node` and the script path) and returns the exit code
 * (see generator/src/cli/exit-codes.ts). Never throws.
 */
export function main(argv: readonly string[]): Promise<number> {
  return runProgram(argv, COMMANDS, version());
}

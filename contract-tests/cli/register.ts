/**
 * The contract suite's commands of the `api-contracts` CLI: `sandbox`, `record`, `drift`,
 * `explore` and `import-har` (each in its `*-command.ts`). `package/cli.ts` adds them after the generator's.
 */
import type { RegisterCommands } from '../../generator/src/cli/program.js';
import { registerDriftCommand } from './drift-command.js';
import { registerExploreCommand } from '../explore/explore-command.js';
import { registerImportHarCommand } from './import-har-command.js';
import { registerRecordCommand } from './record-command.js';
import { registerSandboxCommand } from './sandbox-command.js';

/** Registers the contract suite's commands on `program`. */
export const registerContractCommands: RegisterCommands = (program, context) => {
  registerSandboxCommand(program, context);
  registerRecordCommand(program, context);
  registerDriftCommand(program, context);
  registerExploreCommand(program, context);
  registerImportHarCommand(program, context);
};

/**
 * `api-contracts lint`: lints OpenAPI documents (by default every spec of the config file) with
 * Redocly's recommended rules, made stricter (see `load/lint-rules.ts`). Exit 2 when a document is
 * not valid OpenAPI (unparseable, dangling `$ref`, structural error), 1 on any other lint error, 0
 * when only warnings remain (the defects `generate` tolerates are warnings here too).
 */
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../config/load-config.js';
import { formatDiagnostic } from '../diagnostics.js';
import { EXIT } from './exit-codes.js';
import type { CommandContext } from './program.js';

/** Registers `lint` on `program`. */
export function registerLintCommand(program: Command, context: CommandContext): void {
  program
    .command('lint')
    .description('Lint OpenAPI documents (default: every spec in the config file).')
    .argument('[specs...]', 'OpenAPI documents to lint')
    .option('-c, --config <file>', 'config file naming the specs (when no spec is given)')
    .option('--allow-remote-refs', 'fetch http(s) $refs (default: report them as unresolved; lint reads local files only)')
    .action(async (specs: string[], options: { config?: string; allowRemoteRefs?: boolean }) => {
      const files = specs.length > 0 ? specs : (await loadConfig(options.config)).apis.map((a) => path.relative(process.cwd(), a.spec));
      context.setExitCode(await lintAll(files, options.allowRemoteRefs === true));
    });
}

/** Problems that mean the document is not valid OpenAPI at all (bad input, exit 2), not a style issue. */
const INVALID_DOCUMENT = new Set(['parse-error', 'struct', 'no-unresolved-refs', 'ref-cycle', 'ref-chain-too-long', 'nesting-too-deep']);

async function lintAll(files: readonly string[], allowRemoteRefs: boolean): Promise<number> {
  const { lintSpec } = await import('../load/lint-spec.js');
  let invalid = false;
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const diagnostics = await lintSpec(file, { allowRemoteRefs });
    for (const d of diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
    errors += diagnostics.filter((d) => d.severity === 'error').length;
    invalid ||= diagnostics.some((d) => d.severity === 'error' && INVALID_DOCUMENT.has(d.code));
    warnings += diagnostics.filter((d) => d.severity === 'warning').length;
    process.stdout.write(`${file}: ${diagnostics.length === 0 ? 'valid' : `${diagnostics.length} problems`}\n`);
  }
  process.stdout.write(`${files.length} specs linted: ${errors} errors, ${warnings} warnings\n`);
  if (invalid) return EXIT.usage;
  return errors > 0 ? EXIT.failed : EXIT.ok;
}

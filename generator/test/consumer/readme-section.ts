/**
 * The code blocks of one section of the README, so that a test can run the commands the README
 * shows and they cannot rot. Test helper.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../run-cli.js';

/** A fenced code block: its info string (`sh`, `js`, `yaml`) and its text. */
export interface CodeBlock {
  readonly lang: string;
  readonly text: string;
}

/**
 * The fenced code blocks of the README section headed `## <heading>`, in order.
 * @throws {Error} when the README has no such section.
 */
export function readmeBlocks(heading: string): CodeBlock[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md has no section "## ${heading}"`);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1] ?? '', text: m[2] ?? '' }));
}

/** The command lines of the `sh` blocks, in order, each without its trailing `# comment`. */
export function shellCommands(blocks: readonly CodeBlock[]): string[] {
  return blocks
    .filter((b) => b.lang === 'sh')
    .flatMap((b) => b.text.split('\n'))
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

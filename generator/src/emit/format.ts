/**
 * Step 4 of the pipeline: formats generated TypeScript with prettier, with pinned settings (never
 * a user's `.prettierrc`), so the output is the same bytes on every machine.
 */

/** The prettier options every generated file is formatted with. */
export const PRETTIER_OPTIONS = {
  parser: 'typescript',
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  semi: true,
  endOfLine: 'lf',
} as const;

/** Formats one TypeScript source. Prettier is loaded on first use: a run may format nothing. */
export async function formatTypeScript(source: string): Promise<string> {
  const { format } = await import('prettier');
  return format(source, PRETTIER_OPTIONS);
}

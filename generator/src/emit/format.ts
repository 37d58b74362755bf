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

type Formatter = (source: string) => Promise<string>;

let formatter: Promise<Formatter> | undefined;

/**
 * Loads prettier and its TypeScript parser plugin, once per process; a run may format nothing, so
 * nothing loads before the first call. Generation calls it early, while its worker threads run,
 * so the loading is not left for the end.
 * @throws the import's error, when prettier cannot be loaded.
 */
export function loadFormatter(): Promise<Formatter> {
  formatter ??= import('prettier').then(async ({ format }) => {
    await format('', PRETTIER_OPTIONS); // the parser plugin loads on the first format
    return (source: string) => format(source, PRETTIER_OPTIONS);
  });
  return formatter;
}

/** Formats one TypeScript source with {@link PRETTIER_OPTIONS}. */
export async function formatTypeScript(source: string): Promise<string> {
  return (await loadFormatter())(source);
}

/**
 * Severity levels shared by the `drift` and `diff` reports, from the consumer's side: `breaking`
 * (an existing client fails), `warning` (it should know), `info` (harmless).
 */

/** A finding's or a change's level. */
export type Level = 'breaking' | 'warning' | 'info';

/** Levels from most to least severe; reports list findings and counts in this order. */
export const LEVELS: readonly Level[] = ['breaking', 'warning', 'info'];

/** How many items there are at each level. */
export type LevelSummary = Record<Level, number>;

/** Counts `items` per level. */
export function summarize(items: readonly { readonly level: Level }[]): LevelSummary {
  const summary: LevelSummary = { breaking: 0, warning: 0, info: 0 };
  for (const item of items) summary[item.level] += 1;
  return summary;
}

/** True when `level` is at least as severe as `threshold` (`--fail-on`). */
export function atOrAbove(level: Level, threshold: Level): boolean {
  return LEVELS.indexOf(level) <= LEVELS.indexOf(threshold);
}

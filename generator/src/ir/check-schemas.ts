/**
 * Warnings about component schemas that are valid but almost certainly not what their author
 * meant, so a user reading the run's output learns what the generated validators will enforce.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { IrSchema } from './types.js';

/**
 * Flags arrays whose `items` refer to the array schema itself (the vendor ABConnect document's
 * `JToken`): only arrays nested in arrays satisfy them, where the author likely meant "any JSON".
 */
export function checkSchemas(schemas: readonly IrSchema[], file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const s of schemas) {
    const schema = s.schema as Record<string, unknown> | undefined;
    const items = schema?.['items'] as { $ref?: unknown } | undefined;
    if (schema?.['type'] === 'array' && items?.$ref === s.pointer) {
      diagnostics.push({
        code: 'self-referencing-schema',
        severity: 'warning',
        file,
        pointer: `${s.pointer}/items`,
        message: `schema "${s.name}" is an array whose items are "${s.name}" itself, so only nested empty arrays are valid; generated as written (a recursive type and validator) — if any JSON value was meant, use an empty schema`,
      });
    }
  }
  return diagnostics;
}

/**
 * Defects of real-world documents that every other OpenAPI tool tolerates. Redocly's `struct`
 * rule reports them as errors; generation goes on with the assumption each warning states:
 * - `nullable` in a 3.1 document (OAS 3.0.3 §4.7.24) is read as 3.0 did: the type plus `null`;
 * - boolean `exclusiveMinimum`/`exclusiveMaximum` in 3.1 (JSON Schema draft 4 §5.1.2–3) is read
 *   as 3.0 did: `true` makes `minimum`/`maximum` exclusive;
 * - the content of an `x-` extension is free-form (OAS 3.1 §4.9), whatever shape Redocly expects.
 */
import type { Diagnostic } from '../diagnostics.js';
import { pointerTokens } from '../validators/json-pointer.js';

/** Keys under which a token names an entry of a map (a property, a component), not an extension. */
const MAP_KEYWORDS = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
  'schemas',
  'parameters',
  'responses',
  'requestBodies',
  'headers',
  'examples',
  'links',
  'callbacks',
  'securitySchemes',
  'pathItems',
  'webhooks',
  'variables',
  'mapping',
  'encoding',
]);

/**
 * Turns a `struct` error the generator can go on from into a warning that names the assumption
 * made (codes `nullable-in-3.1`, `boolean-exclusive-bound-in-3.1`, `extension-content`); returns
 * any other diagnostic unchanged. `version` is the document's `openapi` major.minor.
 */
export function tolerateDefect(d: Diagnostic, version: '3.0' | '3.1'): Diagnostic {
  if (d.code !== 'struct' || d.severity !== 'error') return d;
  const tokens = pointerTokens(d.pointer) ?? [];
  const last = tokens.at(-1);
  const extension = tokens.findIndex((t, i) => t.startsWith('x-') && !MAP_KEYWORDS.has(tokens[i - 1] ?? ''));
  if (extension >= 0) {
    return warning(d, 'extension-content', `${d.message} Extensions are free-form: ${tokens[extension] ?? ''} is accepted as written and not used by the generator`);
  }
  if (version === '3.1' && last === 'nullable') {
    return warning(
      d,
      'nullable-in-3.1',
      'nullable is an OpenAPI 3.0 keyword; read as 3.0 did: `nullable: true` admits null besides the schema\'s type (in 3.1 write type: [T, "null"])',
    );
  }
  if (version === '3.1' && (last === 'exclusiveMinimum' || last === 'exclusiveMaximum') && /boolean/.test(d.message)) {
    const bound = last === 'exclusiveMinimum' ? 'minimum' : 'maximum';
    return warning(
      d,
      'boolean-exclusive-bound-in-3.1',
      `boolean ${last} is OpenAPI 3.0; read as 3.0 did: true makes ${bound} exclusive, false leaves it inclusive (in 3.1 write ${last}: <number>)`,
    );
  }
  return d;
}

function warning(d: Diagnostic, code: string, message: string): Diagnostic {
  return { ...d, code, severity: 'warning', message };
}

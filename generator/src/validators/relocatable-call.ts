/**
 * Calls of a subschema's own functions from the function that would otherwise inline it: the
 * function shared by the occurrences of a repeated subschema, the function a deeply nested
 * subschema is moved to, the parts of a very wide `properties`. The called functions report
 * schemaPaths relative to the caller's (their `s` parameter), so one function serves any location.
 */
import { failWith, schemaPathExpr } from './code-blocks.js';
import type { Mode, Site } from './compile-types.js';
import { pointerTokens } from './json-pointer.js';
import { ownBase } from './ref-resolver.js';

/**
 * A call to the function of `schema` keyed `key` (with its base URI, which decides where its
 * `$ref`s lead): the function shared by every occurrence of a repeated inline subschema (see
 * `schema-shapes.ts`), or the one a too deeply nested subschema is moved to. Errors keep the
 * caller's schemaPath: the collecting function receives it as `s`. Subschemas on a same-instance
 * `$ref` cycle stay inline (their re-entry guard is per location).
 */
export function relocatableCall(
  site: Site,
  schema: unknown,
  pointer: string,
  x: string,
  mode: Mode,
  key: string,
  label?: string,
): string[] {
  const base = ownBase(schema, site.base, site.ctx.dialect);
  const location = { schema, pointer, tokens: pointerTokens(pointer) ?? [], base };
  const unit = site.ctx.unit(location, site.direction, `${key}|${base}`, label);
  unit.relocatable = true;
  unit.needIs = true;
  if (mode.mode === 'is') return [`if (!${unit.isName}(${x})) ${failWith(mode)}`];
  unit.needErr = true;
  return [`if (!${unit.isName}(${x})) ${unit.errName}(${x}, ${mode.path}, e, ${schemaPathExpr(mode, pointer)});`];
}

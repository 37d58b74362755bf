/**
 * OpenAPI `discriminator` (OAS 3.1 §4.8.25, 3.0.3 §4.7.25) next to `oneOf`/`anyOf`: the value of
 * `propertyName` selects the one branch to validate, via `mapping` (schema name or `$ref`) or
 * implicitly by the component name of a `$ref` branch. Faster than trying every branch and gives
 * the errors of the intended branch only. Missing/non-string tag or unmapped value: error keyword
 * `discriminator` (ajv's `{ error: 'tag' | 'mapping' }` params). Non-object values fall back to
 * plain `oneOf`/`anyOf` semantics (they fail every object branch anyway).
 */
import { failWith, indent, lit, pushError } from './code-blocks.js';
import type { CompileSub, Site } from './compile-types.js';
import { discriminatorMessage } from './error-messages.js';
import { readProp } from './object-access.js';
import { isSchemaObject } from './subschemas.js';

interface Case {
  value: string;
  schema: unknown;
  pointer: string;
}

/** Tag value → branch (schema + pointer) for the discriminator of this site. */
function cases(site: Site, key: 'oneOf' | 'anyOf', mapping: Record<string, unknown>): Case[] {
  const list = site.schema[key] as unknown[];
  const out = new Map<string, Case>();
  for (const [value, target] of Object.entries(mapping)) {
    if (typeof target !== 'string') continue;
    const ref = target.includes('/') || target.startsWith('#') ? target : `#/components/schemas/${target}`;
    const resolved = site.ctx.resolver.resolve(ref, site.base);
    if (resolved === undefined) {
      site.ctx.report({ code: 'unresolved-ref', severity: 'error', pointer: `${site.pointer}/discriminator/mapping`, message: `discriminator mapping "${value}" → ${JSON.stringify(target)} does not resolve` });
      continue;
    }
    out.set(value, { value, schema: { $ref: ref }, pointer: `${site.pointer}/discriminator/mapping` });
  }
  list.forEach((branch, i) => {
    const ref = isSchemaObject(branch) ? branch['$ref'] : undefined;
    const name = typeof ref === 'string' ? /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1] : undefined;
    if (name !== undefined && !out.has(name)) out.set(name, { value: name, schema: branch, pointer: `${site.pointer}/${key}/${i}` });
  });
  return [...out.values()].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/**
 * Emits the discriminated dispatch for an object value (the caller guards the type), or undefined
 * when the schema has no usable discriminator.
 */
export function emitDiscriminated(site: Site, sub: CompileSub): string[] | undefined {
  const d = site.schema['discriminator'];
  const key = Array.isArray(site.schema['oneOf']) ? 'oneOf' : Array.isArray(site.schema['anyOf']) ? 'anyOf' : undefined;
  if (!isSchemaObject(d) || typeof d['propertyName'] !== 'string' || key === undefined) return undefined;
  if (Array.isArray(site.schema['oneOf']) && Array.isArray(site.schema['anyOf'])) return undefined;
  const tagName = d['propertyName'];
  const mapping = isSchemaObject(d['mapping']) ? d['mapping'] : {};
  const all = cases(site, key, mapping);
  const tag = site.fn.fresh(tagName);
  const switchLines = [`switch (${tag}) {`];
  for (const c of all) {
    const body = sub(site, c.schema, c.pointer, site.x, site.mode);
    switchLines.push(`  case ${lit(c.value)}: {`, ...indent(indent(body)), '    break;', '  }');
  }
  const unmapped = failure(site, 'mapping', tagName, tag);
  switchLines.push('  default:', ...unmapped.map((l) => `    ${l}`), '}');
  return [
    `const ${tag} = ${readProp(`(${site.x} as Record<string, unknown>)`, tagName)};`,
    `if (typeof ${tag} !== 'string') {`,
    ...failure(site, 'tag', tagName, tag).map((l) => `  ${l}`),
    `} else ${switchLines[0]}`,
    ...switchLines.slice(1),
  ];
}

function failure(site: Site, error: 'tag' | 'mapping', tagName: string, tag: string): string[] {
  if (site.mode.mode === 'is') return [failWith(site.mode)];
  const { params, message } = discriminatorMessage(error, tagName, tag);
  return [pushError(site.mode, `${site.pointer}/discriminator`, 'discriminator', params, message)];
}

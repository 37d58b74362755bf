/**
 * Parameters of one operation (OpenAPI 3.1 §4.8.12 Parameter Object): path-level parameters
 * inherited unless the operation overrides them (same name and location), `$ref`s resolved,
 * `content` parameters reduced to their media type's schema, and path template variables with no
 * declared path parameter taken from a same-named parameter of another location or else added as
 * required strings, with a warning saying so. One name in several locations (a path `id` and a
 * query `id`, valid OpenAPI) gives several parameters: the first location (path, query, header,
 * cookie) keeps the plain key and wire name as value key, the others get the location as suffix
 * (`idQuery`) and a value key naming it (`query:id`), see {@link ParameterDescriptor.valueKey}.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { ParameterDescriptor, ParameterLocation } from '../../runtime/operation.js';
import { camelCase, IdentifierScope } from './naming.js';
import { safeIdentifier } from '../source-text.js';
import { childPointer, resolveRef } from './json-pointer.js';
import type { IrParameter } from './types.js';

const LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

/** Inputs of {@link buildParameters}: one operation, its path item and where both sit in the document. */
export interface ParameterSource {
  document: Record<string, unknown>;
  file: string;
  path: string;
  pathItem: Record<string, unknown>;
  pathItemPointer: string;
  operation: Record<string, unknown>;
  operationPointer: string;
  diagnostics: Diagnostic[];
}

/** Builds the operation's parameters in a stable order: path, query, header, cookie; spec order within. */
export function buildParameters(source: ParameterSource): IrParameter[] {
  const byKey = new Map<string, IrParameter>();
  const pointers = new Map<string, string>();
  const lists: [unknown, string][] = [
    [source.pathItem['parameters'], childPointer(source.pathItemPointer, 'parameters')],
    [source.operation['parameters'], childPointer(source.operationPointer, 'parameters')],
  ];
  for (const [list, listPointer] of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((entry: unknown, i) => {
      const pointer = childPointer(listPointer, i);
      const parameter = readParameter(source, entry, pointer);
      if (!parameter) return;
      byKey.set(`${parameter.in}:${parameter.name}`, parameter);
      pointers.set(`${parameter.in}:${parameter.name}`, pointer);
    });
  }
  addUndeclaredPathParameters(source, byKey, pointers);
  const ordered = LOCATIONS.flatMap((at) => [...byKey.values()].filter((p) => p.in === at));
  const scope = new IdentifierScope(['body']);
  const seen = new Set<string>();
  return ordered.map((p) => {
    if (!seen.has(p.name)) {
      seen.add(p.name);
      return { ...p, key: scope.claim(safeIdentifier(camelCase(p.name), 'param')) };
    }
    const key = scope.claim(safeIdentifier(camelCase(`${p.name} ${p.in}`), 'param'));
    return { ...p, key, valueKey: `${p.in}:${p.name}` };
  });
}

function readParameter(source: ParameterSource, entry: unknown, pointer: string): IrParameter | undefined {
  const resolved = resolveRef(source.document, entry, pointer);
  const p = resolved.value as Record<string, unknown> | undefined;
  const name = p?.['name'];
  const location = p?.['in'];
  if (!p || typeof name !== 'string' || !LOCATIONS.includes(location as ParameterLocation)) {
    return undefined; // structural errors are reported by the loader's validation
  }
  const at = location as ParameterLocation;
  const schema = parameterSchema(p, resolved.pointer);
  if (schema === undefined) {
    source.diagnostics.push({
      code: 'parameter-without-schema',
      severity: 'error',
      file: source.file,
      pointer: resolved.pointer,
      message: `parameter "${name}" (${at}) has neither \`schema\` nor \`content\`: add a schema`,
    });
    return undefined;
  }
  const ir: IrParameter = {
    name,
    key: name,
    in: at,
    required: at === 'path' ? true : p['required'] === true,
    style: (typeof p['style'] === 'string' ? p['style'] : defaultStyle(at)) as ParameterDescriptor['style'],
    explode: typeof p['explode'] === 'boolean' ? p['explode'] : defaultStyle(at) === 'form',
    schema: schema.value,
    pointer: schema.pointer,
    deprecated: p['deprecated'] === true,
    assumed: false,
  };
  if (typeof p['description'] === 'string') ir.description = p['description'];
  return ir;
}

function parameterSchema(p: Record<string, unknown>, pointer: string): { value: unknown; pointer: string } | undefined {
  if (p['schema'] !== undefined) return { value: p['schema'], pointer: childPointer(pointer, 'schema') };
  const content = p['content'];
  if (typeof content !== 'object' || content === null) return undefined;
  const [mediaType, media] = Object.entries(content as Record<string, Record<string, unknown>>)[0] ?? [];
  if (mediaType === undefined || media?.['schema'] === undefined) return undefined;
  return { value: media['schema'], pointer: childPointer(pointer, 'content', mediaType, 'schema') };
}

function defaultStyle(at: ParameterLocation): string {
  return at === 'query' || at === 'cookie' ? 'form' : 'simple';
}

/**
 * Path template variables without a path parameter. One declared in another location under the same
 * name (a query `historyAmount` for `{historyAmount}`, a defect of the vendor's ABConnect document)
 * is taken as the path parameter, keeping its schema; otherwise a required string is assumed.
 * Either way with a warning.
 */
function addUndeclaredPathParameters(source: ParameterSource, byKey: Map<string, IrParameter>, pointers: Map<string, string>): void {
  for (const match of source.path.matchAll(/\{([^}]+)\}/g)) {
    const name = match[1] ?? '';
    if (byKey.has(`path:${name}`)) continue;
    const misplaced = LOCATIONS.map((at) => `${at}:${name}`).find((key) => byKey.has(key));
    if (misplaced !== undefined) {
      const declared = byKey.get(misplaced) as IrParameter;
      const pointer = pointers.get(misplaced) ?? source.operationPointer;
      byKey.delete(misplaced);
      pointers.delete(misplaced);
      byKey.set(`path:${name}`, { ...declared, in: 'path', declaredIn: declared.in, required: true, style: 'simple', explode: false });
      pointers.set(`path:${name}`, pointer);
      source.diagnostics.push({
        code: 'missing-path-parameter',
        severity: 'warning',
        file: source.file,
        pointer,
        message: `path template variable {${name}} has no declared path parameter: assumed the ${declared.in} parameter "${name}" is it (a required path parameter with its schema)`,
      });
      continue;
    }
    source.diagnostics.push({
      code: 'missing-path-parameter',
      severity: 'warning',
      file: source.file,
      pointer: source.operationPointer,
      message: `path template variable {${name}} has no declared path parameter: assumed a required string parameter "${name}"`,
    });
    byKey.set(`path:${name}`, {
      name,
      key: name,
      in: 'path',
      required: true,
      style: 'simple',
      explode: false,
      schema: { type: 'string' },
      pointer: source.operationPointer,
      deprecated: false,
      assumed: true,
    });
  }
}

/**
 * Assembles the generated module: imports, hoisted constants, helpers, unit functions and the
 * exported `validateX` / `isX` / `assertX` triple per target, each with a doc comment.
 */
import type { EmitContext } from './emit-context.js';
import type { EmittedTarget } from './emit-validators.js';
import { helperSources } from './helpers.js';

export interface ModuleParts {
  ctx: EmitContext;
  /** Unit functions, already in stable order. */
  functions: string[];
  targets: EmittedTarget[];
  runtimeImport: string;
  typeImports: { from: string; names: string[] } | undefined;
}

/** The complete module source. */
export function assembleModule(parts: ModuleParts): string {
  const { ctx, targets } = parts;
  const out: string[] = [];
  if (targets.length > 0) {
    out.push(`import { SchemaValidationError, type ValidationError, type ValidationResult } from ${JSON.stringify(parts.runtimeImport)};`);
  }
  const typeNames = parts.typeImports?.names ?? [];
  if (parts.typeImports !== undefined && typeNames.length > 0) {
    out.push(`import type { ${[...typeNames].sort().join(', ')} } from ${JSON.stringify(parts.typeImports.from)};`);
  }
  if (targets.length > 0) {
    out.push('', '/** The shared result of every successful validation (frozen: callers cannot alter it). */');
    out.push('const VALID: ValidationResult = Object.freeze({ valid: true } as const);');
  }
  const entry: string[] = [];
  for (const isName of new Set(targets.map((t) => t.unit.isName))) entry.push('', ...safeFastPath(isName));
  for (const t of targets) entry.push('', ...exportsFor(t));
  const body: string[] = [];
  for (const fn of reachable(parts.functions, entry.join('\n'))) body.push('', fn);
  body.push(...entry);
  const text = body.join('\n');
  // Keywords may hoist a constant or request a helper for code they later drop (e.g. a check that
  // turned out empty); only what the emitted functions reference is kept (noUnusedLocals).
  const referenced = (name: string): boolean => new RegExp(`\\b${name}\\b`).test(text);
  const constants = ctx.constantDeclarations().filter((decl) => referenced(/^const (\w+)/.exec(decl)?.[1] ?? ''));
  if (constants.length > 0) out.push('', ...constants);
  for (const source of helperSources(ctx.usedHelpers().filter(referenced))) out.push('', source);
  return `${[...out, ...body].join('\n')}\n`;
}

const UNIT_NAME = /\b(?:chk|col|evp|evi)\w+/g;

/**
 * The unit functions reachable from the exported functions (in their given order). A keyword may
 * request a unit function for an expression it later simplifies away (`x || true`); such
 * functions are dropped so the module has no unused locals.
 */
function reachable(functions: readonly string[], entry: string): string[] {
  const definedBy = new Map<string, number>();
  functions.forEach((fn, i) => {
    for (const m of fn.matchAll(/^function (\w+)\(/gm)) if (m[1] !== undefined) definedBy.set(m[1], i);
  });
  const keep = new Set<number>();
  const queue = [...(entry.match(UNIT_NAME) ?? [])];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    const i = definedBy.get(name);
    if (i === undefined || keep.has(i)) continue;
    keep.add(i);
    queue.push(...(functions[i]?.match(UNIT_NAME) ?? []));
  }
  return functions.filter((_, i) => keep.has(i));
}

/**
 * The exported fast path: a value nested deeper than the call stack allows (possible only for
 * absurd inputs) is reported invalid rather than throwing a RangeError.
 */
function safeFastPath(isName: string): string[] {
  return [
    '/** Fast path that reports a value nested beyond the call stack as invalid instead of throwing. */',
    `function ${isName}Safe(value: unknown): boolean {`,
    '  try {',
    `    return ${isName}(value);`,
    '  } catch {',
    '    return false;',
    '  }',
    '}',
  ];
}

function docComment(lines: string[]): string[] {
  return ['/**', ...lines.map((l) => ` * ${l.replace(/\*\//g, '*\\/')}`.trimEnd()), ' */'];
}

function exportsFor({ target, unit }: EmittedTarget): string[] {
  const { name, typeExpression, pointer } = target;
  const about = [`Schema \`${pointer}\`${target.direction === 'neutral' ? '' : ` (${target.direction})`}.`];
  if (target.description !== undefined && target.description.trim() !== '') about.unshift(...target.description.trim().split('\n'), '');
  const tooDeep = `{ instancePath: '', schemaPath: ${JSON.stringify(pointer)}, keyword: 'maxDepth', params: {}, message: 'must not be nested too deeply to validate' }`;
  const collect = [
    '  const errors: ValidationError[] = [];',
    '  try {',
    `    ${unit.errName}(value, '', errors);`,
    '  } catch {',
    `    errors.push(${tooDeep});`,
    '  }',
  ];
  const fast = `${unit.isName}Safe(value)`;
  return [
    ...docComment([...about, '', 'Returns the shared frozen `{ valid: true }` or `{ valid: false, errors }` with every failed rule (ajv error shape).']),
    `export function validate${name}(value: unknown): ValidationResult {`,
    ...collect,
    '  return errors.length === 0 ? VALID : { valid: false, errors };',
    '}',
    '',
    ...docComment([...about, '', 'Boolean fast path: allocates nothing.']),
    `export function is${name}(value: unknown): value is ${typeExpression} {`,
    `  return ${fast};`,
    '}',
    '',
    ...docComment([...about, '', `Throws \`SchemaValidationError\` naming \`${name}\` and listing every failed rule.`]),
    `export function assert${name}(value: unknown): asserts value is ${typeExpression} {`,
    `  if (${fast}) return;`,
    ...collect,
    `  throw new SchemaValidationError(${JSON.stringify(name)}, errors);`,
    '}',
  ];
}

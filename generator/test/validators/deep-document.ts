/**
 * Test helper: an OpenAPI 3.1 document whose response schema nests {@link DEEP_LEVELS} schema levels
 * (issue 15: "schema nesting of 300 or more"), and values that are valid or break at the bottom.
 *
 * The loader refuses more than 100 levels of JSON nesting inside one document node (a nesting bomb)
 * but allows 1000 counting the levels entered through `$ref`s, so the nesting is built as a chain of
 * {@link COMPONENTS} components, each nesting {@link LEVELS_PER_COMPONENT} schemas inline (an object
 * property, then an `anyOf` of the next level or null, then an array of it, in turn) and ending in a
 * `$ref` to the next component: about 55 JSON levels per component, 600 through the `$ref`s.
 */

/** Components in the `$ref` chain. */
export const COMPONENTS = 10;
/** Schema levels written inline in each component. */
export const LEVELS_PER_COMPONENT = 30;
/** Schema levels from the response schema to the leaf. */
export const DEEP_LEVELS = COMPONENTS * LEVELS_PER_COMPONENT;

/** What level `i` of a component (0 = its root) wraps around the level below it. */
type Wrapper = 'property' | 'anyOf' | 'items';

function wrapperAt(level: number): Wrapper {
  return (['property', 'anyOf', 'items'] as const)[level % 3] ?? 'property';
}

function wrap(kind: Wrapper, inner: unknown, level: number): Record<string, unknown> {
  if (kind === 'property') return { type: 'object', required: ['down'], properties: { down: inner, level: { const: level } } };
  if (kind === 'anyOf') return { anyOf: [inner, { type: 'null' }] };
  return { type: 'array', minItems: 1, items: inner };
}

function component(index: number): Record<string, unknown> {
  let schema: unknown =
    index === COMPONENTS - 1
      ? { type: 'string', minLength: 2 }
      : { $ref: `#/components/schemas/Level${index + 1}` };
  for (let level = LEVELS_PER_COMPONENT - 1; level >= 0; level--) schema = wrap(wrapperAt(level), schema, level);
  return schema as Record<string, unknown>;
}

/** The document (OpenAPI 3.1): `GET /deep` answers `Level0`, which reaches the leaf through `Level9`. */
export function deepDocument(): Record<string, unknown> {
  const schemas = Object.fromEntries(Array.from({ length: COMPONENTS }, (_, i) => [`Level${i}`, component(i)]));
  const response = { description: 'The deep value', content: { 'application/json': { schema: { $ref: '#/components/schemas/Level0' } } } };
  return {
    openapi: '3.1.0',
    info: { title: 'Deep nesting', version: '1.0.0' },
    paths: { '/deep': { get: { operationId: 'getDeep', responses: { '200': response } } } },
    components: { schemas },
  };
}

/** A value valid for `Level0` whose leaf is `leaf` (valid when it is a string of 2 or more characters). */
export function deepValue(leaf: unknown): unknown {
  let value = leaf;
  for (let c = COMPONENTS - 1; c >= 0; c--) {
    for (let level = LEVELS_PER_COMPONENT - 1; level >= 0; level--) {
      const kind = wrapperAt(level);
      value = kind === 'property' ? { down: value, level } : kind === 'items' ? [value] : value;
    }
  }
  return value;
}

/** The instancePath of the leaf in {@link deepValue}. */
export function leafPath(): string {
  const one = Array.from({ length: LEVELS_PER_COMPONENT }, (_, level) => wrapperAt(level))
    .map((kind) => (kind === 'property' ? '/down' : kind === 'items' ? '/0' : ''))
    .join('');
  return one.repeat(COMPONENTS);
}

/** The schemaPath of the leaf's `minLength` (in the last component). */
export function leafSchemaPath(): string {
  const inline = Array.from({ length: LEVELS_PER_COMPONENT }, (_, level) => wrapperAt(level))
    .map((kind) => (kind === 'property' ? '/properties/down' : kind === 'items' ? '/items' : '/anyOf/0'))
    .join('');
  return `#/components/schemas/Level${COMPONENTS - 1}${inline}/minLength`;
}

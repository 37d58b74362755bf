/**
 * An OpenAPI 3.1 document whose every text field tries to break out of the context it lands in
 * within generated code (issue 12 item 1): `*\/` for doc comments, quotes and backslashes for
 * string literals, backticks and `${` for templates, U+2028/U+2029 and newlines for line comments,
 * a line-leading `@` for JSDoc tags, NUL and bidi controls for hidden text, `²` and `ⸯ` (a digit
 * and a letter that cannot be part of an identifier) for names. Each break-out runs a
 * payload that defines `globalThis.__pwned` and writes a canary file, so a test can prove that
 * importing the output ran nothing. Test helper.
 */

/**
 * The breakouts, in the order they appear in every hostile text. The comment and line breakouts
 * (the ways issue 12 saw a file written) run {@link payload}; the others, to keep one operation's
 * modules small, only define the global.
 */
function breakouts(): string {
  const mark = '(globalThis.__pwned=1)';
  return [
    `*/ ${payload()}; /*`,
    `' + ${mark} + '`,
    `" + ${mark} + "`,
    `\` + ${mark} + \``,
    `\${${mark}}`,
    `\\' \\" \\\\`,
    `\u2028${mark};\u2029${mark};`,
    `\n${payload()}; //`,
    '\r\n@deprecated forged',
    '\0\x07\u202E\u2066\u200B²ⸯ.',
  ].join(' ');
}

/**
 * An expression that defines `globalThis.__pwned` and writes the file {@link CANARY} in the
 * working directory, if it ever runs. Short, since it is repeated a lot: one operation must stay under
 * 64 KB per module.
 */
export function payload(): string {
  return `(globalThis.__pwned=process.getBuiltinModule('fs').writeFileSync('${CANARY}',''))`;
}

/** The file name a payload writes. */
export const CANARY = 'pwned';

/** A hostile text starting with `field`, whose payloads write the canary when they run. */
export function hostileText(field: string): string {
  return `${field} ${breakouts()}`;
}

/** Every hostile text put in the document, by the field it is in (`summary 0`: of the first operation). */
export type HostileTexts = Map<string, string>;

/**
 * The document: `operations` operations (enough of them take the modules past prettier's 64 KB
 * limit), each with hostile path, operationId, summary, description, tag, parameters and schemas.
 * `texts` receives every hostile text by field name.
 */
export function hostileDocument(operations: number, texts: HostileTexts = new Map()): Record<string, unknown> {
  const h = (field: string): string => {
    const text = hostileText(field);
    texts.set(field, text);
    return text;
  };
  const property = h('property name');
  const tag = h('tag name');
  const schema = {
    type: 'object',
    title: h('schema title'),
    description: h('schema description'),
    required: [property],
    properties: {
      [property]: { type: 'string', pattern: PATTERN, description: h('property description'), examples: [h('examples')] },
      kind: { enum: [h('enum value'), 'plain'], default: h('default') },
      fixed: { const: h('const'), format: h('format'), example: h('example') },
    },
  };
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < operations; i++) {
    paths[`/things/${i}/${h(`path ${i}`)}`] = {
      get: {
        operationId: h(`operationId ${i}`),
        summary: h(`summary ${i}`),
        description: h(`description ${i}`),
        tags: [tag],
        security: [{ [SCHEME]: [SCOPE] }],
        parameters: [
          {
            name: h(`query parameter ${i}`),
            in: 'query',
            description: h(`parameter description ${i}`),
            schema: { type: 'string', pattern: PATTERN },
          },
          { name: h(`header parameter ${i}`), in: 'header', schema: { type: 'string' } },
        ],
        requestBody: undefined,
        responses: {
          '200': {
            description: h(`response description ${i}`),
            content: { 'application/json': { schema: { $ref: SCHEMA_REF } } },
          },
        },
      },
    };
  }
  const first = Object.keys(paths)[0];
  if (first !== undefined) {
    const operation = (paths[first] as Record<string, Record<string, unknown>>)['get']!;
    // The only required header with a default: the API definition's fixed headers are `{ code: … }`.
    (operation['parameters'] as unknown[]).push({ name: 'code', in: 'header', required: true, schema: { type: 'string', default: payload() } });
    operation['requestBody'] = {
      description: h('request body description'),
      required: true,
      content: { 'application/json': { schema: { $ref: SCHEMA_REF } } },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: h('info.title'), version: h('info.version'), description: h('info.description') },
    servers: [
      {
        url: `https://api.example.test/${encodeURIComponent(h('server url'))}/{${VARIABLE}}`,
        description: h('server description'),
        'x-environment': h('x-environment'),
        variables: { [VARIABLE]: { default: h('server variable default'), enum: [texts.get('server variable default'), h('server variable enum')] } },
      },
    ],
    tags: [{ name: tag, description: h('tag description') }],
    security: [{ [SCHEME]: [SCOPE] }],
    paths,
    components: {
      schemas: { [SCHEMA_NAME]: schema },
      securitySchemes: {
        [SCHEME]: {
          type: 'oauth2',
          description: h('security scheme description'),
          flows: { clientCredentials: { tokenUrl: 'https://auth.example.test/token', scopes: { [SCOPE]: h('scope description') } } },
        },
      },
    },
  };
}

/** The hostile schema name, security scheme, scope and server variable (names, so fixed). */
const SCHEMA_NAME = `Thing */ globalThis.__hostile = 1; /* \` \${x} ' " \\ \u2028 \u2029 \0 \n@x`;
const SCHEMA_REF = `#/components/schemas/${SCHEMA_NAME.replace(/~/g, '~0').replace(/\//g, '~1')}`;
const SCHEME = `oauth */ '" \` \${x} \\ \u2028\n@x`;
const SCOPE = `scope:read */ '" \` \${x} \\ \u2028\n@x`;
const VARIABLE = `region */ '" \` \\ \u2028 \0`;

/** A valid pattern made of every breakout character: matches strings of them only. */
export const PATTERN = "^[*/'\"`${}\u2028\u2029\0\n\\\\]*$";

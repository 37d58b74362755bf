/**
 * `client.gen.ts`: the API definition and one operation descriptor per operation (plain data the
 * runtime interprets), one error class per documented error-body schema, one class per tag with a
 * method per operation, and the top-level client class (`PayQuickerClient`) with one property per tag.
 */
import { Scope, StructureKind, type StatementStructures } from './ts-morph.js';
import type { IrApi, IrErrorClass } from '../ir/types.js';
import { operationDescriptor, usesValidators } from './operation-descriptor.js';
import { operationMethods, tagClass, tagDoc } from './client-classes.js';
import { code, literal } from './literal.js';
import { INDENT, namedImport, PRINT_WIDTH } from './layout.js';
import { docText, propertyName, stringLiteral } from '../source-text.js';
import { docComment, printStatements } from './source-file.js';
import { byCodeUnit } from '../code-unit-order.js';

/** Emits the client module of `api` (unformatted source, no header). */
export function emitClient(api: IrApi): string {
  const statements: (string | StatementStructures)[] = [
    ...imports(api),
    constant('API', 'ApiDefinition', api.definition, `Servers, security schemes and fixed headers of ${docText(api.definition.title)}.`),
    ...api.operations.map((o) =>
      constant(o.names.descriptor, 'OperationDescriptor', operationDescriptor(api, o), `\`${o.method} ${docText(o.path)}\``),
    ),
    constant(
      'operationDescriptors',
      'Readonly<Record<string, OperationDescriptor>>',
      new Map(api.operations.map((o) => [o.operationId, code(o.names.descriptor)])),
      'Every operation descriptor by operationId, for tooling (contract tests, sandboxes) that matches exchanges to operations.',
      true,
    ),
    ...api.errorClasses.map(errorClass),
    constant(
      'ERRORS',
      'Readonly<Record<string, ApiErrorClass>>',
      new Map(api.errorClasses.map((e) => [e.schemaName, code(e.className)])),
      'Error class per documented error-body schema name.',
    ),
    ...api.tags.map((t) => tagClass(api, t)),
    ...topLevelClient(api),
  ];
  return printStatements(statements);
}

function imports(api: IrApi): (string | StatementStructures)[] {
  const types = [
    ...new Set([
      ...api.errorClasses.map((e) => e.typeName),
      ...api.operations.flatMap((o) => [o.names.params, o.names.result]),
      ...api.operations.flatMap((o) => (o.pagination ? [o.names.result] : [])),
    ]),
  ].sort(byCodeUnit);
  const runtime = namedImport(
    'import',
    [...(api.errorClasses.length > 0 ? ['ApiError'] : []), 'ClientCore', 'optionsFromEnv'].concat(
      ['ApiDefinition', 'ApiErrorClass', 'ClientOptions', 'OperationDescriptor', 'RequestOptions'].map((n) => `type ${n}`),
    ),
    './runtime/index.js',
  );
  const validators: StatementStructures = {
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier: './validators.gen.js',
    namespaceImport: 'v',
  };
  const typeImport = namedImport('import type', types, './types.gen.js');
  // A module without any validator reference must not import them (`noUnusedLocals`).
  return [runtime, ...(api.operations.some(usesValidators) ? [validators] : []), ...(types.length > 0 ? [typeImport] : [])];
}

/**
 * `const name: type = value;` with `value` written by {@link literal}, laid out from where it
 * starts on the line; on the next line, one level in, when not even its opening bracket fits after
 * `=` (prettier's layout for a very long name). Raw text: ts-morph's printer would indent the
 * lines of a broken initializer once more.
 */
function constant(name: string, type: string, value: unknown, doc: string, isExported = false): string {
  const head = `${isExported ? 'export ' : ''}const ${name}: ${type} = `;
  if (head.length + 1 > PRINT_WIDTH) return `${docComment(doc)}\n${head.trimEnd()}\n${INDENT}${literal(value, INDENT, INDENT.length, 1)};`;
  return `${docComment(doc)}\n${head}${literal(value, '', head.length, 1)};`;
}

/** Raw text: ts-morph's printer writes an empty class body on two lines. */
function errorClass(error: IrErrorClass): string {
  const doc = docComment(`An error response whose body is the documented \`${docText(error.schemaName)}\` schema.`);
  return `${doc}\nexport class ${error.className} extends ApiError<${error.typeName}> {}`;
}

function topLevelClient(api: IrApi): StatementStructures[] {
  const environments = api.definition.servers.map((s) => stringLiteral(s.environment, "'"));
  const variables = new Map<string, string[]>();
  for (const server of api.definition.servers) {
    for (const [name, v] of Object.entries(server.variables)) variables.set(name, v.enum ? [...v.enum] : []);
  }
  const optionsName = `${api.clientName}Options`;
  const environmentType = `ClientOptions<${environments.join(' | ') || 'string'}>`;
  const optionsDoc = `Options of {@link ${api.clientName}}: an environment (or \`baseUrl\`), its server variables, credentials and runtime options.`;
  const options: StatementStructures = variables.size === 0 ? {
    kind: StructureKind.TypeAlias,
    name: optionsName,
    isExported: true,
    type: environmentType,
    docs: [optionsDoc],
  } : {
    kind: StructureKind.Interface,
    name: optionsName,
    isExported: true,
    extends: [environmentType],
    docs: [optionsDoc],
    properties: [...variables].sort(([a], [b]) => byCodeUnit(a, b)).map(([name, values]) => ({
      name: propertyName(name, "'"),
      hasQuestionToken: true,
      type: values.length > 0 ? values.map((x) => stringLiteral(x, "'")).join(' | ') : 'string',
      docs: [`Server variable \`${docText(name)}\`.`],
    })),
  };
  const hasMethods = api.rootOperations.length > 0;
  const client: StatementStructures = {
    kind: StructureKind.Class,
    name: api.clientName,
    isExported: true,
    docs: [
      `Client of ${docText(api.definition.title)} (${docText(api.definition.version)}): one property per tag${hasMethods ? ', one method per untagged operation' : ''}.`,
    ],
    properties: [
      ...(hasMethods ? [{ name: '#core', type: 'ClientCore', isReadonly: true }] : []),
      ...api.tags.map((t) => ({ name: t.property, type: t.className, isReadonly: true, docs: [tagDoc(t)] })),
    ],
    ctors: [
      {
        parameters: [{ name: 'options', type: optionsName, initializer: '{}' }],
        statements: [
          'const core = new ClientCore(API, options, ERRORS);',
          ...(hasMethods ? ['this.#core = core;'] : []),
          ...api.tags.map((t) => `this.${t.property} = new ${t.className}(core);`),
        ],
      },
    ],
    methods: [
      {
        name: 'fromEnv',
        isStatic: true,
        scope: Scope.Public,
        docs: [
          `Builds a client from the \`${docText(api.definition.envPrefix)}_*\` environment variables (see the README), with \`overrides\` applied on top.\n@throws {ConfigurationError} naming the variable when one holds a bad value.`,
        ],
        parameters: [
          { name: 'env', type: 'Readonly<Record<string, string | undefined>>', hasQuestionToken: true },
          { name: 'overrides', type: optionsName, initializer: '{}' },
        ],
        returnType: api.clientName,
        statements: [`return new ${api.clientName}(optionsFromEnv(API, env, overrides) as ${optionsName});`],
      },
      ...api.rootOperations.flatMap((o) => operationMethods(api, o)),
    ],
  };
  return [options, client];
}

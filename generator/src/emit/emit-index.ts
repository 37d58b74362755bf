/**
 * `index.gen.ts`: the public surface of one generated API — types, validators, the client
 * classes, and the runtime's error classes and validation types.
 */
import { StructureKind, type StatementStructures } from 'ts-morph';
import { printStatements } from './source-file.js';

/** Runtime names re-exported from every generated index (values, then types). */
export const RUNTIME_EXPORTS = {
  values: [
    'AbortError',
    'ApiClientError',
    'ApiError',
    'AuthError',
    'ConfigurationError',
    'FailureEnvelopeError',
    'NetworkError',
    'RequestValidationError',
    'ResponseValidationError',
    'SchemaValidationError',
    'TimeoutError',
    'environmentVariables',
  ],
  types: ['ClientOptions', 'Credentials', 'Logger', 'OAuthToken', 'RequestOptions', 'ValidationError', 'ValidationResult'],
} as const;

/** Emits the index module (unformatted source, no header). */
export function emitIndex(): string {
  const statements: StatementStructures[] = [
    ...['./types.gen.js', './validators.gen.js', './client.gen.js'].map(
      (moduleSpecifier): StatementStructures => ({ kind: StructureKind.ExportDeclaration, moduleSpecifier }),
    ),
    {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: './runtime/index.js',
      namedExports: [...RUNTIME_EXPORTS.values, ...RUNTIME_EXPORTS.types.map((t) => `type ${t}`)],
    },
  ];
  return printStatements(statements);
}

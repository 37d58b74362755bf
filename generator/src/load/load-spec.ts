/**
 * Step 1 of the pipeline: load, bundle and validate one OpenAPI document.
 *
 * Parsing, `$ref` resolution (relative files included) and structural validation are Redocly's
 * openapi-core: a well-kept implementation of the OpenAPI 3.0/3.1 object model, so we do not
 * maintain our own. Its problems become our {@link Diagnostic}s with file, line and JSON pointer.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  bundle,
  createConfig,
  lint,
  type NormalizedProblem,
} from '@redocly/openapi-core';
import { UserError, hasErrors, type Diagnostic } from '../diagnostics.js';
import { diagnosticFromProblem, lineOfPointer, parseErrorDiagnostic } from './problem-location.js';
import { GENERATION_RULES } from './generation-rules.js';
import { preflight } from './preflight.js';
import { tolerateDefect } from './tolerated-defects.js';
import { isRedoclyFalsePositive } from './redocly-false-positives.js';
import { SpecResolver, isRemoteRef, type SpecResolverOptions } from './spec-resolver.js';
import { byCodeUnit } from '../code-unit-order.js';

/** OpenAPI major.minor versions the generator reads. */
export type OpenApiVersion = '3.0' | '3.1';

/** A bundled, validated OpenAPI document. */
export interface LoadedSpec {
  /** The path as the user gave it (used in every message). */
  file: string;
  absolutePath: string;
  /** The bundled document: every `$ref` is internal (`#/components/...`). Plain JSON data. */
  document: Record<string, unknown>;
  version: OpenApiVersion;
  /** `sha256:<hex>` of the bytes of every file the document was bundled from, root first. */
  hash: string;
  /** Warnings found while loading (errors throw instead). */
  diagnostics: Diagnostic[];
  /** 1-based line of a JSON pointer in the root file, where it can be found. */
  lineOf(pointer: string): number | undefined;
}

/** How {@link loadSpec} may read the document's `$ref`s. */
export type LoadOptions = SpecResolverOptions;

/**
 * Loads `file` (JSON or YAML, OpenAPI 3.0.x or 3.1.x, possibly split over files with relative
 * `$ref`s), bundles it and validates its structure. Nothing is fetched over the network unless
 * `options.allowRemoteRefs`; a local `$ref` that leaves the file's folder gives a
 * `ref-outside-spec-folder` warning.
 *
 * @throws {UserError} with one diagnostic per problem (file, line, JSON pointer) when the file
 *   cannot be read or parsed, is not OpenAPI 3.x (Swagger 2.0 is rejected with a remedy),
 *   has a dangling or (by default) remote `$ref`, a pure `$ref` cycle, an overlong `$ref` chain or
 *   nesting (see `ref-limits.ts`), an invalid structure or a duplicate operationId.
 */
export async function loadSpec(file: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  const absolutePath = path.resolve(file);
  const text = await readSource(file, absolutePath);
  const resolver = new SpecResolver(options);
  const root = await resolver.resolveDocument(null, absolutePath, true).catch((error: unknown) => error as Error);
  if (root instanceof Error) throw parseFailure(file, root);
  const version = detectVersion(file, root.parsed);
  const warnings = await preflight(file, root, resolver);
  const config = await createConfig({ rules: GENERATION_RULES });
  const problems = await lint({ ref: absolutePath, config, externalRefResolver: resolver });
  const diagnostics = [
    ...warnings,
    ...problems
      .map((p: NormalizedProblem) => diagnosticFromProblem(p, file))
      .filter((d) => !isRedoclyFalsePositive(d, root.parsed, version))
      .map((d) => tolerateDefect(d, version)),
  ];
  if (hasErrors(diagnostics)) {
    throw new UserError(`${file} is not a valid OpenAPI ${version} document`, diagnostics);
  }
  const bundled = await bundle({ ref: absolutePath, config, externalRefResolver: resolver });
  const document = bundled.bundle.parsed as Record<string, unknown>;
  const dependencies = [...bundled.fileDependencies].filter((f) => f !== absolutePath).sort(byCodeUnit);
  const hash = await hashFiles(text, dependencies, resolver);
  return {
    file,
    absolutePath,
    document,
    version,
    hash,
    diagnostics,
    lineOf: (pointer) => lineOfPointer(root.source, pointer),
  };
}

async function readSource(file: string, absolutePath: string): Promise<string> {
  try {
    return await readFile(absolutePath, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
    throw new UserError(`cannot read ${file}: ${reason}`, [
      { code: 'unreadable-file', severity: 'error', file, pointer: '#', message: reason },
    ]);
  }
}

function parseFailure(file: string, error: Error): UserError {
  return new UserError(`${file} is not valid JSON or YAML`, [parseErrorDiagnostic(file, error)]);
}

function detectVersion(file: string, parsed: unknown): OpenApiVersion {
  const root = (parsed ?? {}) as Record<string, unknown>;
  const fail = (message: string, pointer: string): never => {
    throw new UserError(`${file} is not an OpenAPI 3.0 or 3.1 document`, [
      { code: 'not-openapi', severity: 'error', file, pointer, message },
    ]);
  };
  if (root['swagger'] !== undefined) {
    fail(
      `Swagger ${String(root['swagger'])} is not supported: convert it to OpenAPI 3 first (for example with \`npx swagger2openapi ${file} -o openapi.yaml\`)`,
      '#/swagger',
    );
  }
  const openapi = root['openapi'];
  if (typeof openapi !== 'string') return fail('missing the `openapi` version field', '#');
  if (/^3\.0\.\d+$/.test(openapi)) return '3.0';
  if (/^3\.1\.\d+$/.test(openapi)) return '3.1';
  return fail(`unsupported OpenAPI version ${openapi}: 3.0.x and 3.1.x are supported`, '#/openapi');
}

/** Hashes the root's text and each dependency's bytes (a fetched one: the body the resolver holds). */
async function hashFiles(rootText: string, dependencies: readonly string[], resolver: SpecResolver): Promise<string> {
  const hash = createHash('sha256').update(rootText);
  for (const dependency of dependencies) {
    if (!isRemoteRef(dependency)) {
      hash.update(await readFile(dependency));
      continue;
    }
    const fetched = await resolver.resolveDocument(null, dependency);
    if (fetched instanceof Error) throw fetched;
    hash.update(fetched.source.body);
  }
  return `sha256:${hash.digest('hex')}`;
}

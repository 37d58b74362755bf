/**
 * Prism (`@stoplight/prism-cli`, https://docs.stoplight.io/docs/prism) as an independent validating
 * proxy for the tests: `prism proxy <spec> <upstream>` forwards every request to the upstream server
 * and reports what breaks the spec in the `sl-violations` response header, a JSON array of
 * `{ location: ['request' | 'response', …], severity, code, message }`. None of our own validators
 * take part, so a finding here cannot share a blind spot with them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { fromPackageRoot } from '../../generator/src/package-root.js';
import { specDocument, specPath } from '../core/spec-file.js';
import type { ApiName } from '../core/types.js';

/** One violation Prism reported about a request. */
export interface RequestViolation {
  readonly method: string;
  readonly url: string;
  /** Where in the request: `header`, `query`, `body`, … (Prism's `location` after `request`). */
  readonly location: string;
  readonly message: string;
}

/** A running Prism proxy. */
export interface PrismProxy {
  /** The base URL clients use instead of the upstream's. */
  readonly url: string;
  /** Stops the process and removes its temporary spec, if any. */
  close(): Promise<void>;
}

/** How long Prism may take to say it listens, in milliseconds (it compiles the spec first). */
const START_LIMIT_MS = 45_000;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The spec file Prism reads for `api`. ABConnect's identity token endpoint is kept aside as
 * `components.pathItems.identityToken` (spec `x-identity-server`); the clients call it at
 * `<base>/connect/token`, so a copy of the spec lists it under that path for Prism to check too.
 */
function specFileFor(api: ApiName): { file: string; temporary?: string } {
  if (api === 'payquicker') return { file: specPath(api) };
  const document = structuredClone(specDocument(api)) as Record<string, Record<string, unknown>>;
  const identity = (document['components']?.['pathItems'] as Record<string, unknown> | undefined)?.['identityToken'];
  if (identity === undefined) throw new Error(`spec/${api}.yaml has no components.pathItems.identityToken`);
  document['paths'] = { ...document['paths'], '/connect/token': identity };
  const folder = mkdtempSync(path.join(tmpdir(), 'prism-spec-'));
  const file = path.join(folder, `${api}.yaml`);
  writeFileSync(file, stringify(document));
  return { file, temporary: folder };
}

function waitForListening(child: ChildProcess, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`prism did not listen within ${START_LIMIT_MS} ms:\n${output}`)), START_LIMIT_MS);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes(`listening on http://127.0.0.1:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`prism exited with code ${String(code)} before listening:\n${output}`));
    });
  });
}

/**
 * Starts `prism proxy` for `spec/<api>.yaml` in front of `upstream` (the API's base URL) on a free
 * loopback port and resolves once it listens.
 * @throws {Error} when Prism exits or does not listen within {@link START_LIMIT_MS}.
 */
export async function startPrismProxy(api: ApiName, upstream: string): Promise<PrismProxy> {
  const port = await freePort();
  const spec = specFileFor(api);
  const cli = fromPackageRoot('node_modules/@stoplight/prism-cli/dist/index.js');
  const child = spawn(process.execPath, [cli, 'proxy', spec.file, upstream, '--port', String(port), '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const close = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    if (spec.temporary !== undefined) rmSync(spec.temporary, { recursive: true, force: true });
  };
  try {
    await waitForListening(child, port);
  } catch (error) {
    await close();
    throw error;
  }
  // Prism logs every request; nobody reads it after start, so drain the pipes to keep it from blocking.
  child.stdout?.resume();
  child.stderr?.resume();
  return { url: `http://127.0.0.1:${port}`, close };
}

/**
 * A `fetch` that passes everything through and collects the request violations Prism reported in
 * each response's `sl-violations` header into `violations`.
 */
export function violationCollector(violations: RequestViolation[], inner: typeof fetch = globalThis.fetch): typeof fetch {
  const collecting = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const response = await inner(request);
    const header = response.headers.get('sl-violations');
    if (header !== null) {
      const reported = JSON.parse(header) as { location?: string[]; message?: string }[];
      for (const v of reported.filter((r) => r.location?.[0] === 'request')) {
        violations.push({ method: request.method, url: request.url, location: (v.location ?? []).slice(1).join('.'), message: v.message ?? '' });
      }
    }
    return response;
  };
  return collecting as typeof fetch;
}

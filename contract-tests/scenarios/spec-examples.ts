/**
 * The vendors' documented request examples, read from the specs (OpenAPI 3.1 §4.8.14 Media Type
 * Object `examples`), so scenarios send exactly what the vendor documents and stay in step with
 * the spec when an example changes.
 */
import { specDocument } from '../core/spec-file.js';
import type { ApiName } from '../core/types.js';

type Node = Record<string, unknown>;

/** Parses both specs now, so the first scenario of a run does not pay for it (test set-up calls this). */
export function preloadRequestExamples(): void {
  specDocument('payquicker');
  specDocument('abconnect');
}

function child(node: unknown, key: string): unknown {
  return typeof node === 'object' && node !== null ? (node as Node)[key] : undefined;
}

/**
 * The value of request body example `name` of operation `operationId` in `spec/<api>.yaml`.
 * @throws {Error} naming the spec file and the JSON pointer when the example does not exist.
 */
export function requestExample<T = unknown>(api: ApiName, operationId: string, name: string): T {
  const paths = child(specDocument(api), 'paths') as Node | undefined;
  for (const [path, item] of Object.entries(paths ?? {})) {
    for (const [method, operation] of Object.entries(item as Node)) {
      if (child(operation, 'operationId') !== operationId) continue;
      const content = child(child(operation, 'requestBody'), 'content') as Node | undefined;
      for (const [mediaType, media] of Object.entries(content ?? {})) {
        const example = child(child(media, 'examples'), name);
        if (example !== undefined) return structuredClone(child(example, 'value')) as T;
        const pointer = `#/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}/requestBody/content/${mediaType.replace(/\//g, '~1')}/examples/${name}`;
        throw new Error(`spec/${api}.yaml ${pointer}: no such request example`);
      }
    }
  }
  throw new Error(`spec/${api}.yaml: operation ${operationId} has no request body examples`);
}

/**
 * Maps an HTTP request to the operation of the spec it calls, by method and path template
 * (OpenAPI 3.1 §4.8.8 Paths Object: a concrete path matches a template whose `{name}` segments
 * each stand for one non-empty segment; a literal match wins over a templated one).
 */
import { descriptorsOf } from './descriptors.js';
import type { ApiName } from './types.js';

/**
 * ABConnect's identity server token endpoint. It is not part of the JobPayment spec (the vendor
 * hosts it on `login.abconnect.co`); the runtime calls `<baseUrl>/connect/token` when `baseUrl` is
 * given, so exchanges name it with this pseudo operationId.
 */
export const ABCONNECT_TOKEN_OPERATION = 'requestIdentityToken';

interface CompiledOperation {
  operationId: string;
  method: string;
  pattern: RegExp;
  /** Number of templated segments: fewer means more specific. */
  templated: number;
}

const compiled = new Map<ApiName, CompiledOperation[]>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(api: ApiName): CompiledOperation[] {
  const known = compiled.get(api);
  if (known !== undefined) return known;
  const operations = Object.values(descriptorsOf(api)).map((op) => {
    const segments = op.path.split('/').map((segment) =>
      /^\{[^}]+\}$/.test(segment) ? '[^/]+' : escapeRegExp(segment),
    );
    return {
      operationId: op.operationId,
      method: op.method,
      pattern: new RegExp(`^${segments.join('/')}$`),
      templated: (op.path.match(/\{/g) ?? []).length,
    };
  });
  if (api === 'abconnect') {
    operations.push({ operationId: ABCONNECT_TOKEN_OPERATION, method: 'POST', pattern: /^\/connect\/token$/, templated: 0 });
  }
  operations.sort((a, b) => a.templated - b.templated);
  compiled.set(api, operations);
  return operations;
}

/**
 * The operationId of the operation `method path` calls, or undefined when none matches.
 * @param path the request path relative to the API base URL (`/payments/jobs/jobs-1?x=1`); the
 *   query and a trailing slash are ignored, segments are compared percent-decoded.
 */
export function matchOperation(api: ApiName, method: string, path: string): string | undefined {
  const bare = (path.split(/[?#]/)[0] ?? '').replace(/(.)\/$/, '$1');
  let decoded: string;
  try {
    decoded = bare.split('/').map((segment) => decodeURIComponent(segment)).join('/');
  } catch {
    decoded = bare;
  }
  const upper = method.toUpperCase();
  return compile(api).find((op) => op.method === upper && (op.pattern.test(decoded) || op.pattern.test(bare)))?.operationId;
}

/**
 * A PayQuicker-like server: the token endpoint at `/api/v2/auth/connect/token` and the API under
 * `/api/v2`, each answered by a scriptable handler.
 */
import type { ServerResponse } from 'node:http';
import { startServer, tokenBody, sendJson, type RecordedRequest, type TestServer } from './http-server.js';

export const TOKEN_PATH = '/api/v2/auth/connect/token';

/** Handlers of a scenario; defaults: tokens `tok-1`, `tok-2`, … valid one hour; API answers 200 `{}`. */
export interface ScenarioHandlers {
  token?: (req: RecordedRequest, res: ServerResponse, n: number) => void | Promise<void>;
  api?: (req: RecordedRequest, res: ServerResponse, n: number) => void | Promise<void>;
}

/** A running scenario and its base URL (`…/api/v2`). */
export interface Scenario extends TestServer {
  readonly baseUrl: string;
  tokenRequests(): RecordedRequest[];
  apiRequests(): RecordedRequest[];
}

export async function startScenario(handlers: ScenarioHandlers = {}): Promise<Scenario> {
  let tokens = 0;
  let calls = 0;
  const server = await startServer(async (req, res) => {
    if (req.path === TOKEN_PATH) {
      tokens++;
      if (handlers.token) await handlers.token(req, res, tokens);
      else sendJson(res, 200, tokenBody(`tok-${tokens}`));
      return;
    }
    calls++;
    if (handlers.api) await handlers.api(req, res, calls);
    else sendJson(res, 200, {});
  });
  return {
    ...server,
    baseUrl: `${server.origin}/api/v2`,
    tokenRequests: () => server.requestsTo(TOKEN_PATH),
    apiRequests: () => server.requests.filter((r) => r.path !== TOKEN_PATH),
  };
}

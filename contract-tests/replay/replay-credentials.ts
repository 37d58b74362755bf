/**
 * Credentials for replaying a cassette: whatever the recording used, with every secret replaced by
 * the scrubbing placeholder. The client then sends requests that scrub to exactly what was
 * recorded (the same scopes, username and client id; secrets compare as placeholders).
 */
import { ABCONNECT_TOKEN_OPERATION, matchOperation } from '../core/match-operation.js';
import type { Cassette } from '../har/cassette.js';
import { SCRUBBED } from '../har/scrub.js';

function tokenForm(cassette: Cassette, operationId: string): URLSearchParams | undefined {
  const exchange = cassette.exchanges.find(
    (e) => matchOperation(cassette.api, e.request.method, e.request.path) === operationId && e.request.body !== undefined,
  );
  return exchange === undefined ? undefined : new URLSearchParams(exchange.request.body);
}

/** Credentials in the shape the generated client of `cassette.api` takes. */
export function replayCredentials(cassette: Cassette): Record<string, unknown> {
  if (cassette.api === 'payquicker') {
    const scope = tokenForm(cassette, 'requestToken')?.get('scope');
    return { clientId: 'replay-client', clientSecret: SCRUBBED, ...(scope ? { scopes: scope.split(' ') } : {}) };
  }
  const form = tokenForm(cassette, ABCONNECT_TOKEN_OPERATION);
  if (form === undefined) return { accessToken: SCRUBBED };
  return {
    username: form.get('username') ?? 'replay-user',
    password: SCRUBBED,
    clientId: form.get('client_id') ?? 'replay-client',
    clientSecret: SCRUBBED,
  };
}

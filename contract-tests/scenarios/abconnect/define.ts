/**
 * Shorthands for ABConnect scenarios: a happy path is one client call that must succeed, and most
 * error cases are the same call refused with 400 `ServiceBaseResponse` (`success: false`).
 */
import type { AbConnectClient } from '../../../generated/abconnect/index.gen.js';
import type { ScenarioContext } from '../../core/fixtures.js';
import type { Scenario } from '../../core/types.js';
import { expectHttpError } from '../expect-error.js';

/** One client call; `context` gives the target's fixtures (core/fixtures.ts). */
type Call = (client: AbConnectClient, context: ScenarioContext) => Promise<unknown>;

interface Definition {
  name: string;
  description: string;
  operationId: string;
  mutates: boolean;
}

/** A scenario that makes `call` (one JobPayment call after the identity token request), which must succeed. */
export function happy(definition: Definition, call: Call): Scenario<'abconnect'> {
  return {
    api: 'abconnect',
    name: definition.name,
    description: definition.description,
    kind: 'happy',
    operations: [definition.operationId],
    mutates: definition.mutates,
    async run(client, context) {
      await call(client, context);
    },
  };
}

/** A scenario whose `call` must be refused with 400 and a `ServiceBaseResponse` with `success: false`. */
export function refused(definition: Definition, call: Call): Scenario<'abconnect'> {
  return {
    api: 'abconnect',
    name: definition.name,
    description: definition.description,
    kind: 'error',
    operations: [definition.operationId],
    mutates: definition.mutates,
    async run(client, context) {
      await expectHttpError(call(client, context), 400, { success: false });
    },
  };
}

/**
 * Request bodies of `createPaymentJob` from the spec's examples, with the target's fixtures in place
 * of the example ids (funding account, destination) and a clientPaymentId that is fresh per run off
 * the embedded sandbox (see core/fixtures.ts), so a vendor sandbox does not refuse a repeated one.
 */
import type { CreatePaymentJobParams } from '../../../generated/payquicker/index.gen.js';
import type { ScenarioContext } from '../../core/fixtures.js';
import { requestExample } from '../spec-examples.js';

/** The request body of `createPaymentJob`. */
export type JobBody = NonNullable<CreatePaymentJobParams['body']>;

type Item = Record<string, unknown>;

function withFixtures(body: JobBody, context: ScenarioContext): JobBody {
  const items = (body.items as Item[]).map((item): Item => ({
    ...item,
    ...(typeof item['sourceToken'] === 'string' ? { sourceToken: context.text('sourceToken') } : {}),
    ...(typeof item['destinationToken'] === 'string' ? { destinationToken: context.text('destinationToken') } : {}),
    ...(typeof item['clientPaymentId'] === 'string' ? { clientPaymentId: context.unique(item['clientPaymentId']) } : {}),
  }));
  return { ...body, items } as JobBody;
}

/** The `portalJob` example (one payment to a portal user). */
export function portalJobBody(context: ScenarioContext): JobBody {
  return withFixtures(requestExample<JobBody>('payquicker', 'createPaymentJob', 'portalJob'), context);
}

/** The `gatewayJob` example (one payment to a destination). */
export function gatewayJobBody(context: ScenarioContext): JobBody {
  return withFixtures(requestExample<JobBody>('payquicker', 'createPaymentJob', 'gatewayJob'), context);
}

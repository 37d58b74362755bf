/**
 * The vendor's documented example data (spec/payquicker.yaml `examples`, doc/models/*) that a fresh
 * sandbox knows, so the spec's examples work against it unchanged.
 */
import type { StoredJob } from './state.js';

/** The source of funds of every vendor example. */
export const EXAMPLE_SOURCE_TOKEN = 'acct-3908ab5a-6ce1-474d-8b80-a63a7b147860';

/** The destination of every vendor example. */
export const EXAMPLE_DESTINATION_TOKEN = 'dest-631b200f-665d-4dbe-bd01-3063c9dec97d';

/** The job of every vendor example. */
export const EXAMPLE_JOB_TOKEN = 'jobs-2bbfc967-d12e-4647-a887-d905172fb4bc';

/** Tokens a payment may take its funds from; any other well-formed token is refused as unknown. */
export const KNOWN_SOURCE_TOKENS: ReadonlySet<string> = new Set([EXAMPLE_SOURCE_TOKEN]);

/** Tokens a gateway payment may pay to; any other well-formed token is refused as unknown. */
export const KNOWN_DESTINATION_TOKENS: ReadonlySet<string> = new Set([EXAMPLE_DESTINATION_TOKEN]);

/** API versions (`X-MyPayQuicker-Version`) the sandbox serves: the one the spec describes. */
export const SUPPORTED_API_VERSIONS: ReadonlySet<string> = new Set(['2026.02.01']);

/** The completed gateway job of the `listPaymentJobs` example, with the portal id of the `retrievePaymentJob` example. */
export function exampleJob(): StoredJob {
  return {
    token: EXAMPLE_JOB_TOKEN,
    portalId: 'tjvbh',
    created: '2026-02-07T22:23:09.9667010Z',
    notBefore: '2026-02-08T09:00:00Z',
    status: 'COMPLETED',
    items: [
      {
        token: 'pmnt-37be18b6-301a-4a37-8723-ddf645abcdb7',
        amount: 1.02,
        clientPaymentId: 'd4b6f130-1d1c-4ce2-903a-0c1ad128f55e',
        created: '2026-02-07T22:23:09.9667010Z',
        currency: 'USD',
        destinationToken: EXAMPLE_DESTINATION_TOKEN,
        sourceToken: EXAMPLE_SOURCE_TOKEN,
        memo: 'February bonus batch',
        note: 'Thank you for a great month',
        purpose: 'BONUS',
        receiptToken: 'rcpt-b7fda294-8d3a-48e8-9a11-ef7be07a732c',
      },
    ],
  };
}

/**
 * The two documents the validator benchmark checks, shaped as `PaymentJobResult`
 * (spec/payquicker.yaml `#/components/schemas/PaymentJobResult`): a valid job of ten payments
 * that exercises every property (patterns, lengths, enums, date-times, int32, unique links,
 * required `rel`/`timezone`/`requestRef`), and the same job with one bad nested token.
 */

const ITEM_COUNT = 10;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0').slice(-width);
}

/** A well-formed `<prefix>-<uuid>` token (41 characters for a 4-letter prefix). */
export function token(prefix: string, n: number): string {
  return `${prefix}-${hex(n, 8)}-${hex(n, 4)}-4${hex(n, 3)}-a${hex(n, 3)}-${hex(n, 12)}`;
}

function link(href: string, rel: string): { href: string; params: { rel: string } } {
  return { href, params: { rel } };
}

function item(i: number): Record<string, unknown> {
  const paymentToken = token('pmnt', 0x1000 + i);
  return {
    token: paymentToken,
    portalId: `portal-${i}`,
    amount: 10.25 + i,
    clientPaymentId: `client-payment-${i}`,
    created: '2026-02-07T22:23:09.966Z',
    currency: i % 2 === 0 ? 'USD' : 'EUR',
    destinationToken: token('dest', 0x2000 + i),
    programUserId: `user-${1000 + i}`,
    email: `payee${i}@example.com`,
    memo: 'February bonus batch',
    note: 'Thank you for a great month',
    purpose: 'BONUS',
    sourceToken: token('acct', 0x3000),
    status: 'COMPLETED',
    receiptToken: token('rcpt', 0x4000 + i),
    links: [link(`/payquicker/api/v2/payments/${paymentToken}`, 'self')],
  };
}

/** A valid 10-item `PaymentJobResult`; a fresh object per call so no validator caches it. */
export function validJob(): Record<string, unknown> {
  const jobToken = token('jobs', 0x5000);
  return {
    token: jobToken,
    portalId: 'tjvbh',
    filename: 'february-bonus.csv',
    fileToken: token('docu', 0x6000),
    created: '2026-02-07T22:23:09.966Z',
    notBefore: '2026-02-08T09:00:00+01:00',
    count: ITEM_COUNT,
    type: 'PAYMENTS',
    status: 'COMPLETED',
    items: Array.from({ length: ITEM_COUNT }, (_, i) => item(i)),
    links: [link(`/payquicker/api/v2/payments/jobs/${jobToken}`, 'self'), link('/payquicker/api/v2/payments/jobs', 'collection')],
    meta: { timezone: 'UTC', requestRef: '20260207T231757Z-r1d65bb46d495mgjhC1BL1qvx400000004rg00000000c2uh' },
  };
}

/**
 * The valid job with the 8th item's `destinationToken` breaking its pattern
 * (`^(acct|dest|user)-…$`) while keeping its length of 41, so exactly one nested rule fails.
 */
export function invalidJob(): Record<string, unknown> {
  const job = validJob();
  const items = job['items'] as Record<string, unknown>[];
  items[7] = { ...items[7], destinationToken: token('desk', 0x2007) };
  return job;
}

/** A probe for the agreement check: a document and whether the spec accepts it. */
export interface Probe {
  readonly name: string;
  readonly value: unknown;
  readonly valid: boolean;
}

function withChange(change: (job: Record<string, unknown>) => void): Record<string, unknown> {
  const job = validJob();
  change(job);
  return job;
}

/**
 * Documents every validator must judge alike before anything is timed: the two timed ones plus
 * one break per kind of rule (enum, date-time, int32, uniqueItems, required, length).
 */
export function probes(): Probe[] {
  const firstItem = (job: Record<string, unknown>) => (job['items'] as Record<string, unknown>[])[0]!;
  return [
    { name: 'valid 10-item job', value: validJob(), valid: true },
    { name: 'bad nested destinationToken', value: invalidJob(), valid: false },
    { name: 'unknown currency', value: withChange((j) => (firstItem(j)['currency'] = 'XXX')), valid: false },
    { name: 'impossible date-time', value: withChange((j) => (j['created'] = '2026-02-30T10:00:00Z')), valid: false },
    { name: 'count beyond int32', value: withChange((j) => (j['count'] = 2 ** 31)), valid: false },
    { name: 'duplicate links', value: withChange((j) => (j['links'] = [{ href: '/a' }, { href: '/a' }])), valid: false },
    { name: 'meta without requestRef', value: withChange((j) => (j['meta'] = { timezone: 'UTC' })), valid: false },
    { name: 'short email', value: withChange((j) => (firstItem(j)['email'] = 'a@b.c')), valid: false },
    { name: 'undocumented property', value: withChange((j) => (j['extra'] = true)), valid: true },
  ];
}

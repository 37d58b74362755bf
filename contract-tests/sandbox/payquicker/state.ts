/**
 * The PayQuicker jobs a sandbox holds, and the rules they follow.
 *
 * Status rule (deterministic): a job is created `SUBMITTED`; every `retrievePaymentJob` of it moves
 * it one step, `SUBMITTED` → `PROCESSING` → `COMPLETED`, before answering (listing never moves it).
 * `cancelPaymentJob` turns a `SUBMITTED` or `PROCESSING` job `CANCELLED`; a `COMPLETED` or already
 * `CANCELLED` job cannot be cancelled (400). Each payment's status follows its job's (see
 * `payment-status` in job-view.ts).
 *
 * Deduplication (doc/models/gateway-payment-job-quote.md: `clientPaymentId` is "utilized for
 * reference and deduplication"): a create whose items all carry clientPaymentIds that are already
 * the items of one existing job creates nothing and answers that job again, as it is now (an
 * idempotent replay). A create mixing known and new clientPaymentIds, reusing ids of more than one
 * job, or only some of one job's ids, is refused (409): no payment is ever made twice. Ids repeated inside one request are a 400.
 *
 * Caps: at most {@link MAX_JOBS} jobs (the oldest evicted, with their clientPaymentIds) and
 * {@link MAX_ITEMS_PER_JOB} items per job.
 */
import { BoundedMap } from '../bounded-map.js';
import type { SandboxContext } from '../context.js';
import { alphanumeric, prefixedToken } from '../ids.js';
import { EXAMPLE_SOURCE_TOKEN, exampleJob } from './seed-data.js';

/** Most jobs kept; creating one more evicts the oldest. */
export const MAX_JOBS = 500;
/** Most items one job may hold; a larger create is refused with 400. */
export const MAX_ITEMS_PER_JOB = 1000;

/** The job states the sandbox uses, a subset of the spec's `JobStatusTypes`. */
export type JobStatus = 'SUBMITTED' | 'PROCESSING' | 'COMPLETED' | 'CANCELLED';

/** A payment as the sandbox stores it: wire names, defaults already applied. */
export interface StoredPayment {
  readonly token: string;
  readonly amount: number;
  readonly currency: string;
  readonly sourceToken: string;
  readonly created: string;
  readonly receiptToken: string;
  readonly clientPaymentId?: string;
  readonly destinationToken?: string;
  readonly programUserId?: string;
  readonly email?: string;
  readonly note?: string;
  readonly memo?: string;
  readonly purpose?: string;
}

/** A job as the sandbox stores it. */
export interface StoredJob {
  readonly token: string;
  readonly portalId: string;
  readonly created: string;
  readonly notBefore?: string;
  status: JobStatus;
  readonly items: readonly StoredPayment[];
}

/** One item of a validated create request (`GatewayPaymentJobQuote` or `PortalPaymentJobQuote`). */
export type PaymentDraft = Readonly<Record<string, unknown>>;

/** What a create request resolves to against the clientPaymentIds already known. */
export type DedupOutcome =
  | { readonly kind: 'new' }
  | { readonly kind: 'replay'; readonly job: StoredJob }
  | { readonly kind: 'conflict'; readonly index: number; readonly jobToken: string };

/** The spec's documented defaults of a quote (GatewayPaymentJobQuote `default`s). */
const DEFAULT_AMOUNT = 1.02;
const DEFAULT_CURRENCY = 'USD';
const DEFAULT_SOURCE = EXAMPLE_SOURCE_TOKEN;
/** The optional text fields a quote may carry over to its payment. */
type OptionalText = 'clientPaymentId' | 'destinationToken' | 'programUserId' | 'email' | 'note' | 'memo' | 'purpose';

/** The jobs of one sandbox. */
export class JobStore {
  readonly #ctx: SandboxContext;
  readonly #byClientPaymentId = new Map<string, string>();
  readonly #jobs = new BoundedMap<string, StoredJob>(MAX_JOBS, (_token, job) => this.#unindex(job));

  /** Starts with the vendor's example job. */
  constructor(ctx: SandboxContext) {
    this.#ctx = ctx;
    this.#add(exampleJob());
  }

  /** The job with `token`, if held. */
  get(token: string): StoredJob | undefined {
    return this.#jobs.get(token);
  }

  /** Every job, oldest first (the list order). Never empty: the store starts with one job and only evicts to make room. */
  all(): StoredJob[] {
    return [...this.#jobs.values()];
  }

  /** How `items` relate to the jobs already held (see the module comment). */
  dedup(items: readonly PaymentDraft[]): DedupOutcome {
    const owners = items.map((item) => {
      const id = item['clientPaymentId'];
      return typeof id === 'string' ? this.#byClientPaymentId.get(id) : undefined;
    });
    const firstKnown = owners.findIndex((owner) => owner !== undefined);
    if (firstKnown === -1) return { kind: 'new' };
    const owner = owners[firstKnown] as string;
    const conflict = (index: number): DedupOutcome => ({ kind: 'conflict', index, jobToken: owners[index] ?? owner });
    if (owners.includes(undefined)) return conflict(firstKnown);
    const differing = owners.findIndex((o) => o !== owner);
    if (differing !== -1) return conflict(differing);
    const job = this.#jobs.get(owner);
    return job !== undefined && job.items.length === items.length ? { kind: 'replay', job } : conflict(0);
  }

  /** Creates a `SUBMITTED` job from validated, deduplicated items. */
  create(notBefore: string | undefined, items: readonly PaymentDraft[]): StoredJob {
    const created = new Date(this.#ctx.clock.now()).toISOString();
    const job: StoredJob = {
      token: prefixedToken(this.#ctx.entropy, 'jobs'),
      portalId: alphanumeric(this.#ctx.entropy, 5, 'abcdefghijklmnopqrstuvwxyz'),
      created,
      ...(notBefore === undefined ? {} : { notBefore }),
      status: 'SUBMITTED',
      items: items.map((item) => this.#payment(item, created)),
    };
    this.#add(job);
    return job;
  }

  /** Moves `job` one step along SUBMITTED → PROCESSING → COMPLETED; other states stay. */
  advance(job: StoredJob): void {
    if (job.status === 'SUBMITTED') job.status = 'PROCESSING';
    else if (job.status === 'PROCESSING') job.status = 'COMPLETED';
  }

  /** Cancels `job` when it has not finished; otherwise returns the state that prevents it. */
  cancel(job: StoredJob): 'cancelled' | 'COMPLETED' | 'CANCELLED' {
    if (job.status === 'COMPLETED' || job.status === 'CANCELLED') return job.status;
    job.status = 'CANCELLED';
    return 'cancelled';
  }

  /** A payment in the vendor's field order (PaymentObject), with the spec's defaults for what the item leaves out. */
  #payment(item: PaymentDraft, created: string): StoredPayment {
    const text = (key: OptionalText): Record<string, string> => {
      const value = item[key];
      return typeof value === 'string' ? { [key]: value } : {};
    };
    return {
      token: prefixedToken(this.#ctx.entropy, 'pmnt'),
      amount: typeof item['amount'] === 'number' ? item['amount'] : DEFAULT_AMOUNT,
      ...text('clientPaymentId'),
      created,
      currency: typeof item['currency'] === 'string' ? item['currency'] : DEFAULT_CURRENCY,
      ...text('destinationToken'),
      ...text('programUserId'),
      ...text('email'),
      sourceToken: typeof item['sourceToken'] === 'string' ? item['sourceToken'] : DEFAULT_SOURCE,
      ...text('memo'),
      ...text('note'),
      ...text('purpose'),
      receiptToken: prefixedToken(this.#ctx.entropy, 'rcpt'),
    };
  }

  #add(job: StoredJob): void {
    this.#jobs.set(job.token, job);
    for (const item of job.items) {
      if (item.clientPaymentId !== undefined) this.#byClientPaymentId.set(item.clientPaymentId, job.token);
    }
  }

  #unindex(job: StoredJob): void {
    for (const item of job.items) {
      if (item.clientPaymentId !== undefined) this.#byClientPaymentId.delete(item.clientPaymentId);
    }
  }
}

/**
 * The ABConnect jobs a sandbox knows and their payment state.
 *
 * Known jobs: display ids `2000000` to `2000099` (KNOWN_JOB_FIRST..KNOWN_JOB_LAST); any other id is an
 * unknown job (400). Job 2000000 starts with the vendor's two example sources (ids 1187, 1203) and
 * the example bank account awaiting verification; the others start empty.
 *
 * Verification: `attachCustomerBank` and `addBankSource` each put the job's bank account in
 * "awaiting verification" with fresh micro-deposits (micro-deposits.ts), replacing any earlier one.
 * `verifyJobAchSource` with the right amounts verifies it; wrong amounts are refused and it stays
 * pending; `cancelJobAchVerification` abandons it. A paid job refuses further payment operations.
 *
 * Caps: 100 jobs (the known ids) and MAX_SOURCES_PER_JOB sources per job, the oldest dropped.
 * New source ids count up from FIRST_SOURCE_ID, the same in every run.
 */
import type { SandboxContext } from '../context.js';
import { EXAMPLE_BANK_TOKEN, amountsMatch, microDepositAmounts } from './micro-deposits.js';

/** Lowest known job display id: the vendor's example job. */
export const KNOWN_JOB_FIRST = 2_000_000;
/** Highest known job display id. */
export const KNOWN_JOB_LAST = 2_000_099;
/** Most saved sources per job. */
export const MAX_SOURCES_PER_JOB = 50;
/** The id the first added source gets. */
export const FIRST_SOURCE_ID = 5000;

/** A `PaymentSourceDetails` as stored. */
export interface Source {
  readonly id: number;
  readonly friendlyName: string | null;
  readonly bankName: string | null;
  readonly accountNumber: string | null;
  readonly bankId: string | null;
}

/** The bank account verification of a job. */
export interface Verification {
  status: 'pending' | 'verified' | 'cancelled';
  readonly amounts: readonly number[];
}

/** One job's payment state. */
export interface PaymentJob {
  readonly displayId: string;
  readonly sources: Source[];
  verification: Verification | undefined;
  achSessionOpen: boolean;
  creditTransferRequested: boolean;
  paidWithSourceId: number | undefined;
}

/** A refusal message (business rule), or undefined when the operation was carried out. */
export type Outcome = string | undefined;

const EXAMPLE_SOURCES: readonly Source[] = [
  { id: 1187, friendlyName: 'Business checking', bankName: 'Wells Fargo', accountNumber: '000123456789', bankId: 'ba_1PqS8tLkdIwHu7ixA1b2C3d4' },
  { id: 1203, friendlyName: 'Reserve savings', bankName: 'Chase', accountNumber: '000987654321', bankId: 'ba_1PqT0uLkdIwHu7ixE5f6G7h8' },
];

/** The payment state of every known job of one sandbox. */
export class PaymentStore {
  readonly #ctx: SandboxContext;
  readonly #jobs = new Map<string, PaymentJob>();
  #nextSourceId = FIRST_SOURCE_ID;

  constructor(ctx: SandboxContext) {
    this.#ctx = ctx;
  }

  /** The job with display id `displayId`, created on first use; undefined for an unknown id. */
  job(displayId: string): PaymentJob | undefined {
    if (!/^\d{7}$/.test(displayId) || Number(displayId) < KNOWN_JOB_FIRST || Number(displayId) > KNOWN_JOB_LAST) return undefined;
    let job = this.#jobs.get(displayId);
    if (job === undefined) {
      job = { displayId, sources: [], verification: undefined, achSessionOpen: false, creditTransferRequested: false, paidWithSourceId: undefined };
      if (displayId === String(KNOWN_JOB_FIRST)) {
        job.sources.push(...EXAMPLE_SOURCES.map((s) => ({ ...s })));
        job.verification = this.#pending(displayId, `bank:${EXAMPLE_BANK_TOKEN}`);
      }
      this.#jobs.set(displayId, job);
    }
    return job;
  }

  /** The amounts a pending verification of the job expects, or undefined when none is pending. */
  pendingAmounts(displayId: string): readonly number[] | undefined {
    const verification = this.job(displayId)?.verification;
    return verification?.status === 'pending' ? verification.amounts : undefined;
  }

  /** Starts (or restarts) verification of the bank account `bankTokenId`. */
  attachBank(job: PaymentJob, bankTokenId: string): Outcome {
    if (job.paidWithSourceId !== undefined) return `Job ${job.displayId} is already paid.`;
    job.verification = this.#pending(job.displayId, `bank:${bankTokenId}`);
    return undefined;
  }

  /** Saves a bank account as a source (a new id) and starts its verification. */
  addBankSource(job: PaymentJob, details: Omit<Source, 'id'>): Outcome {
    const source: Source = { id: this.#nextSourceId++, ...details };
    job.sources.push(source);
    if (job.sources.length > MAX_SOURCES_PER_JOB) job.sources.shift();
    job.verification = this.#pending(job.displayId, `source:${source.id}`);
    return undefined;
  }

  /** Verifies the pending bank account when `values` are its two micro-deposits. */
  verify(job: PaymentJob, values: readonly unknown[] | null | undefined): Outcome {
    const verification = job.verification;
    if (verification?.status !== 'pending') return `The bank account of job ${job.displayId} is not awaiting verification.`;
    if (!amountsMatch(verification.amounts, values)) return `The amounts do not match the micro-deposits sent to the bank account of job ${job.displayId}.`;
    verification.status = 'verified';
    return undefined;
  }

  /** Abandons a pending verification. */
  cancelVerification(job: PaymentJob): Outcome {
    if (job.verification?.status !== 'pending') return `The bank account of job ${job.displayId} is not awaiting verification.`;
    job.verification.status = 'cancelled';
    return undefined;
  }

  /** Opens an ACH payment session on an unpaid job. */
  openAchSession(job: PaymentJob): Outcome {
    if (job.paidWithSourceId !== undefined) return `Job ${job.displayId} is already paid.`;
    job.achSessionOpen = true;
    return undefined;
  }

  /** Records an ACH credit transfer request on an unpaid job. */
  requestCreditTransfer(job: PaymentJob): Outcome {
    if (job.paidWithSourceId !== undefined) return `Job ${job.displayId} is already paid.`;
    job.creditTransferRequested = true;
    return undefined;
  }

  /** Pays an unpaid job from one of its saved sources. */
  payBySource(job: PaymentJob, sourceId: number): Outcome {
    if (job.paidWithSourceId !== undefined) return `Job ${job.displayId} is already paid.`;
    if (!job.sources.some((s) => s.id === sourceId)) return `Payment source ${sourceId} is not saved for job ${job.displayId}.`;
    job.paidWithSourceId = sourceId;
    return undefined;
  }

  #pending(displayId: string, accountKey: string): Verification {
    return { status: 'pending', amounts: microDepositAmounts(this.#ctx.seed, displayId, accountKey) };
  }
}

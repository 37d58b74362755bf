/**
 * A miniature "generated" PayQuicker client shaped exactly like the generator's output (error
 * subclass, resource client, top-level client with `fromEnv`), so the tests prove that output
 * type-checks and works against the runtime.
 */
import {
  ApiError,
  ClientCore,
  optionsFromEnv,
  type ClientOptions,
  type RequestOptions,
} from '../../../runtime/index.js';
import { listPaymentJobsOperation, PQ_API, retrievePaymentJobOperation } from './fixtures.js';

export interface ApiErrorResult {
  severity: string;
  error: string;
  code: number;
  message: string;
  referenceId: string;
  timestamp?: string;
  requestRef?: string;
}

export interface PaymentJob {
  token: string;
  status: string;
}

/** As generated: one subclass per documented error body schema. */
export class ApiErrorResultError extends ApiError<ApiErrorResult> {}

const ERRORS = { ApiErrorResult: ApiErrorResultError };

export interface RetrievePaymentJobParams {
  jobToken: string;
  language?: string;
  xMyPayQuickerVersion?: string;
}

/** As generated: a resource client whose methods call the core. */
export class JobsClient {
  readonly #core: ClientCore;
  constructor(core: ClientCore) {
    this.#core = core;
  }

  retrievePaymentJob(params: RetrievePaymentJobParams, options?: RequestOptions): Promise<PaymentJob> {
    return this.#core.request<PaymentJob>(retrievePaymentJobOperation, params, options);
  }

  listPaymentJobsAll(params: { page?: number; pageSize: number }, options?: RequestOptions): AsyncIterable<PaymentJob> {
    return this.#core.items<PaymentJob>(listPaymentJobsOperation, params, options);
  }
}

export type PayQuickerClientOptions = ClientOptions<'production' | 'sandbox' | 'uat' | 'development'> & {
  sandboxInstance?: 'sandbox' | 'sbx1' | 'sbx2' | 'sbx11';
  uatInstance?: 'uat1' | 'uat2' | 'uat5';
};

/** As generated: the top-level client. */
export class PayQuickerClient {
  readonly jobs: JobsClient;
  readonly core: ClientCore;

  constructor(options: PayQuickerClientOptions) {
    this.core = new ClientCore(PQ_API, options, ERRORS);
    this.jobs = new JobsClient(this.core);
  }

  static fromEnv(
    env: Record<string, string | undefined> = process.env,
    overrides: Partial<PayQuickerClientOptions> = {},
  ): PayQuickerClient {
    return new PayQuickerClient(optionsFromEnv(PQ_API, env, overrides) as PayQuickerClientOptions);
  }
}

/** `ServiceBaseResponse`: `{ success, errorMessage }`, no other properties. */

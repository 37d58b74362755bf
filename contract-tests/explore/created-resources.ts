/**
 * Stateful exploration: a resource created by an explored request is followed by its retrieve and
 * cancel operations (create → retrieve → cancel), checking that what was created is what comes
 * back; every resource the run created and did not cancel is cancelled at the end. The links come
 * from {@link RESOURCE_LINKS}: the specs declare no OpenAPI `links` (§4.8.20 Link Object), so each
 * link names the created id's JSON pointer in the create answer and the parameter that takes it.
 */
import type { ApiName, Exchange } from '../core/types.js';
import type { ClassifyContext } from '../drift/classify.js';
import { ruleOf, type Finding } from '../drift/rules.js';
import { valueAt } from '../drift/schema-walk.js';
import { showValue } from '../drift/volatile.js';
import { firstDifference } from '../replay/json-diff.js';
import { fixedParameters, type OperationModel } from './operation-model.js';
import type { RequestPace } from './request-pace.js';
import { sendCase, type ExploreSession } from './send-case.js';

/** How a created resource is found again and cancelled. */
export interface ResourceLink {
  /** operationId that creates it. */
  readonly create: string;
  /** JSON pointer of its id in the 2xx answer of `create`. */
  readonly id: string;
  readonly retrieve: string;
  readonly cancel: string;
  /** Name of the parameter of `retrieve` and `cancel` that takes the id. */
  readonly parameter: string;
  /** Property names whose values may change between create and retrieve (the job advances). */
  readonly changing: readonly string[];
}

/** The links of each API: PayQuicker jobs (by `token`); ABConnect creates nothing explore can cancel. */
export const RESOURCE_LINKS: Readonly<Record<ApiName, readonly ResourceLink[]>> = {
  payquicker: [{ create: 'createPaymentJob', id: '/token', retrieve: 'retrievePaymentJob', cancel: 'cancelPaymentJob', parameter: 'job-token', changing: ['status', 'meta', 'receiptToken'] }],
  abconnect: [],
};

function parsed(exchange: Exchange): unknown {
  try {
    return JSON.parse(exchange.response.body) as unknown;
  } catch {
    return undefined;
  }
}

/** `value` without the properties named in `names`, at any depth. */
function without(value: unknown, names: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => without(item, names));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !names.includes(key)).map(([key, field]) => [key, without(field, names)]));
}

/** What one run created, keyed by `api operationId id`, and whether it was cancelled. */
export class CreatedResources {
  readonly #open = new Map<string, { session: ExploreSession; link: ResourceLink; id: string }>();
  #cancelled = 0;

  constructor(
    private readonly models: ReadonlyMap<string, OperationModel>,
    private readonly docs: Readonly<Partial<Record<ApiName, unknown>>>,
    private readonly pace: RequestPace,
  ) {}

  /** How many resources were cancelled (by their follow-up or at the end). */
  get cancelled(): number {
    return this.#cancelled;
  }

  /** Resources created and not cancelled yet. */
  get open(): number {
    return this.#open.size;
  }

  #model(api: ApiName, operationId: string): OperationModel | undefined {
    return this.models.get(`${api} ${operationId}`);
  }

  async #call(session: ExploreSession, link: ResourceLink, operationId: string, id: string) {
    const model = this.#model(session.api, operationId);
    if (model === undefined) return undefined;
    const parameter = model.parameters.find((p) => p.name === link.parameter);
    if (parameter === undefined) return undefined;
    const parameters = { ...fixedParameters(this.docs[session.api], model), [parameter.valueKey]: id };
    return sendCase(session, model, { parameters });
  }

  /**
   * Registers what `exchange` created (a 2xx answer of a create operation with an id), and, when
   * `follow` is true and the budget allows, retrieves and cancels it at once, judging both answers
   * against the created one. Returns the `created-not-retrieved` findings.
   */
  async observe(session: ExploreSession, ctx: ClassifyContext, exchange: Exchange, follow: boolean): Promise<Finding[]> {
    const link = RESOURCE_LINKS[session.api].find((l) => l.create === exchange.operationId);
    const status = exchange.response.status;
    if (link === undefined || status < 200 || status >= 300) return [];
    const created = parsed(exchange);
    const id = valueAt(created, link.id);
    if (typeof id !== 'string' || id === '') return [];
    const key = `${session.api} ${link.create} ${id}`;
    this.#open.set(key, { session, link, id });
    if (!follow) return [];
    const findings: Finding[] = [];
    const problem = (operationId: string, pointer: string, expected: string, actual: string): Finding => ({
      rule: 'created-not-retrieved',
      level: ruleOf('created-not-retrieved').level,
      api: session.api,
      operationId,
      cassette: ctx.cassette,
      pointer,
      expected,
      actual,
    });
    for (const operationId of [link.retrieve, link.cancel]) {
      if (!(await this.pace.take())) break;
      const outcome = await this.#call(session, link, operationId, id);
      if (operationId === link.cancel && outcome?.exchange !== undefined) {
        this.#open.delete(key);
        this.#cancelled += 1;
      }
      const answer = outcome?.exchange;
      if (answer === undefined) continue;
      if (answer.response.status < 200 || answer.response.status >= 300) {
        findings.push(problem(operationId, '', `a 2xx for the ${link.create} ${showValue(id)} just created`, String(answer.response.status)));
        continue;
      }
      const difference = firstDifference(without(created, link.changing), without(parsed(answer), link.changing));
      if (difference !== undefined) findings.push(problem(operationId, difference.pointer, `${showValue(difference.recorded)} (as created)`, showValue(difference.sent)));
    }
    return findings;
  }

  /**
   * Cancels every resource still open, each paced but outside the request budget. Never throws:
   * returns one line per resource that could not be cancelled (its id and why; an unreachable target too).
   */
  async cancelAll(): Promise<string[]> {
    const failures: string[] = [];
    for (const [key, { session, link, id }] of [...this.#open]) {
      await this.pace.wait();
      this.#open.delete(key);
      try {
        const outcome = await this.#call(session, link, link.cancel, id);
        const status = outcome?.exchange?.response.status;
        if (status !== undefined && status >= 200 && status < 300) this.#cancelled += 1;
        else failures.push(`${session.api} ${link.create} ${id}: ${link.cancel} answered ${status ?? outcome?.error?.message ?? 'nothing'}`);
      } catch (error) {
        failures.push(`${session.api} ${link.create} ${id}: ${link.cancel} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return failures;
  }
}

/**
 * Judges the answer to one explored request, as findings of the drift rule catalogue
 * (drift/rules.ts): everything `drift` checks on an exchange without a cassette (classify.ts: the
 * status is documented, the body conforms to the schema of that status, the media type is the
 * documented JSON, no undocumented property or enum value), plus explore's own rules:
 * `server-error` (any 5xx), `valid-request-refused` (a conforming request refused with a 4xx the
 * operation does not list), `server-laxer-than-spec` (a negative case accepted with a 2xx), and
 * `timeout` (no answer within `--timeout-ms`).
 */
import type { Exchange } from '../core/types.js';
import { classifyExchange, type ClassifyContext } from '../drift/classify.js';
import { ruleOf, type Finding, type RuleId } from '../drift/rules.js';
import { timeoutIn } from '../drift/scenario-findings.js';
import { responseSpec } from '../drift/spec-document.js';
import type { ExploreCase } from './operation-model.js';

/** What sending one case gave: the exchange of the operation's request (absent when none was answered) and the client's error, if any. */
export interface CaseOutcome {
  readonly exchange?: Exchange;
  readonly error?: Error;
}

/** The verdict on one answer: its findings, or that the credentials were refused (401/403: the run cannot judge the API). */
export type AnswerVerdict = { readonly kind: 'judged'; readonly findings: Finding[] } | { readonly kind: 'credentials-refused'; readonly status: number };

function finding(ctx: ClassifyContext, operationId: string, rule: RuleId, pointer: string, expected: string, actual: string): Finding {
  return { rule, level: ruleOf(rule).level, api: ctx.api, operationId, cassette: ctx.cassette, pointer, expected, actual };
}

/**
 * Judges `outcome`, the answer to case `c` of `operationId`. A timeout gives one `timeout` finding;
 * an outcome with neither exchange nor timeout (the client refused to send) gives none.
 */
export function checkAnswer(ctx: ClassifyContext, operationId: string, c: ExploreCase, outcome: CaseOutcome, timeoutMs: number): AnswerVerdict {
  if (timeoutIn(outcome.error) !== undefined) {
    return { kind: 'judged', findings: [finding(ctx, operationId, 'timeout', '', `an answer within ${timeoutMs} ms`, `no answer after ${timeoutMs} ms`)] };
  }
  const exchange = outcome.exchange;
  if (exchange === undefined) return { kind: 'judged', findings: [] };
  const status = exchange.response.status;
  if (status === 401 || status === 403) return { kind: 'credentials-refused', status };
  let findings = classifyExchange(ctx, exchange, undefined);
  if (status >= 500) findings.push(finding(ctx, operationId, 'server-error', '', 'no 5xx for a request the spec describes', String(status)));
  if (c.violation === undefined && status >= 400 && status < 500 && !responseSpec(ctx.spec, operationId, status).documented) {
    findings = findings.filter((f) => f.rule !== 'undocumented-status');
    const listed = responseSpec(ctx.spec, operationId, status).keys.filter((k) => k.startsWith('4'));
    findings.unshift(finding(ctx, operationId, 'valid-request-refused', '', `a 2xx or a listed business error (${listed.join(', ') || 'none listed'})`, String(status)));
  }
  if (c.violation !== undefined && status >= 200 && status < 300) {
    const { keyword, pointer } = c.violation;
    findings.push(finding(ctx, operationId, 'server-laxer-than-spec', pointer, `a 4xx refusal: the request breaks ${keyword} at ${pointer}`, String(status)));
  }
  return { kind: 'judged', findings };
}

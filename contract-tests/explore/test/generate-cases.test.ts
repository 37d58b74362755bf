/**
 * Generation from the specs: every valid case of every operation passes the operation's generated
 * validators; the same seed gives the same cases; each negative case breaks exactly the constraint
 * it is labelled with (the validators refuse it at that pointer, and it differs from a valid case
 * only there); identifiers come from the target's fixtures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SANDBOX_FIXTURES } from '../../core/fixtures.js';
import { loadSpec } from '../../drift/spec-document.js';
import { negativeCases, validCases } from '../generate-cases.js';
import { FRESH_ID } from '../known-values.js';
import { violationsOf } from '../negative-cases.js';
import { conforms, operationModels } from '../operation-model.js';
import { schemaArbitrary } from '../schema-arbitrary.js';

const APIS = ['payquicker', 'abconnect'] as const;

async function models() {
  const all = [];
  for (const api of APIS) {
    const spec = await loadSpec(api);
    all.push(...operationModels(api, spec).map((model) => ({ model, doc: spec.doc })));
  }
  return all;
}

describe('valid cases', () => {
  it('conform to the spec for every operation, and the token operation is not explored', async () => {
    const all = await models();
    expect(all.map((m) => m.model.operationId)).not.toContain('requestToken');
    expect(all.length).toBe(14);
    for (const { model, doc } of all) {
      const cases = fc.sample(validCases(doc, model, SANDBOX_FIXTURES[model.api]), { seed: 7, numRuns: 30 });
      for (const c of cases) expect(conforms(model, c), `${model.operationId} ${JSON.stringify(c)}`).toBe(true);
    }
  });

  it('are the same for the same seed and differ for another', async () => {
    const { model, doc } = (await models()).find((m) => m.model.operationId === 'listPaymentJobs') as Awaited<ReturnType<typeof models>>[number];
    const arbitrary = validCases(doc, model, SANDBOX_FIXTURES.payquicker);
    const first = fc.sample(arbitrary, { seed: 42, numRuns: 20 });
    expect(fc.sample(arbitrary, { seed: 42, numRuns: 20 })).toEqual(first);
    expect(fc.sample(arbitrary, { seed: 43, numRuns: 20 })).not.toEqual(first);
  });

  it('take identifiers from the fixtures and mark clientPaymentId as fresh', async () => {
    const all = await models();
    const retrieve = all.find((m) => m.model.operationId === 'retrievePaymentJob');
    const create = all.find((m) => m.model.operationId === 'createPaymentJob');
    if (retrieve === undefined || create === undefined) throw new Error('operations missing');
    for (const c of fc.sample(validCases(retrieve.doc, retrieve.model, SANDBOX_FIXTURES.payquicker), { seed: 1, numRuns: 20 })) {
      expect(c.parameters['job-token']).toBe(SANDBOX_FIXTURES.payquicker['completedJobToken']);
    }
    const items = fc
      .sample(validCases(create.doc, create.model, SANDBOX_FIXTURES.payquicker), { seed: 1, numRuns: 50 })
      .flatMap((c) => ((c.body as { items?: Record<string, unknown>[] } | undefined)?.items ?? []));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      if ('clientPaymentId' in item) expect(item['clientPaymentId']).toBe(FRESH_ID);
      if ('sourceToken' in item) expect(item['sourceToken']).toBe(SANDBOX_FIXTURES.payquicker['sourceToken']);
    }
  });

  it('respect bounds, patterns and enums of a schema', () => {
    const schema = { type: 'object', required: ['n', 's'], properties: { n: { type: 'integer', minimum: 1, maximum: 50 }, s: { type: 'string', pattern: '^ab[0-9]{3}$' }, e: { enum: ['A', 'B'] }, r: { type: 'string', readOnly: true } } };
    for (const value of fc.sample(schemaArbitrary({}, schema), { seed: 3, numRuns: 100 }) as Record<string, unknown>[]) {
      expect(value['n']).toBeGreaterThanOrEqual(1);
      expect(value['n']).toBeLessThanOrEqual(50);
      expect(value['s']).toMatch(/^ab[0-9]{3}$/);
      if ('e' in value) expect(['A', 'B']).toContain(value['e']);
      expect(value).not.toHaveProperty('r');
    }
  });
});

describe('negative cases', () => {
  it('each break the spec at the pointer they name, one constraint at a time', async () => {
    const labels = new Set<string>();
    for (const { model, doc } of await models()) {
      const negative = negativeCases(doc, model, SANDBOX_FIXTURES[model.api]);
      if (negative === undefined) continue;
      for (const valid of fc.sample(validCases(doc, model, SANDBOX_FIXTURES[model.api]), { seed: 5, numRuns: 10 })) {
        for (const c of violationsOf(doc, model, valid)) {
          expect(conforms(model, c)).toBe(false);
          const { keyword, pointer } = c.violation ?? { keyword: '', pointer: '' };
          labels.add(`${model.operationId} ${keyword} ${pointer.replace(/\/\d+(?=\/|$)/g, '/*')}`);
          const [, where, name] = /^\/(path|query|header|body)\/?([^/]*)/.exec(pointer) ?? [];
          if (where !== 'body') {
            const { [name ?? '']: _a, ...otherParameters } = c.parameters;
            const { [name ?? '']: _b, ...validOthers } = valid.parameters;
            expect(otherParameters).toEqual(validOthers);
            expect(c.body).toEqual(valid.body);
          } else {
            expect(c.parameters).toEqual(valid.parameters);
          }
        }
      }
    }
    expect([...labels]).toEqual(
      expect.arrayContaining([
        'listPaymentJobs maximum /query/pageSize',
        'listPaymentJobs minimum /query/page',
        'listPaymentJobs required /query/page',
        'listPaymentJobs type /query/pageSize',
        'listPaymentJobs enum /query/language',
        'retrievePaymentJob pattern /path/job-token',
        'createPaymentJob enum /body/items/*/currency',
        'payBySource type /body',
      ]),
    );
  });

  it('are not offered for an operation with nothing to break', async () => {
    const { model, doc } = (await models()).find((m) => m.model.operationId === 'listPaymentSources') as Awaited<ReturnType<typeof models>>[number];
    expect(negativeCases(doc, model, SANDBOX_FIXTURES.abconnect)).toBeUndefined();
  });
});

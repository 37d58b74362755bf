/**
 * The cases explore sends for one operation, as fast-check arbitraries: valid ones (every parameter
 * and the body drawn from their schemas, identifiers from the target, see known-values.ts; only
 * values the generated validators accept) and, with `--negative`, invalid ones: a valid case with
 * exactly one constraint broken (negative-cases.ts). fast-check shrinks both towards a minimal request.
 */
import fc from 'fast-check';
import type { FixtureValues } from '../core/fixtures.js';
import { knownValues } from './known-values.js';
import { violationsOf } from './negative-cases.js';
import { conforms, fixedParameters, type ExploreCase, type OperationModel } from './operation-model.js';
import { schemaArbitrary } from './schema-arbitrary.js';

/** How often an optional request body is sent, against once without (fast-check `option` frequency). */
const BODY_FREQUENCY = 5;

/**
 * Valid cases of `model` (`doc` is its spec document, `fixtures` the target's). A header parameter
 * whose schema has a `default` always takes it (the client's fixed headers, such as
 * `X-MyPayQuicker-Version`: another value names another API version, not another request).
 */
export function validCases(doc: unknown, model: OperationModel, fixtures: FixtureValues): fc.Arbitrary<ExploreCase> {
  const known = knownValues(model.api, fixtures);
  const fixed = fixedParameters(doc, model);
  const parameters: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const parameter of model.parameters) {
    const isFixed = parameter.valueKey in fixed;
    parameters[parameter.valueKey] = isFixed ? fc.constant(fixed[parameter.valueKey]) : (known.parameter(parameter.name) ?? schemaArbitrary(doc, parameter.schema));
    if (parameter.required || isFixed) required.push(parameter.valueKey);
  }
  const params = fc.record(parameters, { requiredKeys: required });
  const body = model.body === undefined ? fc.constant(undefined) : schemaArbitrary(doc, model.body.schema, known.body);
  const maybeBody = model.body?.required === true ? body : fc.option(body, { nil: undefined, freq: BODY_FREQUENCY });
  return fc
    .record({ parameters: params, body: maybeBody })
    .map(({ parameters: values, body: value }): ExploreCase => (value === undefined ? { parameters: values } : { parameters: values, body: value }))
    .filter((c) => conforms(model, c));
}

/** Valid cases sampled to learn whether an operation has any constraint a request can break. */
const PROBES = 20;

/**
 * Negative cases of `model`: each a valid case with one constraint broken, labelled with the keyword
 * and pointer; undefined when none of {@link PROBES} valid cases has a constraint to break (every
 * parameter an unconstrained string, no body).
 */
export function negativeCases(doc: unknown, model: OperationModel, fixtures: FixtureValues): fc.Arbitrary<ExploreCase> | undefined {
  const valid = validCases(doc, model, fixtures);
  if (!fc.sample(valid, { seed: 0, numRuns: PROBES }).some((c) => violationsOf(doc, model, c).length > 0)) return undefined;
  return valid
    .chain((c) => {
      const broken = violationsOf(doc, model, c);
      return broken.length === 0 ? fc.constant(undefined) : fc.constantFrom(...broken);
    })
    .filter((c): c is ExploreCase => c !== undefined);
}

/**
 * Per-operation facts the runtime derives from an {@link OperationDescriptor} once and reuses on
 * every call: the compiled path template and the parameters grouped by location. Plans live in a
 * `WeakMap` keyed by the descriptor, so a descriptor that is dropped takes its plan with it.
 */
import type { OperationDescriptor, ParameterDescriptor } from './operation.js';
import { compilePath, type PathTemplate } from './url.js';

/** What one call of an operation needs to know about its parameters. */
export interface OperationPlan {
  readonly template: PathTemplate;
  /** Path parameters, in descriptor order (each must have a value). */
  readonly path: readonly ParameterDescriptor[];
  /** Query parameters, in descriptor order (the order they appear in the query string). */
  readonly query: readonly ParameterDescriptor[];
  /** Header parameters with their lower-case wire names, the keys of a prepared request's headers. */
  readonly headers: readonly {
    readonly param: ParameterDescriptor;
    readonly lower: string;
  }[];
  /** True when the operation has header or cookie parameters that become request headers. */
  readonly sendsParameterHeaders: boolean;
}

const plans = new WeakMap<OperationDescriptor, OperationPlan>();

/** The plan of `op`, built on its first call. */
export function planOf(op: OperationDescriptor): OperationPlan {
  let plan = plans.get(op);
  if (plan === undefined) {
    plan = buildPlan(op);
    plans.set(op, plan);
  }
  return plan;
}

function buildPlan(op: OperationDescriptor): OperationPlan {
  const at = (location: ParameterDescriptor['in']) => op.parameters.filter((p) => p.in === location);
  const headers = at('header').map((param) => ({
    param,
    lower: param.name.toLowerCase(),
  }));
  return {
    template: compilePath(op.path, op.parameters),
    path: at('path'),
    query: at('query'),
    headers,
    sendsParameterHeaders: headers.length > 0 || at('cookie').length > 0,
  };
}

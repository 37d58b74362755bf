/**
 * The validators compared, each reduced to `check(value) → boolean` (valid or not) so the
 * harness can time them alike; `errors` says whether an invalid value yields every error or
 * only the first, since collecting all costs more.
 */
import * as v from 'valibot';
import { isPaymentJobResult, validatePaymentJobResult } from '../../generated/payquicker/index.gen.js';
import { packageVersion, ourVersion } from '../lib/versions.js';
import { compileAjv } from './ajv-validator.js';
import { paymentJobResultChecker, paymentJobResultCheckerNoUnique } from './typebox-schema.js';
import { paymentJobResultValibot } from './valibot-schema.js';
import { paymentJobResultZod } from './zod-schema.js';

/** One validator under test. */
export interface Contender {
  readonly id: string;
  readonly tool: string;
  readonly version: string;
  /** How it is called and what it returns for an invalid value. */
  readonly call: string;
  readonly check: (value: unknown) => boolean;
  /** Probe documents (fixtures.ts) it is not asked to judge, because it drops that rule on purpose. */
  readonly ignores?: readonly string[];
}

/** Every contender; `ours` (validatePaymentJobResult) comes first and is the ratio's numerator. */
export function contenders(): Contender[] {
  const ajvFirst = compileAjv(false);
  const ajvAll = compileAjv(true);
  return [
    { id: 'ours', tool: 'api-contracts (generated)', version: ourVersion(), call: 'validatePaymentJobResult(v): every error', check: (x) => validatePaymentJobResult(x).valid },
    { id: 'ours-is', tool: 'api-contracts (generated)', version: ourVersion(), call: 'isPaymentJobResult(v): boolean', check: (x) => isPaymentJobResult(x) },
    { id: 'ajv-first', tool: 'ajv + ajv-formats', version: `${packageVersion('ajv')} / ${packageVersion('ajv-formats')}`, call: 'Ajv2020 allErrors:false: first error', check: (x) => ajvFirst(x) },
    { id: 'ajv-all', tool: 'ajv + ajv-formats', version: `${packageVersion('ajv')} / ${packageVersion('ajv-formats')}`, call: 'Ajv2020 allErrors:true: every error', check: (x) => ajvAll(x) },
    { id: 'zod', tool: 'zod', version: packageVersion('zod'), call: 'safeParse: every issue', check: (x) => paymentJobResultZod.safeParse(x).success },
    { id: 'valibot', tool: 'valibot', version: packageVersion('valibot'), call: 'safeParse: every issue', check: (x) => v.safeParse(paymentJobResultValibot, x).success },
    { id: 'typebox', tool: '@sinclair/typebox', version: packageVersion('@sinclair/typebox'), call: 'TypeCompiler.Compile(…).Check: boolean', check: (x) => paymentJobResultChecker.Check(x) },
    {
      id: 'typebox-no-unique',
      tool: '@sinclair/typebox',
      version: packageVersion('@sinclair/typebox'),
      call: 'Check without uniqueItems on links (rule dropped, for information)',
      check: (x) => paymentJobResultCheckerNoUnique.Check(x),
      ignores: ['duplicate links'],
    },
  ];
}
